/**
 * The response-header rules (`http-status-location-header`,
 * `-allow-header`, `-retry-after-header`, `-www-authenticate-header`,
 * `-content-range-header`): a response with one of `codes` declares `header`.
 */
import { describeCode } from './data/status-codes';
import { NO_FINDINGS, defineDocumentFunction, Finding, optionsSchema } from './lib/define';
import { Matrix, MatrixOptions, matrixFor, matrixOptionProperties } from './lib/matrix';
import { DocumentModel, Operation, ResponseEntry, responsesWithCode } from './lib/model';
import { defaultExpectations } from './lib/profile-rules';
import { MethodExpectations } from './lib/profiles';

export interface ResponseHeaderOptions extends MatrixOptions {
  /** The header, compared case-insensitively. */
  header: string;
  /** The status codes whose responses need it. */
  codes: number[];
  /** Why the header belongs there, appended to the message. */
  reason?: string;
}

/** Whether a declared profile ties the header to the code (a top-level function: a closure here would be allocated per response). */
function profileTiesHeader(profiled: MethodExpectations['headers'], code: number, wanted: string): boolean {
  for (const { rule } of profiled) {
    if (rule.codes.includes(code) && rule.headers.some((h) => h.toLowerCase() === wanted)) return true;
  }
  return false;
}

/**
 * The finding for one response, if its code is one of `options.codes` and it
 * lacks the header. `wanted` is the header in lower case.
 */
function headerFinding(entry: ResponseEntry, options: ResponseHeaderOptions, model: DocumentModel, matrix: Matrix, wanted: string): Finding | undefined {
  const code = entry.code;
  if (code === undefined || !options.codes.includes(code) || entry.response === undefined) return undefined;
  const operation = entry.operation;
  // A code the matrix forbids for the method is http-status-method-matrix's
  // finding; advising a header for a response that should go is noise.
  if (matrix.forbids(operation.method, code)) return undefined;
  // Where a declared Level 3 profile ties this header to a code (Location on
  // an `action` 303), http-status-profile-headers reports it, not this rule.
  const profiled = defaultExpectations(model, operation)?.headers;
  if (profiled !== undefined && profileTiesHeader(profiled, code, wanted)) return undefined;
  if (entry.headerNames.has(wanted)) return undefined;
  const reason = options.reason === undefined ? '' : ` ${options.reason}`;
  return {
    message: `${operation.label} declares ${describeCode(code)} with no ${options.header} header; add '${options.header}' to the response's headers.${reason}`,
    path: entry.path,
  };
}

/** The check of one operation (the Spectral function reads the document's responses by code instead, with the same result). */
export function checkResponseHeader(operation: Operation, options: ResponseHeaderOptions, model: DocumentModel): readonly Finding[] {
  let out: Finding[] | undefined;
  const matrix = matrixFor(options);
  const wanted = options.header.toLowerCase();
  const responses = operation.responses;
  for (let i = 0; i < responses.length; i++) {
    const finding = headerFinding(responses[i] as ResponseEntry, options, model, matrix, wanted);
    if (finding !== undefined) (out ??= []).push(finding);
  }
  return out ?? NO_FINDINGS;
}

/** Every finding of the document, as `checkResponseHeader` on each operation gives them, visiting only the responses with one of `options.codes`. */
export function checkResponseHeaders(model: DocumentModel, options: ResponseHeaderOptions): readonly Finding[] {
  let out: Finding[] | undefined;
  const matrix = matrixFor(options);
  const wanted = options.header.toLowerCase();
  for (const code of options.codes) {
    const entries = responsesWithCode(model, code);
    for (let i = 0; i < entries.length; i++) {
      const finding = headerFinding(entries[i] as ResponseEntry, options, model, matrix, wanted);
      if (finding !== undefined) (out ??= []).push(finding);
    }
  }
  return out ?? NO_FINDINGS;
}

export const httpStatusResponseHeader = defineDocumentFunction<ResponseHeaderOptions>(
  'httpStatusResponseHeader',
  optionsSchema(
    {
      ...matrixOptionProperties,
      header: { type: 'string', pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$" },
      codes: { type: 'array', items: { type: 'integer', minimum: 100, maximum: 599 }, minItems: 1, uniqueItems: true },
      reason: { type: 'string' },
    },
    ['header', 'codes'],
  ),
  checkResponseHeaders,
);
export default httpStatusResponseHeader;
