/**
 * Safe reading of untrusted parsed documents. Keys such as `__proto__`,
 * `constructor` and `toString` must never resolve to inherited members, and
 * `null`, arrays or scalars where an object belongs must never throw.
 */
import { quote } from './quote';

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
  if (typeof key === 'string' && INHERITED.has(key))
    return hasOwn.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  return (value as Record<string, unknown>)[key as string];
}

/** The own property `key` of `value`, or undefined, whatever the object's prototype. */
function strictOwn(value: unknown, key: string | number): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return hasOwn.call(value, key) ? (value as Record<string, unknown>)[key as string] : undefined;
}

/**
 * The symbol under which Spectral's parsers keep each object's key order,
 * once learned from a document (see `learnKeyOrder`).
 */
let orderSymbol: symbol | undefined;

/**
 * Learns, from a parsed document's root, where Spectral keeps key order.
 *
 * Spectral's parsers (through @stoplight/ordered-object-literal) give each
 * object an array of its keys, in document order, under a registered symbol
 * (`Symbol.for('__object_order_<hour>__')`), and wrap the object in a Proxy
 * whose `ownKeys` trap returns that array. `Object.keys` on such a Proxy
 * costs V8 3 to 6 µs (it validates the trap's answer against the target),
 * about a third of this ruleset's whole cost per operation on a large
 * document; reading the array is one property read. Checked on the 578
 * corpus documents (1.35 million objects, resolved and unresolved views):
 * the array holds exactly the object's keys, except where the parser turned
 * a `__proto__` key into a prototype (see `keysOf`). Where there is no such array
 * (another parser, a plain object), `keysOf` falls back to `Object.keys`.
 */
export function learnKeyOrder(root: unknown): void {
  if (!isObject(root)) return;
  if (orderSymbol !== undefined && Array.isArray((root as Record<symbol, unknown>)[orderSymbol])) return;
  for (const key of Reflect.ownKeys(root)) {
    if (typeof key === 'symbol' && Symbol.keyFor(key)?.startsWith('__object_order_') === true) {
      orderSymbol = key;
      return;
    }
  }
}

const NO_KEYS: readonly string[] = Object.freeze([]);

/** The own enumerable keys of an object, in document order, or none for anything else. */
export function keysOf(value: unknown): readonly string[] {
  if (!isObject(value)) return NO_KEYS;
  const order = parserOrder(value);
  if (order === undefined) return Object.keys(value);
  const keys: string[] = [];
  for (let i = 0; i < order.length; i++) {
    const key = order[i];
    if (isOwnKey(value, key)) keys.push(key);
  }
  return keys;
}

/**
 * What `keysOf` reads, without the copy: the parser's order array itself
 * where there is one, else `Object.keys`. It may hold entries that are no
 * own keys (the order symbol; a `__proto__` that the parser turned into a
 * prototype): check each with `isOwnKey`, or look only for names no object
 * inherits (`get`, `$ref`, `responses`). Read it, never change it.
 */
export function keyOrder(value: unknown): readonly unknown[] {
  if (!isObject(value)) return NO_KEYS;
  return parserOrder(value) ?? Object.keys(value);
}

/** The array under Spectral's order symbol, if the object has one. */
function parserOrder(value: Dict): readonly unknown[] | undefined {
  if (orderSymbol === undefined) return undefined;
  const order = (value as Record<symbol, unknown>)[orderSymbol];
  return Array.isArray(order) ? order : undefined;
}

/** Whether an entry of `keyOrder(value)` is an own string key of `value`. */
export function isOwnKey(value: object, key: unknown): key is string {
  return typeof key === 'string' && (!INHERITED.has(key) || hasOwn.call(value, key));
}

/** Follows `path` through own properties; undefined when any step is missing. */
export function getAt(root: unknown, path: JsonPath): unknown {
  let current = root;
  for (let i = 0; i < path.length; i++) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = strictOwn(current, path[i] as string | number);
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
  return new PrefixWalker(root).prefix(path);
}

/**
 * `existingPrefix` for many paths in a row. Findings come operation by
 * operation, so consecutive paths share most of their steps: the walker
 * remembers the nodes of the previous path and walks only where the new
 * one differs.
 */
export class PrefixWalker {
  private steps: Array<string | number> = [];
  /** nodes[i] is the node reached after steps[0..i); nodes[0] is the root. */
  private nodes: unknown[];

  constructor(root: unknown) {
    this.nodes = [root];
  }

  prefix(path: JsonPath): Array<string | number> {
    const { steps, nodes } = this;
    let same = 0;
    while (same < path.length && same < steps.length && path[same] === steps[same]) same++;
    steps.length = same;
    nodes.length = same + 1;
    let current = nodes[same];
    for (let i = same; i < path.length; i++) {
      if (typeof current !== 'object' || current === null) break;
      const segment = path[i] as string | number;
      const next = strictOwn(current, segment);
      if (next === undefined) break;
      steps.push(segment);
      nodes.push(next);
      current = next;
    }
    return steps.slice();
  }
}

const MAX_REF_HOPS = 32;

/** Decodes one JSON pointer segment. */
function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

const UNRESOLVED = Symbol('unresolved');
/** Per document root: local pointer -> its target (or UNRESOLVED). */
const pointerCache = new WeakMap<object, Map<string, unknown>>();
const POINTER_CACHE_LIMIT = 10_000;

/** The segments of a JSON pointer written without its leading `/` (`components/responses/Not%20Found` → `['components', 'responses', 'Not Found']`), or undefined when it cannot be decoded. */
export function decodePointer(pointer: string): string[] | undefined {
  try {
    return pointer === '' ? [] : pointer.split('/').map((s) => unescapePointer(decodeURIComponent(s)));
  } catch {
    return undefined;
  }
}

/** The target of a local `#...` pointer in `root`, or undefined. */
function resolvePointer(root: unknown, ref: string): unknown {
  const pointer = ref.slice(1);
  if (pointer === '') return root;
  if (!pointer.startsWith('/')) return undefined;
  const segments = decodePointer(pointer.slice(1));
  return segments === undefined ? undefined : getAt(root, segments);
}

/**
 * Spectral's resolved view leaves `$ref` objects in place where it could not
 * resolve them (a cycle, a target that does not exist, a remote file). This
 * follows local `#/...` pointers inside `root`, with a hop limit, and returns
 * `undefined` when the chain ends nowhere or loops. A value without `$ref`
 * (the usual case) is returned without allocating; pointers are parsed once
 * per document, since the same few are followed from every operation.
 */
export function deref(root: unknown, value: unknown): unknown {
  let current = value;
  let cache: Map<string, unknown> | undefined;
  for (let hops = 0; hops <= MAX_REF_HOPS; hops++) {
    const ref = own(current, '$ref');
    if (typeof ref !== 'string') return current;
    // A chain longer than the limit is a loop (or as good as one).
    if (hops === MAX_REF_HOPS || !ref.startsWith('#')) return undefined;
    if (cache === undefined && typeof root === 'object' && root !== null) {
      cache = pointerCache.get(root);
      if (cache === undefined) pointerCache.set(root, (cache = new Map()));
    }
    let target = cache?.get(ref);
    if (target === undefined) {
      target = resolvePointer(root, ref) ?? UNRESOLVED;
      if (cache !== undefined && cache.size < POINTER_CACHE_LIMIT) cache.set(ref, target);
    }
    if (target === UNRESOLVED) return undefined;
    current = target;
  }
  return undefined;
}

/** A short, never-throwing description of an untrusted value for messages (`42`, `{"a":1}`, `null`), quoted the one way (lib/quote.ts). */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return quote(json.length > 60 ? `${json.slice(0, 57)}...` : json);
  } catch {
    // fall through: a value JSON cannot print
  }
  return Object.prototype.toString.call(value);
}
