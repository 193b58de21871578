/**
 * The HTTP methods an OpenAPI Path Item can hold, and the groups of them
 * that the tables and rules name. One list: every other module reads it.
 */

/** The methods in the order the OpenAPI specification lists a Path Item's fields (the walk's order). */
export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type Method = (typeof METHODS)[number];

/** The methods in the order tables and messages list them (reads first, then writes, then the rest). */
export const DISPLAY_ORDER: readonly Method[] = ['get', 'head', 'put', 'post', 'patch', 'delete', 'options', 'trace'];

/** Methods whose request carries content (RFC 9110 §9.3: PUT, POST, PATCH). */
export const WITH_CONTENT: readonly Method[] = ['put', 'post', 'patch'];

/** Methods that change state on the server. */
export const STATE_CHANGING: readonly Method[] = ['put', 'post', 'patch', 'delete'];

/** Methods a conditional read (`If-None-Match`, `If-Modified-Since`) applies to (RFC 9110 §13.1.2, §13.1.3). */
export const READS: readonly Method[] = ['get', 'head'];

const METHOD_SET: ReadonlySet<string> = new Set<string>(METHODS);

/** Whether a Path Item key names a method. */
export function isMethod(key: unknown): key is Method {
  return typeof key === 'string' && METHOD_SET.has(key);
}

const UPPER: Readonly<Record<Method, string>> = Object.fromEntries(METHODS.map((m) => [m, m.toUpperCase()])) as Record<Method, string>;

/** The upper-case name of a method (`GET`), without allocating. */
export function upperMethod(method: Method): string {
  return UPPER[method];
}
