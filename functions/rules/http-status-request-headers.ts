/**
 * `http-status-request-headers`: a code that only answers a particular
 * request header (or a request body) needs the operation to take it.
 */
import { READS, upperMethod } from '../data/methods';
import { describeCode } from '../data/status-codes';
import { takesHeader } from '../lib/model';
import { belongs } from '../lib/ownership';
import { listOr } from '../lib/phrasing';
import { defineRule } from '../lib/rule';

const PRECONDITIONS = ['If-Match', 'If-None-Match', 'If-Modified-Since', 'If-Unmodified-Since', 'If-Range'];

/**
 * Codes that answer request headers: any one of `headers` makes the code
 * meaningful (RFC 9110 §13 for the preconditions, §14 for ranges, §10.1.1
 * for Expect). `kind` names a group of headers in messages.
 */
export const CODE_REQUEST_HEADERS: Readonly<Record<number, { readonly headers: readonly string[]; readonly kind?: string }>> = {
  100: { headers: ['Expect'] },
  206: { headers: ['Range'] },
  304: { headers: ['If-None-Match', 'If-Modified-Since'] },
  412: { headers: PRECONDITIONS, kind: 'precondition' },
  416: { headers: ['Range'] },
  417: { headers: ['Expect'] },
  428: { headers: PRECONDITIONS, kind: 'conditional' },
};

/** Codes that answer a request body. */
export const BODY_CODES: readonly number[] = [411, 413, 415];

export default defineRule({
  id: 'http-status-request-headers',
  description: 'Codes that answer a request header (304, 412, 428, 206, 416, 100, 417) or a request body (411, 413, 415) come with it.',
  severity: 'warn',
  basis: 'http',
  visit: {
    each: 'response',
    check(entry, run) {
      const code = entry.code;
      if (code === undefined) return;
      const operation = entry.operation;
      // A code reported as not belonging on the operation is another rule's finding (lib/ownership.ts).
      if (!belongs(run, operation, code)) return;
      const { method } = operation;
      if (code === 304 && !READS.includes(method)) {
        run.report(`${operation.label} declares ${describeCode(code)}, which only answers a conditional GET or HEAD; remove it from ${upperMethod(method)}.`, entry.path);
        return;
      }
      const wanted = CODE_REQUEST_HEADERS[code];
      if (wanted !== undefined) {
        const { headers, kind } = wanted;
        if (takesHeader(operation, headers) !== undefined) return;
        const what = kind === undefined ? `${listOr(headers)} header` : `${kind} header (${listOr(headers)})`;
        run.report(
          `${operation.label} declares ${describeCode(code)} but takes no ${what}; add ${headers.length > 1 ? 'one of them' : 'it'} as a header parameter, or remove ${code}.`,
          entry.path,
        );
        return;
      }
      if (BODY_CODES.includes(code) && !operation.hasBody) {
        run.report(
          `${operation.label} declares ${describeCode(code)}, which answers a request body, but ${upperMethod(method)} here takes none; remove ${code}, or describe the request body.`,
          entry.path,
        );
      }
    },
  },
});
