// The median the benchmarks report, one definition for all of them.
'use strict';

/**
 * The median of some numbers: the middle one, or the mean of the two middle ones; NaN for none.
 * @param {readonly number[]} xs
 * @returns {number}
 */
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  if (s.length === 0) return NaN;
  return s.length % 2 === 1 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
}

module.exports = { median };
