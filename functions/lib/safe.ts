/**
 * Safe reading of untrusted parsed documents. Keys such as `__proto__`,
 * `constructor` and `toString` must never resolve to inherited members, and
 * `null`, arrays or scalars where an object belongs must never throw.
 */

export type JsonPath = ReadonlyArray<string | number>;
export type Dict = Readonly<Record<string, unknown>>;

export function isObject(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const hasOwn = Object.prototype.hasOwnProperty;

/** Names an object inherits from Object.prototype (`__proto__`, `constructor`, `toString`, ...). */
const INHERITED = new Set<string>(Object.getOwnPropertyNames(Object.prototype));

/**
 * The own property `key` of `value`, or undefined.
 *
 * Spectral hands rules its parsed documents as Proxies (to keep key order),
 * so every check of a property costs a trap call. Only names that a plain
 * object inherits need the own-property check; for any other name a plain
 * read cannot reach an inherited member. (A document whose `__proto__` key
 * Spectral's parser turned into a prototype is the exception; `strictOwn`
 * is for where that matters: the paths findings are reported on.)
 */
export function own(value: unknown, key: string | number): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  if (typeof key === 'string' && INHERITED.has(key)) return hasOwn.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  return (value as Record<string, unknown>)[key as string];
}

/** The own property `key` of `value`, or undefined, whatever the object's prototype. */
export function strictOwn(value: unknown, key: string | number): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return hasOwn.call(value, key) ? (value as Record<string, unknown>)[key as string] : undefined;
}

/** The own enumerable keys of an object, or none for anything else. */
export function keysOf(value: unknown): string[] {
  return isObject(value) ? Object.keys(value) : [];
}

/** Follows `path` through own properties; undefined when any step is missing. */
export function getAt(root: unknown, path: JsonPath): unknown {
  let current = root;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = strictOwn(current, segment);
    if (current === undefined) return undefined;
  }
  return current;
}

/**
 * The longest prefix of `path` that exists in `root`. Findings computed on
 * the resolved document are reported through this on the unresolved one, so
 * that a finding inside a `$ref`'d object lands on the `$ref` key the user
 * wrote, and every reported path exists in the document.
 */
export function existingPrefix(root: unknown, path: JsonPath): Array<string | number> {
  const out: Array<string | number> = [];
  let current = root;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) break;
    const next = strictOwn(current, segment);
    if (next === undefined) break;
    out.push(segment);
    current = next;
  }
  return out;
}

const MAX_REF_HOPS = 32;

/** Decodes one JSON pointer segment. */
function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * Spectral's resolved view leaves `$ref` objects in place where it could not
 * resolve them (a cycle, a target that does not exist, a remote file). This
 * follows local `#/...` pointers inside `root`, with a hop limit, and returns
 * `undefined` when the chain ends nowhere or loops.
 */
export function deref(root: unknown, value: unknown): unknown {
  let current = value;
  const seen = new Set<unknown>();
  for (let hops = 0; hops < MAX_REF_HOPS; hops++) {
    const ref = own(current, '$ref');
    if (typeof ref !== 'string') return current;
    if (seen.has(current)) return undefined;
    seen.add(current);
    if (!ref.startsWith('#')) return undefined;
    const pointer = ref.slice(1);
    if (pointer === '') return root;
    if (!pointer.startsWith('/')) return undefined;
    let segments: string[];
    try {
      segments = pointer.slice(1).split('/').map((s) => unescapePointer(decodeURIComponent(s)));
    } catch {
      return undefined;
    }
    current = getAt(root, segments);
    if (current === undefined) return undefined;
  }
  return undefined;
}

/** A short, never-throwing description of an untrusted value for messages (`42`, `{"a":1}`, `null`). */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return json.length > 60 ? `${json.slice(0, 57)}...` : json;
  } catch {
    // fall through: a value JSON cannot print
  }
  return Object.prototype.toString.call(value);
}
