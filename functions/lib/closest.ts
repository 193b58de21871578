/** "Did you mean ...?": the known name closest to a misspelt one. */

/** Levenshtein distance between two strings (one row of the table at a time). */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

/**
 * The candidate closest to `name`, if it is close enough to be a typo: one
 * edit away, or two for names of six letters or more (`represntaton`), or
 * `tolerance` edits when the caller allows more (long rule names).
 */
export function closest(name: string, candidates: Iterable<string>, tolerance = 2): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // The distance is at least the difference in length: a name far longer
    // than every candidate (a hostile megabyte) costs nothing to dismiss.
    if (Math.abs(name.length - candidate.length) > Math.max(tolerance, 2)) continue;
    const d = editDistance(name, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && (bestDistance <= 1 || (bestDistance <= tolerance && name.length >= 6))
    ? best
    : undefined;
}
