/**
 * The HTTP methods an OpenAPI Path Item can hold, and the groups of them
 * that the tables and rules name. One list: every other module reads it.
 */

/**
 * The methods in the order the OpenAPI specification lists a Path Item's
 * fields (the walk's order). `query` is a field of OpenAPI 3.2 only.
 */
export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'] as const;
export type Method = (typeof METHODS)[number];

/** The methods in the order tables and messages list them (reads first, then writes, then the rest). */
export const DISPLAY_ORDER: readonly Method[] = [
  'get',
  'head',
  'query',
  'put',
  'post',
  'patch',
  'delete',
  'options',
  'trace',
];

/** Methods whose request carries content (RFC 9110 §9.3: PUT, POST, PATCH). */
export const WITH_CONTENT: readonly Method[] = ['put', 'post', 'patch'];

/** Methods that change state on the server. */
export const STATE_CHANGING: readonly Method[] = ['put', 'post', 'patch', 'delete'];

/** Methods a conditional read (`If-None-Match`, `If-Modified-Since`) applies to (RFC 9110 §13.1.2, §13.1.3). */
export const READS: readonly Method[] = ['get', 'head'];

/**
 * The HTTP QUERY method (IETF draft-ietf-httpbis-safe-method-w-body): safe
 * and idempotent like GET, with request content like POST. OpenAPI 3.2 gives
 * it the Path Item field `query`.
 */
export const QUERY_DRAFT = 'draft-ietf-httpbis-safe-method-w-body';

/** Path Item fields that name a method only from OpenAPI 3.2 on (in 3.0 and 3.1 `query` is no field). */
export const OAS32_METHODS: readonly Method[] = ['query'];

/**
 * Where a Path Item lists the methods that have no field of their own:
 * OpenAPI 3.2's `additionalOperations`, and `x-oai-additionalOperations`,
 * the OpenAPI extension registry's way to write the same in 3.0 and 3.1.
 * The key is the method as sent on the wire (`LINK`, `PURGE`).
 */
export const ADDITIONAL_OPERATIONS = ['additionalOperations', 'x-oai-additionalOperations'] as const;

/**
 * The IANA HTTP Method Registry (https://www.iana.org/assignments/http-methods),
 * methods and whether each is safe and idempotent, as the registry says.
 * An `additionalOperations` key that is not here is an unregistered method
 * (`PURGE`). Methods with a Path Item field of their own are listed too.
 */
export const REGISTERED_METHODS: Readonly<
  Record<string, { readonly safe: boolean; readonly idempotent: boolean; readonly reference: string }>
> = {
  ACL: { safe: false, idempotent: true, reference: 'RFC 3744' },
  'BASELINE-CONTROL': { safe: false, idempotent: true, reference: 'RFC 3253' },
  BIND: { safe: false, idempotent: true, reference: 'RFC 5842' },
  CHECKIN: { safe: false, idempotent: true, reference: 'RFC 3253' },
  CHECKOUT: { safe: false, idempotent: true, reference: 'RFC 3253' },
  CONNECT: { safe: false, idempotent: false, reference: 'RFC 9110' },
  COPY: { safe: false, idempotent: true, reference: 'RFC 4918' },
  DELETE: { safe: false, idempotent: true, reference: 'RFC 9110' },
  GET: { safe: true, idempotent: true, reference: 'RFC 9110' },
  HEAD: { safe: true, idempotent: true, reference: 'RFC 9110' },
  LABEL: { safe: false, idempotent: true, reference: 'RFC 3253' },
  LINK: { safe: false, idempotent: true, reference: 'RFC 2068' },
  LOCK: { safe: false, idempotent: false, reference: 'RFC 4918' },
  MERGE: { safe: false, idempotent: true, reference: 'RFC 3253' },
  MKACTIVITY: { safe: false, idempotent: true, reference: 'RFC 3253' },
  MKCALENDAR: { safe: false, idempotent: true, reference: 'RFC 4791' },
  MKCOL: { safe: false, idempotent: true, reference: 'RFC 4918' },
  MKREDIRECTREF: { safe: false, idempotent: true, reference: 'RFC 4437' },
  MKWORKSPACE: { safe: false, idempotent: true, reference: 'RFC 3253' },
  MOVE: { safe: false, idempotent: true, reference: 'RFC 4918' },
  OPTIONS: { safe: true, idempotent: true, reference: 'RFC 9110' },
  ORDERPATCH: { safe: false, idempotent: true, reference: 'RFC 3648' },
  PATCH: { safe: false, idempotent: false, reference: 'RFC 5789' },
  POST: { safe: false, idempotent: false, reference: 'RFC 9110' },
  PRI: { safe: true, idempotent: true, reference: 'RFC 9113' },
  PROPFIND: { safe: true, idempotent: true, reference: 'RFC 4918' },
  PROPPATCH: { safe: false, idempotent: true, reference: 'RFC 4918' },
  PUT: { safe: false, idempotent: true, reference: 'RFC 9110' },
  REBIND: { safe: false, idempotent: true, reference: 'RFC 5842' },
  REPORT: { safe: true, idempotent: true, reference: 'RFC 3253' },
  SEARCH: { safe: true, idempotent: true, reference: 'RFC 5323' },
  TRACE: { safe: true, idempotent: true, reference: 'RFC 9110' },
  UNBIND: { safe: false, idempotent: true, reference: 'RFC 5842' },
  UNCHECKOUT: { safe: false, idempotent: true, reference: 'RFC 3253' },
  UNLINK: { safe: false, idempotent: true, reference: 'RFC 2068' },
  UNLOCK: { safe: false, idempotent: true, reference: 'RFC 4918' },
  UPDATE: { safe: false, idempotent: true, reference: 'RFC 3253' },
  UPDATEREDIRECTREF: { safe: false, idempotent: true, reference: 'RFC 4437' },
  'VERSION-CONTROL': { safe: false, idempotent: true, reference: 'RFC 3253' },
};

/** Whether a method without a Path Item field is safe by the IANA HTTP Method Registry (`PROPFIND`, `REPORT`, `SEARCH`). */
export function isRegisteredSafe(name: string): boolean {
  return isRegisteredMethod(name) && REGISTERED_METHODS[name]?.safe === true;
}

/** Whether a method name (as sent on the wire, case-sensitive) is in the IANA HTTP Method Registry. */
function isRegisteredMethod(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(REGISTERED_METHODS, name);
}

const METHOD_SET: ReadonlySet<string> = new Set<string>(METHODS);

/**
 * The method with a Path Item field of its own that an `additionalOperations`
 * key repeats, in any case (`GET`, `get`, `Get`), or undefined. OpenAPI 3.2
 * says the map MUST NOT hold a method another field defines; `query` is a
 * field only from 3.2 on, so `QUERY` under 3.0 and 3.1's
 * `x-oai-additionalOperations` repeats nothing (it is how they write it).
 */
export function repeatedField(key: string, oas32: boolean): Method | undefined {
  if (!/^[A-Za-z]+$/.test(key)) return undefined;
  const method = key.toLowerCase();
  if (!METHOD_SET.has(method)) return undefined;
  return !oas32 && (OAS32_METHODS as readonly string[]).includes(method) ? undefined : (method as Method);
}

const UPPER: Readonly<Record<Method, string>> = Object.fromEntries(METHODS.map((m) => [m, m.toUpperCase()])) as Record<
  Method,
  string
>;

/** The upper-case name of a method (`GET`), without allocating. */
export function upperMethod(method: Method): string {
  return UPPER[method];
}
