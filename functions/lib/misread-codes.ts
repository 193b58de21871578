/**
 * Codes that answer a request header, declared for something their
 * description shows they do not answer: a 206 for "no data" (206 answers a
 * `Range` request), a 412 for "insufficient balance" (412 answers a
 * precondition header that evaluated false). The fix is another code, not
 * the header; `http-status-request-headers` and
 * `http-status-content-range-header` say so instead of asking for the
 * header, as `http-status-allow-header` does for a 405 that says "invalid
 * input".
 */
import { ResponseEntry, responseExcerpt } from './model';

interface Misreading {
  /** Words of the response's description that show what it really answers. */
  readonly pattern: RegExp;
  /** Words that show it does answer the header after all. */
  readonly unless?: RegExp;
  /** The rest of the message, from "which reads as". */
  readonly rest: string;
}

const MISREADINGS: Readonly<Record<number, Misreading>> = {
  206: {
    pattern: /\b(no (data|content|results?|records?|items?|entries|rows|matches)|empty|nothing (found|to return))\b/i,
    unless: /\brange\b|\bpartial\b|\bpart of\b/i,
    rest: 'which reads as an empty result, but 206 answers a Range request (RFC 9110 §15.3.7); answer with 204 No Content or 200 OK and an empty list.',
  },
  412: {
    pattern:
      /\b(balance|insufficient|funds|credits?|plan|subscription|tier|state|status|already|inactive|disabled|locked|suspended|expired|closed|not (yet )?(active|activated|enabled|verified|confirmed|ready|allowed|eligible|configured|set up|available|supported|approved)|must (first )?(be|have))\b/i,
    // A precondition header after all, or an authentication failure ("your API key is invalid, expired"): not a business rule.
    unless:
      /\b(if-match|if-none-match|if-modified-since|if-unmodified-since|if-range|e-?tags?|conditional|modified|versions?|revision|stale|out of date|concurrent(ly)?|api[- ]?key|token|credentials?|authenticat\w*|unauthori[sz]ed|access denied|log(ged)? ?in|password)\b/i,
    rest: 'which reads as a business rule, but 412 means a false If-Match or If-Unmodified-Since (RFC 9110 §13.1); answer with 409 Conflict or 422 Unprocessable Content.',
  },
};

/** What a response's description shows that `code` is declared for instead of what it answers: the words, and the rest of the message. */
export function misreadCode(
  entry: ResponseEntry,
  code: number,
): { readonly description: string; readonly rest: string } | undefined {
  const misreading = MISREADINGS[code];
  if (misreading === undefined) return undefined;
  const description = responseExcerpt(entry);
  if (
    description.length === 0 ||
    !misreading.pattern.test(description) ||
    misreading.unless?.test(description) === true
  )
    return undefined;
  return { description, rest: misreading.rest };
}
