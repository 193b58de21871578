/**
 * `http-status-request-headers`: a code that only answers a particular
 * request header (or a request body) needs the operation to take it.
 */
import { BODY_CODES, CODE_REQUEST_HEADERS } from '../data/request-answers';
import { describeCode } from '../data/status-codes';
import { DocumentModel, takesHeader } from '../lib/model';
import { PROFILE_REQUIRED_RULE, answersAbsentRequest, belongs, missingCodeOwner } from '../lib/ownership';
import { listOr } from '../lib/phrasing';
import { misreadCode } from '../lib/misread-codes';
import { reportDeclaredInstead } from '../lib/response-header';
import { quote } from '../lib/quote';
import { defineRule } from '../lib/rule';

const takenAnywhere = new WeakMap<DocumentModel, Map<number, boolean>>();

/** Whether any operation of the document takes one of the headers `code` answers. */
function anywhere(model: DocumentModel, code: number, headers: readonly string[]): boolean {
  let byCode = takenAnywhere.get(model);
  if (byCode === undefined) takenAnywhere.set(model, (byCode = new Map()));
  let taken = byCode.get(code);
  if (taken === undefined)
    byCode.set(code, (taken = model.operations.some((operation) => takesHeader(operation, headers) !== undefined)));
  return taken;
}

export default defineRule({
  id: 'http-status-request-headers',
  description:
    'Codes that answer a request header (304, 412, 428, 206, 416, 100, 417) or a request body (411, 413, 415) come with it.',
  severity: 'warn',
  basis: 'http',
  visit: {
    each: 'response',
    check(entry, run) {
      const code = entry.code;
      if (code === undefined) return;
      const operation = entry.operation;
      // A code reported as not belonging on the operation is another rule's
      // finding, and a demo endpoint's code is on purpose (lib/ownership.ts).
      if (!belongs(run, operation, code) || !answersAbsentRequest(run, operation, code)) return;
      const wanted = CODE_REQUEST_HEADERS[code];
      if (wanted !== undefined) {
        const { headers, kind, cite } = wanted;
        const what =
          kind === undefined ? `${listOr(headers)} header (${cite})` : `${kind} header (${listOr(headers)}; ${cite})`;
        const described = describeCode(code);
        // Where a declared profile requires the code, the fix is the header, not removing the code.
        if (missingCodeOwner(run, operation, code) === PROFILE_REQUIRED_RULE) {
          run.report(
            `${operation.label} declares ${described}, which answers the ${what} and which its declared profile requires, but takes no such header; add ${headers.length > 1 ? 'one of them' : 'it'} as a header parameter.`,
            entry.path,
          );
          return;
        }
        // A 206 for "no data", a 412 for "insufficient balance": the fix is
        // another code, not the header (lib/misread-codes.ts), once for a
        // shared response in the default mode.
        const misread = misreadCode(entry, code);
        // Where no operation of the document takes the header, the default
        // mode reports the misreading once for the document, as it does the
        // convention (it never reports more findings than before).
        if (misread !== undefined && run.mode === 'default' && !anywhere(run.model, code, headers)) {
          run.reportGrouped(`misread ${code}`, entry.path, (count) =>
            count === 1
              ? `${operation.label} declares ${described} for '${quote(misread.description)}', ${misread.rest}`
              : `${operation.label} and ${count - 1} other operation${count === 2 ? '' : 's'} declare ${described}, the first for '${quote(misread.description)}', ${misread.rest}`,
          );
          return;
        }
        if (misread !== undefined) {
          reportDeclaredInstead(run, entry, code, misread);
          return;
        }
        // A document that declares the code here and there but never
        // describes the header follows one convention (conditional
        // requests documented in prose): one finding, not one per operation.
        if (run.mode === 'default' && !anywhere(run.model, code, headers)) {
          run.reportGrouped(`convention ${code}`, entry.path, (count) =>
            count === 1
              ? `${operation.label} declares ${described}, which answers the ${what}, but takes no such header; add ${headers.length > 1 ? 'one of them' : 'it'} as a header parameter, or remove ${code}.`
              : `${operation.label} and ${count - 1} other operation${count === 2 ? '' : 's'} declare ${described}, which answers the ${what}, but no operation of the document takes such a header; describe ${headers.length > 1 ? 'them' : 'it'} as a header parameter where ${code} can answer (a shared parameter), or remove ${code}.`,
          );
          return;
        }
        run.report(
          `${operation.label} declares ${described}, which answers the ${what}, but takes no such header; add ${headers.length > 1 ? 'one of them' : 'it'} as a header parameter, or remove ${code}.`,
          entry.path,
        );
        return;
      }
      const cite = BODY_CODES[code];
      if (cite !== undefined) {
        run.report(
          `${operation.label} declares ${describeCode(code)}, which answers a request body (${cite}), but ${operation.shownMethod} here takes none; remove ${code}, or describe the request body.`,
          entry.path,
        );
      }
    },
  },
});
