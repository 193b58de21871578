/**
 * `http-status-request-headers`: a code that only answers a particular
 * request header (or a request body) needs the operation to take it.
 */
import { Method } from './data/matrix';
import { describeCode } from './data/status-codes';
import { defineOperationFunction, Finding, optionsSchema } from './lib/define';
import { MatrixOptions, matrixFor, matrixOptionProperties } from './lib/matrix';
import { Operation } from './lib/model';
import { codedResponses } from './lib/responses';

export type RequestHeadersOptions = MatrixOptions;

/** Codes that answer request headers: any one of `headers` makes the code meaningful. */
export const CODE_REQUEST_HEADERS: Readonly<Record<number, readonly string[]>> = {
  100: ['Expect'],
  206: ['Range'],
  304: ['If-None-Match', 'If-Modified-Since'],
  412: ['If-Match', 'If-None-Match', 'If-Modified-Since', 'If-Unmodified-Since', 'If-Range'],
  416: ['Range'],
  417: ['Expect'],
  428: ['If-Match', 'If-None-Match', 'If-Modified-Since', 'If-Unmodified-Since', 'If-Range'],
};

/** Codes that answer a request body. */
export const BODY_CODES: readonly number[] = [411, 413, 415];

const CONDITIONAL_METHODS: readonly Method[] = ['get', 'head'];

function names(list: readonly string[]): string {
  if (list.length === 1) return list[0] ?? '';
  if (list.length === 2) return `${list[0]} or ${list[1]}`;
  return `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
}

export function* checkRequestHeaders(operation: Operation, options: RequestHeadersOptions): Generator<Finding> {
  const matrix = matrixFor(options);
  const { method, label } = operation;
  const upper = method.toUpperCase();
  for (const [code, entry] of codedResponses(operation)) {
    // A code the matrix forbids for the method is http-status-method-matrix's finding.
    if (matrix.covers(method) && !matrix.allows(method, code)) continue;
    const described = describeCode(code);
    if (code === 304 && !CONDITIONAL_METHODS.includes(method)) {
      yield { message: `${label} declares ${described}, which only answers a conditional GET or HEAD; remove it from ${upper}.`, path: entry.path };
      continue;
    }
    const headers = CODE_REQUEST_HEADERS[code];
    if (headers !== undefined) {
      if (headers.some((h) => operation.headerParams.has(h.toLowerCase()))) continue;
      const what = code === 428 ? 'any conditional header' : code === 412 ? 'a precondition header' : names(headers);
      yield {
        message: `${label} declares ${described} but takes no ${what} header parameter (${names(headers)}); add the header parameter, or remove ${code}.`,
        path: entry.path,
      };
      continue;
    }
    if (BODY_CODES.includes(code) && !operation.hasBody) {
      yield {
        message: `${label} declares ${described}, which answers a request body, but ${upper} here takes none; remove ${code}, or describe the request body.`,
        path: entry.path,
      };
    }
  }
}

export const httpStatusRequestHeaders = defineOperationFunction<RequestHeadersOptions>(
  'httpStatusRequestHeaders',
  optionsSchema(matrixOptionProperties),
  checkRequestHeaders,
);
export default httpStatusRequestHeaders;
