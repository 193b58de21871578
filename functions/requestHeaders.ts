/**
 * `http-status-request-headers`: a code that only answers a particular
 * request header (or a request body) needs the operation to take it.
 */
import { Method } from './data/matrix';
import { describeCode } from './data/status-codes';
import { NO_FINDINGS, defineOperationFunction, Finding, optionsSchema } from './lib/define';
import { MatrixOptions, matrixFor, matrixOptionProperties } from './lib/matrix';
import { Operation, ResponseEntry, takesHeader, upperMethod } from './lib/model';

export type RequestHeadersOptions = MatrixOptions;

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

const CONDITIONAL_METHODS: readonly Method[] = ['get', 'head'];

function names(list: readonly string[]): string {
  if (list.length === 1) return list[0] ?? '';
  if (list.length === 2) return `${list[0]} or ${list[1]}`;
  return `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
}

export function checkRequestHeaders(operation: Operation, options: RequestHeadersOptions): readonly Finding[] {
  let out: Finding[] | undefined;
  const matrix = matrixFor(options);
  const { method } = operation;
  const upper = upperMethod(method);
  const responses = operation.responses;
  for (let i = 0; i < responses.length; i++) {
    const entry = responses[i] as ResponseEntry;
    const code = entry.code;
    if (code === undefined) continue;
    // A code the matrix forbids for the method is http-status-method-matrix's finding.
    if (matrix.forbids(method, code)) continue;
    if (code === 304 && !CONDITIONAL_METHODS.includes(method)) {
      (out ??= []).push({ message: `${operation.label} declares ${describeCode(code)}, which only answers a conditional GET or HEAD; remove it from ${upper}.`, path: entry.path });
      continue;
    }
    const wanted = CODE_REQUEST_HEADERS[code];
    if (wanted !== undefined) {
      const { headers, kind } = wanted;
      if (takesHeader(operation, headers) !== undefined) continue;
      const what = kind === undefined ? `${names(headers)} header` : `${kind} header (${names(headers)})`;
      const add = headers.length > 1 ? 'one of them' : 'it';
      (out ??= []).push({
        message: `${operation.label} declares ${describeCode(code)} but takes no ${what}; add ${add} as a header parameter, or remove ${code}.`,
        path: entry.path,
      });
      continue;
    }
    if (BODY_CODES.includes(code) && !operation.hasBody) {
      (out ??= []).push({
        message: `${operation.label} declares ${describeCode(code)}, which answers a request body, but ${upper} here takes none; remove ${code}, or describe the request body.`,
        path: entry.path,
      });
    }
  }
  return out ?? NO_FINDINGS;
}

export const httpStatusRequestHeaders = defineOperationFunction<RequestHeadersOptions>(
  'httpStatusRequestHeaders',
  optionsSchema(matrixOptionProperties),
  checkRequestHeaders,
);
export default httpStatusRequestHeaders;
