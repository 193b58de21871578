/**
 * The HTTP status code catalogue.
 *
 * Source: the IANA "Hypertext Transfer Protocol (HTTP) Status Code Registry"
 * (https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml),
 * as last updated 2025, whose reference for most entries is RFC 9110.
 * Reason phrases are the registry's descriptions.
 *
 * Why a table and not a package: the npm packages that list status codes
 * (`statuses`, `http-status`, `http-status-codes`) mix the IANA registry with
 * codes from Node.js, nginx, Apache and Cloudflare (419, 420, 499, 520, ...)
 * and drop the registry's "(Unused)" / obsoleted marks, which are exactly
 * the facts `http-status-code-registered` needs. The registry has fewer than
 * seventy rows, so a cited table is smaller and more exact than a dependency.
 *
 * `sources` lists the project's source documents that mention the code
 * (functions/data/sources.ts: the Belgif REST guide, the Level 3 REST
 * status-codes page, three vendors' catalogues).
 */

import type { SourceId } from './sources';

export type StatusClass = 1 | 2 | 3 | 4 | 5;

/** `registered`: assigned and in use; `unused`: reserved, marked "(Unused)";
 *  `obsolete`: assigned but obsoleted or deprecated (510 by the registry,
 *  305 by RFC 9110 itself, which the registry still lists);
 *  `temporary`: a provisional registration. */
export type RegistryState = 'registered' | 'unused' | 'obsolete' | 'temporary';

export interface StatusCodeEntry {
  readonly code: number;
  readonly phrase: string;
  readonly state: RegistryState;
  readonly reference: string;
  /** The source documents that mention the code (functions/data/sources.ts). */
  readonly sources: readonly SourceId[];
  /** Why the registry marks it so, for `unused`/`obsolete` entries. */
  readonly note?: string;
  /** What to use instead, for `unused`/`obsolete` entries. */
  readonly use?: readonly number[];
}

const e = (
  code: number,
  phrase: string,
  reference: string,
  sources: readonly SourceId[] = [],
  state: RegistryState = 'registered',
  note?: string,
  use?: readonly number[],
): StatusCodeEntry => ({
  code,
  phrase,
  state,
  reference,
  sources,
  ...(note === undefined ? {} : { note }),
  ...(use === undefined ? {} : { use }),
});

export const STATUS_CODES: readonly StatusCodeEntry[] = [
  e(100, 'Continue', 'RFC 9110 §15.2.1', ['level3', 'cloud-vendor']),
  e(101, 'Switching Protocols', 'RFC 9110 §15.2.2', ['cloud-vendor']),
  e(102, 'Processing', 'RFC 2518'),
  e(103, 'Early Hints', 'RFC 8297'),
  e(104, 'Upload Resumption Supported', 'draft-ietf-httpbis-resumable-upload', [], 'temporary'),
  e(200, 'OK', 'RFC 9110 §15.3.1', ['level3', 'belgif', 'api-vendor', 'forgerock']),
  e(201, 'Created', 'RFC 9110 §15.3.2', ['level3', 'belgif', 'cloud-vendor', 'api-vendor', 'forgerock']),
  e(202, 'Accepted', 'RFC 9110 §15.3.3', ['level3', 'belgif', 'cloud-vendor', 'api-vendor']),
  e(203, 'Non-Authoritative Information', 'RFC 9110 §15.3.4', ['cloud-vendor']),
  e(204, 'No Content', 'RFC 9110 §15.3.5', ['level3', 'belgif', 'cloud-vendor', 'api-vendor', 'forgerock']),
  e(205, 'Reset Content', 'RFC 9110 §15.3.6', ['cloud-vendor']),
  e(206, 'Partial Content', 'RFC 9110 §15.3.7', ['level3', 'cloud-vendor']),
  e(207, 'Multi-Status', 'RFC 4918'),
  e(208, 'Already Reported', 'RFC 5842'),
  e(226, 'IM Used', 'RFC 3229'),
  e(300, 'Multiple Choices', 'RFC 9110 §15.4.1', ['cloud-vendor']),
  e(301, 'Moved Permanently', 'RFC 9110 §15.4.2', ['belgif', 'cloud-vendor', 'api-vendor']),
  e(302, 'Found', 'RFC 9110 §15.4.3', ['cloud-vendor']),
  e(303, 'See Other', 'RFC 9110 §15.4.4', ['level3', 'belgif', 'cloud-vendor']),
  e(304, 'Not Modified', 'RFC 9110 §15.4.5', ['belgif', 'cloud-vendor', 'api-vendor', 'forgerock']),
  e(
    305,
    'Use Proxy',
    'RFC 9110 §15.4.6',
    ['cloud-vendor'],
    'obsolete',
    'RFC 9110 §15.4.6 deprecates it for security reasons, as RFC 7231 did; the registry still lists it',
    [307],
  ),
  e(
    306,
    '(Unused)',
    'RFC 9110 §15.4.7',
    ['cloud-vendor'],
    'unused',
    'reserved: it was used in a previous version of HTTP and is no longer used',
    [307],
  ),
  e(307, 'Temporary Redirect', 'RFC 9110 §15.4.8', ['level3', 'belgif']),
  e(308, 'Permanent Redirect', 'RFC 9110 §15.4.9', ['level3']),
  e(400, 'Bad Request', 'RFC 9110 §15.5.1', ['level3', 'belgif', 'cloud-vendor', 'api-vendor', 'forgerock']),
  e(401, 'Unauthorized', 'RFC 9110 §15.5.2', ['belgif', 'cloud-vendor', 'api-vendor', 'forgerock']),
  e(402, 'Payment Required', 'RFC 9110 §15.5.3', ['cloud-vendor']),
  e(403, 'Forbidden', 'RFC 9110 §15.5.4', ['level3', 'belgif', 'cloud-vendor', 'api-vendor', 'forgerock']),
  e(404, 'Not Found', 'RFC 9110 §15.5.5', ['level3', 'belgif', 'cloud-vendor', 'api-vendor', 'forgerock']),
  e(405, 'Method Not Allowed', 'RFC 9110 §15.5.6', ['belgif', 'cloud-vendor', 'api-vendor', 'forgerock']),
  e(406, 'Not Acceptable', 'RFC 9110 §15.5.7', ['belgif', 'cloud-vendor', 'api-vendor', 'forgerock']),
  e(407, 'Proxy Authentication Required', 'RFC 9110 §15.5.8', ['cloud-vendor']),
  e(408, 'Request Timeout', 'RFC 9110 §15.5.9', ['cloud-vendor']),
  e(409, 'Conflict', 'RFC 9110 §15.5.10', ['level3', 'belgif', 'cloud-vendor', 'api-vendor', 'forgerock']),
  e(410, 'Gone', 'RFC 9110 §15.5.11', ['cloud-vendor', 'forgerock']),
  e(411, 'Length Required', 'RFC 9110 §15.5.12', ['level3', 'cloud-vendor']),
  e(412, 'Precondition Failed', 'RFC 9110 §15.5.13', ['belgif', 'cloud-vendor', 'api-vendor', 'forgerock']),
  e(413, 'Content Too Large', 'RFC 9110 §15.5.14', ['level3', 'belgif', 'cloud-vendor']),
  e(414, 'URI Too Long', 'RFC 9110 §15.5.15', ['cloud-vendor']),
  e(415, 'Unsupported Media Type', 'RFC 9110 §15.5.16', ['level3', 'belgif', 'cloud-vendor', 'forgerock']),
  e(416, 'Range Not Satisfiable', 'RFC 9110 §15.5.17', ['level3', 'cloud-vendor']),
  e(417, 'Expectation Failed', 'RFC 9110 §15.5.18', ['level3', 'cloud-vendor']),
  e(
    418,
    '(Unused)',
    'RFC 9110 §15.5.19',
    [],
    'unused',
    'reserved after the April-fools "I\'m a teapot" code of RFC 2324; never sent by HTTP servers',
    [400],
  ),
  e(421, 'Misdirected Request', 'RFC 9110 §15.5.20'),
  e(422, 'Unprocessable Content', 'RFC 9110 §15.5.21', ['level3', 'cloud-vendor', 'api-vendor']),
  e(423, 'Locked', 'RFC 4918'),
  e(424, 'Failed Dependency', 'RFC 4918'),
  e(425, 'Too Early', 'RFC 8470'),
  e(426, 'Upgrade Required', 'RFC 9110 §15.5.22'),
  e(428, 'Precondition Required', 'RFC 6585', ['level3', 'forgerock']),
  e(429, 'Too Many Requests', 'RFC 6585', ['belgif', 'cloud-vendor', 'api-vendor']),
  e(431, 'Request Header Fields Too Large', 'RFC 6585'),
  e(451, 'Unavailable For Legal Reasons', 'RFC 7725'),
  e(500, 'Internal Server Error', 'RFC 9110 §15.6.1', ['belgif', 'cloud-vendor', 'api-vendor', 'forgerock']),
  e(501, 'Not Implemented', 'RFC 9110 §15.6.2', ['cloud-vendor', 'forgerock']),
  e(502, 'Bad Gateway', 'RFC 9110 §15.6.3', ['belgif', 'cloud-vendor']),
  e(503, 'Service Unavailable', 'RFC 9110 §15.6.4', ['belgif', 'cloud-vendor', 'forgerock']),
  e(504, 'Gateway Timeout', 'RFC 9110 §15.6.5', ['cloud-vendor']),
  e(505, 'HTTP Version Not Supported', 'RFC 9110 §15.6.6', ['cloud-vendor']),
  e(506, 'Variant Also Negotiates', 'RFC 2295'),
  e(507, 'Insufficient Storage', 'RFC 4918'),
  e(508, 'Loop Detected', 'RFC 5842'),
  e(
    510,
    'Not Extended',
    'RFC 2774',
    [],
    'obsolete',
    'the IANA registry marks it obsoleted: RFC 2774 was moved to Historic status in 2022',
    [501],
  ),
  e(511, 'Network Authentication Required', 'RFC 6585'),
];

/**
 * Well-known unregistered codes and what to use instead. Sources: nginx
 * (444, 494-499), Cloudflare (520-527, 530), Laravel (419), Twitter's old
 * API (420), IIS (440, 449, 451 predates RFC 7725), Apache (509).
 */
export const UNREGISTERED_ALTERNATIVES: Readonly<Record<number, { origin: string; use: readonly number[] }>> = {
  419: { origin: 'Laravel "Page Expired"', use: [401, 403] },
  420: { origin: 'Twitter\'s old "Enhance Your Calm"', use: [429] },
  440: { origin: 'IIS "Login Time-out"', use: [401] },
  444: { origin: 'nginx "No Response", never sent to a client', use: [] },
  449: { origin: 'IIS "Retry With"', use: [400] },
  498: { origin: 'Esri "Invalid Token"', use: [401] },
  499: { origin: 'nginx "Client Closed Request", logged by the server and never sent to a client', use: [] },
  509: { origin: 'Apache "Bandwidth Limit Exceeded"', use: [429, 503] },
  520: { origin: 'Cloudflare "Web Server Returned an Unknown Error"', use: [502] },
  521: { origin: 'Cloudflare "Web Server Is Down"', use: [502, 503] },
  522: { origin: 'Cloudflare "Connection Timed Out"', use: [504] },
  523: { origin: 'Cloudflare "Origin Is Unreachable"', use: [502] },
  524: { origin: 'Cloudflare "A Timeout Occurred"', use: [504] },
  525: { origin: 'Cloudflare "SSL Handshake Failed"', use: [502] },
  526: { origin: 'Cloudflare "Invalid SSL Certificate"', use: [502] },
  527: { origin: 'Cloudflare "Railgun Error"', use: [502] },
  530: { origin: 'Cloudflare "Origin DNS Error"', use: [502] },
  598: { origin: 'an informal proxy "Network Read Timeout"', use: [504] },
  599: { origin: 'an informal proxy "Network Connect Timeout"', use: [504] },
};

const BY_CODE: ReadonlyMap<number, StatusCodeEntry> = new Map(STATUS_CODES.map((entry) => [entry.code, entry]));

/** The catalogue entry for a code, if IANA lists it (in any state). */
export function statusEntry(code: number): StatusCodeEntry | undefined {
  return BY_CODE.get(code);
}

/** The class of a code from 100 to 599. */
export function statusClass(code: number): StatusClass {
  return Math.floor(code / 100) as StatusClass;
}

/** `201 Created`, or just `299` for a code IANA does not list. */
export function describeCode(code: number): string {
  const entry = BY_CODE.get(code);
  if (entry === undefined || entry.state === 'unused') return String(code);
  return `${code} ${entry.phrase}`;
}
