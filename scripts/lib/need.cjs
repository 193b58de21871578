// A value the script itself put under a key (a Map's or an object's), read without `undefined`:
// its absence is the script's own bug, so it throws.
'use strict';

/**
 * @template V
 * @param {ReadonlyMap<string, V> | Readonly<Record<string, V>>} from
 * @param {string} key
 * @returns {V}
 */
function need(from, key) {
  const value =
    from instanceof Map
      ? from.get(key)
      : Object.prototype.hasOwnProperty.call(from, key)
        ? /** @type {Readonly<Record<string, V>>} */ (from)[key]
        : undefined;
  if (value === undefined) throw new Error(`nothing for ${key}`);
  return value;
}

module.exports = { need };
