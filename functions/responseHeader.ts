/**
 * The response-header rules (`http-status-location-header`,
 * `-allow-header`, `-retry-after-header`, `-www-authenticate-header`,
 * `-content-range-header`): a response with one of `codes` declares `header`.
 */
import { describeCode } from './data/status-codes';
import { NO_FINDINGS, defineOperationFunction, Finding, optionsSchema } from './lib/define';
import { MatrixOptions, matrixFor, matrixOptionProperties } from './lib/matrix';
import { DocumentModel, Operation, ResponseEntry } from './lib/model';
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

export function checkResponseHeader(operation: Operation, options: ResponseHeaderOptions, model: DocumentModel): readonly Finding[] {
  let out: Finding[] | undefined;
  let wanted: string | undefined;
  let profiled: MethodExpectations['headers'] | undefined;
  const matrix = matrixFor(options);
  const { method } = operation;
  const responses = operation.responses;
  for (let i = 0; i < responses.length; i++) {
    const entry = responses[i] as ResponseEntry;
    const code = entry.code;
    if (code === undefined) continue;
    if (!options.codes.includes(code) || entry.response === undefined) continue;
    // A code the matrix forbids for the method is http-status-method-matrix's
    // finding; advising a header for a response that should go is noise.
    if (matrix.forbids(method, code)) continue;
    wanted ??= options.header.toLowerCase();
    // Where a declared Level 3 profile ties this header to a code (Location on
    // an `action` 303), http-status-profile-headers reports it, not this rule.
    profiled ??= defaultExpectations(model, operation)?.headers ?? [];
    if (profileTiesHeader(profiled, code, wanted)) continue;
    if (entry.headerNames.has(wanted)) continue;
    const reason = options.reason === undefined ? '' : ` ${options.reason}`;
    (out ??= []).push({
      message: `${operation.label} declares ${describeCode(code)} with no ${options.header} header; add '${options.header}' to the response's headers.${reason}`,
      path: entry.path,
    });
  }
  return out ?? NO_FINDINGS;
}

export const httpStatusResponseHeader = defineOperationFunction<ResponseHeaderOptions>(
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
  checkResponseHeader,
);
export default httpStatusResponseHeader;
