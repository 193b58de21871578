/**
 * `http-status-cache-headers`: a 304 (and a 206) response declares the
 * validator and caching headers the same operation's 200 response declares.
 */
import { describeCode } from '../data/status-codes';
import { ResponseEntry } from '../lib/model';
import { answersAbsentRequest, belongs } from '../lib/ownership';
import { listAnd } from '../lib/phrasing';
import { defineRule } from '../lib/rule';
import { keysOf, own } from '../lib/safe';

/** The headers RFC 9110 says a 304 or 206 MUST repeat from the 200 (Date is left out: descriptions do not declare it). */
const REPEATED = ['cache-control', 'content-location', 'etag', 'expires', 'vary'];
const CITE: Readonly<Record<number, string>> = { 304: 'RFC 9110 §15.4.5', 206: 'RFC 9110 §15.3.7' };

/** The repeated headers the 200 declares, as it spells them. */
function repeatedHeaders(ok: ResponseEntry): string[] {
  return keysOf(own(ok.response, 'headers')).filter((name) => REPEATED.includes(name.toLowerCase()));
}

export default defineRule({
  id: 'http-status-cache-headers',
  description:
    "304 and 206 responses declare the validator and caching headers (ETag, Cache-Control, Expires, Vary, Content-Location) that the operation's 200 response declares.",
  severity: 'warn',
  basis: 'http',
  visit: {
    each: 'response',
    codes: [304, 206],
    check(entry, run) {
      const code = entry.code;
      const operation = entry.operation;
      // A code that does not belong, or answers a request header the operation does not take, is another rule's finding.
      if (
        code === undefined ||
        entry.response === undefined ||
        !belongs(run, operation, code) ||
        answersAbsentRequest(run, operation, code)
      )
        return;
      const ok = operation.responses.find((response) => response.code === 200);
      if (ok === undefined || ok.response === undefined) return;
      const missing = repeatedHeaders(ok).filter((name) => !entry.headerNames.has(name.toLowerCase()));
      if (missing.length === 0) return;
      const names = listAnd(missing.map((name) => `'${name}'`));
      const why = `${CITE[code] ?? 'RFC 9110'}: a ${code} MUST send the ${missing.length > 1 ? 'headers' : 'header'} a 200 to the same request would`;
      const described = describeCode(code);
      run.reportResponse(entry, {
        subject: '',
        perOperation: `${operation.label} declares ${described} without ${names}, which its 200 OK declares; add ${missing.length > 1 ? 'them' : 'it'} to its \`headers\` (${why}).`,
        shared: (name, users) =>
          `The shared response '${name}', which ${users} as ${described}, lacks ${names}, which the 200 OK of ${operation.label} declares; add ${missing.length > 1 ? 'them' : 'it'} to its \`headers\` (${why}).`,
      });
    },
  },
});
