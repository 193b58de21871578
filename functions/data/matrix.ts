/**
 * The method/status matrix: which codes each method may answer.
 *
 * Rows marked `belgif` are the "Status codes for each method" table of
 * the Belgif REST guide's status-code chapter (rule `stat-codes`,
 * https://www.belgif.be/specification/rest/api-guide/#status-codes), read as: an `X` allows the
 * code for that method, a `-` does not. The guide's table has no TRACE
 * column and covers 22 codes; every other row, and every cell that departs
 * from the table, is a `decision` with its reason. `methods` is the guide's
 * matrix as this package reads it: the strict mode uses it as written.
 *
 * The default mode adds, per row, the cells `rfc` lists: methods for which
 * RFC 9110 explicitly endorses a code the guide's table does not give them
 * (202 on DELETE, 303 on any method). The guide's table is a policy; those
 * cells are HTTP. docs/matrix.md prints the table, the decisions and the
 * RFC cells (generated from this file).
 *
 * The QUERY column (OpenAPI 3.2's `query` operation) is this package's own
 * decision, cell by cell (`query`): the guide's table predates the HTTP
 * QUERY method (IETF draft-ietf-httpbis-safe-method-w-body, "the draft"),
 * which is safe and idempotent like GET and carries request content like
 * POST. So QUERY gets GET's cells, the cells of request content (100, 411,
 * 413, 415, 417) in both modes, 303 (how a server points to a stored result)
 * in both modes, and neither 201 nor 202.
 */

import { DISPLAY_ORDER, Method, READS, STATE_CHANGING, WITH_CONTENT } from './methods';

export interface MatrixRow {
  readonly code: number;
  /** The methods the guide's matrix gives the code (the strict mode's matrix). */
  readonly methods: readonly Method[];
  /** `belgif`: the cell values come from the Belgif guide's table as written. */
  readonly source: 'belgif' | 'decision';
  /** Why the row (or the cells that differ from the Belgif guide's table) is what it is. */
  readonly reason?: string;
  /** Methods RFC 9110 endorses for the code beyond `methods`: allowed in the default mode. */
  readonly rfc?: { readonly methods: readonly Method[]; readonly cite: string; readonly reason: string };
  /**
   * The QUERY cell, this package's decision: `both` modes allow the code on
   * QUERY, the `default` mode only, or `neither`; `basis` says why.
   */
  readonly query: { readonly in: 'both' | 'default' | 'neither'; readonly basis: string };
}

/** The methods the guide's table (and RFC 9110) speaks of; QUERY has its own column (`query`). */
const ALL: readonly Method[] = DISPLAY_ORDER.filter((m) => m !== 'query');
const BODY = WITH_CONTENT;
const MODIFY = STATE_CHANGING;

export const DEFAULT_MATRIX: readonly MatrixRow[] = [
  {
    code: 100,
    query: {
      in: 'both',
      basis: 'QUERY carries request content (draft §2), and `Expect: 100-continue` is sent before content, as for POST',
    },
    methods: BODY,
    source: 'decision',
    reason:
      '100 Continue answers `Expect: 100-continue`, which a client sends only before a request body (RFC 9110 §10.1.1); the Level 3 REST status-codes page ties it to the Preflight mixin, whose methods are POST, PUT and PATCH.',
    rfc: {
      methods: ALL,
      cite: 'RFC 9110 §10.1.1',
      reason:
        '100 answers the `Expect` header of any request with content; `http-status-request-headers` checks that the operation takes `Expect`',
    },
  },
  {
    code: 101,
    query: {
      in: 'default',
      basis:
        'as for every method but GET: a client may send `Upgrade` with any request (RFC 9110 §7.8), but the handshakes that upgrade (RFC 6455 §4.1) use GET, so the strict mode keeps 101 for GET',
    },
    methods: ['get'],
    source: 'decision',
    reason:
      "A protocol upgrade (WebSocket, h2c) is requested with GET (RFC 6455 §4.1); a cloud provider's catalogue lists the code without methods.",
    rfc: {
      methods: ALL,
      cite: 'RFC 9110 §7.8',
      reason:
        "a client may send `Upgrade` with any request, and the server answers the switch with 101 (Docker's attach upgrades a POST)",
    },
  },
  {
    code: 200,
    query: { in: 'both', basis: 'a successful QUERY answers with its result (draft §2)' },
    methods: ALL,
    source: 'belgif',
    reason:
      'TRACE added: RFC 9110 §9.3.8 answers TRACE with 200 and a message/http body. POST is "controller only" in the Belgif guide; the linter cannot tell a controller apart, so it allows it.',
  },
  {
    code: 201,
    query: {
      in: 'neither',
      basis:
        "QUERY is safe (draft §2): it creates nothing; the method-matrix rule reports 201 on it as HTTP's limit, as on GET",
    },
    methods: ['put', 'post'],
    source: 'belgif',
    reason: 'PUT is "creation only" in the Belgif guide; allowed, since a PUT may create.',
    rfc: {
      methods: ['patch'],
      cite: 'RFC 5789 §2, RFC 9110 §15.3.2',
      reason: 'a PATCH to a URI with no resource MAY create one, and a request that creates a resource answers 201',
    },
  },
  {
    code: 202,
    query: {
      in: 'neither',
      basis:
        'QUERY is safe and idempotent (draft §2): there is no action to accept for later; a result computed later is pointed to with 303 See Other, not accepted with 202',
    },
    methods: ['post'],
    source: 'decision',
    reason:
      'The Belgif guide\'s table marks 202 for POST and OPTIONS, but its own description of 202 says "a POST method may send 202 responses, but other methods should not", and it gives 204 (not 202) to OPTIONS in the 204 description. The OPTIONS cells of the 202 and 204 rows look swapped; the description wins.',
    rfc: {
      methods: ALL,
      cite: 'RFC 9110 §9.3.5, §15.3.3',
      reason:
        'DELETE SHOULD answer 202 when the deletion is accepted but not yet enacted, and 202 is defined for any request whose processing is not complete (an asynchronous PUT, PATCH, or a GET of a result still being computed)',
    },
  },
  {
    code: 204,
    query: {
      in: 'default',
      basis:
        "as on GET: 204 says there is no content to send, for any request (RFC 9110 §15.3.5), where the guide's table has no 204 for GET",
    },
    methods: ['head', 'put', 'post', 'patch', 'delete', 'options'],
    source: 'decision',
    reason:
      'The Belgif guide\'s table has `-` for OPTIONS, but its 204 description lists OPTIONS, a cloud provider\'s catalogue says 204 "is returned in response to an HTTP OPTIONS request", and CORS preflights answer 204. OPTIONS is allowed; see the 202 row.',
    rfc: {
      methods: ['get', 'trace'],
      cite: 'RFC 9110 §15.3.5',
      reason:
        '204 says the request succeeded and there is no content to send, for any request (a GET of an empty result, a health check)',
    },
  },
  {
    code: 206,
    query: {
      in: 'neither',
      basis: 'HTTP defines ranges for GET only (RFC 9110 §14.2); the draft defines none for QUERY',
    },
    methods: ['get'],
    source: 'decision',
    reason:
      "Range requests apply to GET only (RFC 9110 §14.2); the Level 3 REST status-codes page gives 206 to the Content profile's GET.",
  },
  {
    code: 301,
    query: {
      in: 'both',
      basis:
        'a redirect applies to any method; a client may change a redirected QUERY to GET, so 307/308 are the redirects that keep it (draft §2)',
    },
    methods: ALL,
    source: 'belgif',
    reason: 'TRACE added, as for every redirect.',
  },
  {
    code: 303,
    query: {
      in: 'both',
      basis:
        'a server points a QUERY to a resource holding its result with 303 See Other and Location, which the client then GETs (draft §2); the strict mode keeps it, as it keeps 303 on POST',
    },
    methods: ['post'],
    source: 'belgif',
    reason:
      'The Belgif guide\'s table allows POST only while its prose says "all methods are acceptable, mostly used with POST". The table is the guide\'s rule and Level 3 uses 303 only on POST (Action, Lookup), so the strict mode keeps it.',
    rfc: { methods: ALL, cite: 'RFC 9110 §15.4.4', reason: '303 "is applicable to any HTTP method"' },
  },
  {
    code: 304,
    query: {
      in: 'both',
      basis:
        'a conditional QUERY (`If-None-Match`, `If-Modified-Since` on its result) answers 304 as a conditional GET does (draft §2)',
    },
    methods: ['get', 'head'],
    source: 'belgif',
  },
  {
    code: 307,
    query: { in: 'both', basis: 'a redirect that keeps the method and its content (RFC 9110 §15.4.8)' },
    methods: ALL,
    source: 'belgif',
    reason: 'TRACE added, as for every redirect.',
  },
  {
    code: 308,
    query: { in: 'both', basis: 'a redirect that keeps the method and its content (RFC 9110 §15.4.9)' },
    methods: ALL,
    source: 'decision',
    reason:
      '308 is the permanent twin of 307 (RFC 9110 §15.4.9) and the Level 3 REST status-codes page gives it to the Alias profile on every method.',
  },
  {
    code: 400,
    query: { in: 'both', basis: "QUERY's content can be malformed, as POST's can" },
    methods: ALL,
    source: 'belgif',
    reason: 'TRACE added: every method can be malformed.',
  },
  {
    code: 401,
    query: { in: 'both', basis: 'as on every method' },
    methods: ALL,
    source: 'belgif',
    reason: 'TRACE added.',
  },
  {
    code: 403,
    query: { in: 'both', basis: 'as on every method' },
    methods: ALL,
    source: 'belgif',
    reason: 'TRACE added.',
  },
  {
    code: 404,
    query: { in: 'both', basis: 'as on every method' },
    methods: ALL,
    source: 'belgif',
    reason: 'TRACE added. POST is "if parent resource not found" in the Belgif guide: allowed.',
  },
  {
    code: 405,
    query: {
      in: 'both',
      basis: 'a resource that does not support QUERY answers 405 with Allow (RFC 9110 §15.5.6), as for GET',
    },
    methods: ['get', 'head', 'put', 'post', 'patch', 'delete', 'trace'],
    source: 'belgif',
    reason: 'TRACE added: servers commonly refuse TRACE with 405 (RFC 9110 §9.3.8 lets them).',
  },
  {
    code: 406,
    query: { in: 'both', basis: 'as on every method' },
    methods: ALL,
    source: 'belgif',
    reason: 'TRACE added.',
  },
  {
    code: 408,
    query: { in: 'both', basis: 'as on every method' },
    methods: ALL,
    source: 'decision',
    reason: "A cloud provider's catalogue lists 408; a server may time out any request (RFC 9110 §15.5.9).",
  },
  {
    code: 409,
    query: {
      in: 'default',
      basis:
        "as on GET: a conflict with the resource's state can answer any request (RFC 9110 §15.5.10), where the guide gives 409 to writes only",
    },
    methods: MODIFY,
    source: 'belgif',
    rfc: {
      methods: ALL,
      cite: 'RFC 9110 §15.5.10',
      reason:
        '409 is defined by a conflict with the current state of the target resource, for any request (a GET of an import still in progress)',
    },
  },
  {
    code: 410,
    query: { in: 'both', basis: 'as on every method' },
    methods: ALL,
    source: 'decision',
    reason:
      'A cloud provider\'s catalogue and ForgeRock\'s Common REST list 410 as "no longer available"; like 404 it can answer any method on a removed resource.',
  },
  {
    code: 411,
    query: { in: 'both', basis: 'QUERY carries request content (draft §2), as POST does' },
    methods: BODY,
    source: 'decision',
    reason:
      'Content-Length matters only for a request with content (RFC 9110 §15.5.12); the Level 3 REST status-codes page gives 411 to Content and Upload writes.',
    rfc: {
      methods: ALL,
      cite: 'RFC 9110 §15.5.12',
      reason:
        "a request's content, not its method, decides it; `http-status-request-headers` checks that the operation takes a body",
    },
  },
  {
    code: 412,
    query: {
      in: 'default',
      basis:
        'as on GET: a precondition (`If-Match`, `If-Unmodified-Since`) can fail on any request (RFC 9110 §13.1.1), where the guide gives 412 to writes only',
    },
    methods: MODIFY,
    source: 'belgif',
    rfc: {
      methods: ['get', 'head', 'options', 'trace'],
      cite: 'RFC 9110 §13.1.1, §13.1.4',
      reason:
        'a precondition (`If-Match`, `If-Unmodified-Since`) can fail on any method, GET included; `http-status-request-headers` still asks that the operation take the precondition header',
    },
  },
  {
    code: 413,
    query: { in: 'both', basis: 'QUERY carries request content (draft §2), as POST does' },
    methods: BODY,
    source: 'belgif',
    rfc: {
      methods: ALL,
      cite: 'RFC 9110 §15.5.14',
      reason:
        "a request's content, not its method, decides it; `http-status-request-headers` checks that the operation takes a body",
    },
  },
  {
    code: 414,
    query: { in: 'both', basis: 'as on every method' },
    methods: ALL,
    source: 'decision',
    reason: "A cloud provider's catalogue lists 414; any request target can be too long.",
  },
  {
    code: 415,
    query: {
      in: 'both',
      basis:
        "QUERY's content has a media type the server may not support, and `Accept-Query` says which it does (draft §2)",
    },
    methods: ['get', 'head', 'put', 'post', 'patch', 'delete', 'options'],
    source: 'belgif',
    rfc: {
      methods: ['trace'],
      cite: 'RFC 9110 §15.5.16',
      reason:
        "a request's content, not its method, decides it; `http-status-request-headers` checks that the operation takes a body",
    },
  },
  {
    code: 416,
    query: { in: 'neither', basis: 'no ranges on QUERY (RFC 9110 §14.2), and no partial upload with Content-Range' },
    methods: ['get'],
    source: 'decision',
    reason:
      'Answers a Range request, which applies to GET only (RFC 9110 §15.5.17); the Level 3 REST status-codes page gives it to the Content profile.',
    rfc: {
      methods: ['put', 'patch'],
      cite: 'RFC 9110 §14.5',
      reason:
        "a partial PUT or PATCH sends `Content-Range`, and a range the server cannot apply is refused with 416 (Box's and Microsoft Graph's upload sessions)",
    },
  },
  {
    code: 417,
    query: { in: 'both', basis: 'QUERY carries request content (draft §2), and `Expect` comes before it, as for POST' },
    methods: BODY,
    source: 'decision',
    reason:
      'Answers an `Expect` header, sent only before a request body; the Level 3 REST status-codes page gives it to the Preflight mixin (POST, PUT, PATCH).',
    rfc: {
      methods: ALL,
      cite: 'RFC 9110 §15.5.18',
      reason:
        '417 answers the `Expect` header of any request; `http-status-request-headers` checks that the operation takes it',
    },
  },
  {
    code: 422,
    query: { in: 'both', basis: "QUERY's content can be well-formed but invalid, as POST's can" },
    methods: ALL,
    source: 'decision',
    reason:
      'The Level 3 REST status-codes page counts "missing or incorrect request parameters" as 422 and a vendor\'s response-code guide uses it for data that failed validation, so it applies to any method that takes input, GET included (frameworks such as FastAPI declare it on every operation with parameters).',
  },
  {
    code: 428,
    query: {
      in: 'default',
      basis:
        'as on GET: a server may require any request to be conditional (RFC 6585 §3), where the matrix gives 428 to writes only',
    },
    methods: MODIFY,
    source: 'decision',
    reason:
      'Precondition Required (RFC 6585 §3) asks for the conditional headers that 412 checks, so it gets the 412 row: POST, PUT, PATCH, DELETE.',
    rfc: {
      methods: ALL,
      cite: 'RFC 6585 §3',
      reason:
        'an origin server may require any request to be conditional; `http-status-request-headers` checks that the operation takes a conditional header',
    },
  },
  {
    code: 429,
    query: { in: 'both', basis: 'as on every method' },
    methods: ALL,
    source: 'belgif',
    reason: 'TRACE added.',
  },
  {
    code: 500,
    query: { in: 'both', basis: 'as on every method' },
    methods: ALL,
    source: 'belgif',
    reason: 'TRACE added.',
  },
  {
    code: 501,
    query: { in: 'both', basis: 'a server that does not implement QUERY answers 501 (RFC 9110 §15.6.2)' },
    methods: ALL,
    source: 'decision',
    reason:
      "A cloud provider's catalogue and ForgeRock's Common REST list 501; a server may not implement any method (RFC 9110 §15.6.2).",
  },
  {
    code: 502,
    query: { in: 'both', basis: 'as on every method' },
    methods: ALL,
    source: 'belgif',
    reason: 'TRACE added.',
  },
  {
    code: 503,
    query: { in: 'both', basis: 'as on every method' },
    methods: ALL,
    source: 'belgif',
    reason: 'TRACE added.',
  },
  {
    code: 504,
    query: { in: 'both', basis: 'as on every method' },
    methods: ALL,
    source: 'decision',
    reason: "A cloud provider's catalogue lists 504; any request can pass through a gateway that times out.",
  },
  {
    code: 505,
    query: { in: 'both', basis: 'as on every method' },
    methods: ALL,
    source: 'decision',
    reason: "A cloud provider's catalogue lists 505; the protocol version of any request can be refused.",
  },
];

/** A code HTTP itself gives only to some methods, why, and the fix on the others. */
export interface HttpMethodLimit {
  readonly methods: readonly Method[];
  /** What the code says, that the other methods cannot (`answers a conditional GET or HEAD only`). */
  readonly why: string;
  readonly cite: string;
  /** The fix on another method. */
  readonly fix: string;
  /** Request headers that make the code meaningful on other methods too (a partial PUT's Content-Range). */
  readonly unlessTakes?: readonly string[];
}

/**
 * Codes HTTP itself gives only to some methods, whatever a matrix says:
 * declaring one on another method is an HTTP error, not a matter of policy.
 * Both modes; `http-status-method-matrix` reports them.
 */
export const HTTP_METHOD_LIMITS: Readonly<Record<number, HttpMethodLimit>> = {
  201: {
    methods: ['put', 'post', 'patch', 'delete'],
    why: 'reports a creation, but the method is safe and creates nothing',
    cite: 'RFC 9110 §9.2.1, §15.3.2',
    fix: 'answer 200 OK, or create with POST or PUT',
  },
  206: {
    methods: ['get'],
    why: 'answers a range request, and HTTP defines ranges for GET only',
    cite: 'RFC 9110 §14.2',
    fix: 'remove it',
  },
  // QUERY: a conditional QUERY answers 304 too (the QUERY draft, §2).
  304: {
    methods: [...READS, 'query'],
    why: 'answers a conditional GET or HEAD only',
    cite: 'RFC 9110 §15.4.5',
    fix: 'remove it',
  },
  416: {
    methods: ['get'],
    why: 'answers a range request on GET or a partial upload that sends Content-Range, and the method here takes no Content-Range',
    cite: 'RFC 9110 §14.2, §14.5',
    fix: 'remove it, or take the Content-Range header if it refuses a partial upload',
    // A partial PUT (RFC 9110 §14.5) sends Content-Range and may be refused with 416.
    unlessTakes: ['Content-Range'],
  },
};

/**
 * What to suggest instead of a code, in order of preference. The first
 * alternative the method allows is offered.
 */
export const ALTERNATIVES: Readonly<Record<number, readonly number[]>> = {
  200: [204, 201],
  201: [200, 204],
  202: [200, 204],
  203: [200],
  204: [200],
  205: [204],
  206: [200],
  207: [200],
  208: [200],
  226: [200],
  300: [303, 307],
  302: [303, 307],
  303: [307, 200],
  304: [200],
  305: [307],
  306: [307],
  400: [422],
  402: [403],
  405: [400],
  407: [401],
  409: [400, 422],
  411: [400],
  412: [409, 400],
  413: [400],
  416: [400],
  417: [400],
  418: [400],
  421: [400],
  423: [409],
  424: [409],
  425: [409],
  426: [400],
  428: [400],
  431: [400],
  451: [403],
  506: [500],
  507: [503],
  508: [500],
  510: [501],
  511: [401],
};
