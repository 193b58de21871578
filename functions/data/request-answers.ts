/**
 * Codes that answer something in the request rather than the method: a
 * request header (any one of `headers` makes the code meaningful) or a
 * request body. Sources: RFC 9110 §10.1.1 (Expect), §13 (preconditions),
 * §14 (ranges), §15.5.12-16 (content); RFC 6585 §3 (428).
 */
const PRECONDITIONS = ['If-Match', 'If-None-Match', 'If-Modified-Since', 'If-Unmodified-Since', 'If-Range'];

export interface RequestHeaderAnswer {
  readonly headers: readonly string[];
  /** How messages name a group of headers (`precondition header`). */
  readonly kind?: string;
  readonly cite: string;
}

export const CODE_REQUEST_HEADERS: Readonly<Record<number, RequestHeaderAnswer>> = {
  100: { headers: ['Expect'], cite: 'RFC 9110 §10.1.1' },
  206: { headers: ['Range'], cite: 'RFC 9110 §14.2' },
  304: { headers: ['If-None-Match', 'If-Modified-Since'], cite: 'RFC 9110 §13.1.2, §13.1.3' },
  412: { headers: PRECONDITIONS, kind: 'precondition', cite: 'RFC 9110 §13.1' },
  // A partial PUT or PATCH sends Content-Range (RFC 9110 §14.5).
  416: { headers: ['Range', 'Content-Range'], cite: 'RFC 9110 §14.2, §14.5' },
  417: { headers: ['Expect'], cite: 'RFC 9110 §10.1.1' },
  428: { headers: PRECONDITIONS, kind: 'conditional', cite: 'RFC 6585 §3' },
};

/** Codes that answer a request body, and where HTTP says so. */
export const BODY_CODES: Readonly<Record<number, string>> = {
  411: 'RFC 9110 §15.5.12',
  413: 'RFC 9110 §15.5.14',
  415: 'RFC 9110 §15.5.16',
};
