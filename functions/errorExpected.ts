/**
 * `http-status-error-expected`: the error (and conditional) codes that an
 * operation's shape calls for must be declared.
 */
import { describeCode } from './data/status-codes';
import { defineOperationFunction, Finding, optionsSchema } from './lib/define';
import { MatrixOptions, matrixFor, matrixOptionProperties } from './lib/matrix';
import { Operation, takesHeader } from './lib/model';
import { coveringKeys, declaresCode } from './lib/responses';

export interface ErrorExpectedOptions extends MatrixOptions {
  /** Codes never to expect, whatever the operation's shape. */
  ignore?: number[];
}

interface Expectation {
  readonly code: number;
  readonly because: string;
  /** Codes that satisfy the expectation as well as `code`. */
  readonly or?: readonly number[];
}

/** What the operation's shape calls for, in code order. Pure; exported for tests. */
export function expectedCodes(operation: Operation): Expectation[] {
  const out: Expectation[] = [];
  const params = operation.parameters.filter((p) => p.in !== 'body' && p.in !== 'formData');
  if (params.length > 0 || operation.hasBody) {
    out.push({
      code: 400,
      because: operation.hasBody ? 'takes a request body' : `takes the parameter '${params[0]?.name ?? ''}'`,
      // Frameworks such as FastAPI answer invalid input with 422 and declare
      // it on every operation that takes input (seed 000 counts incorrect
      // parameters as 422 too): a declared 422 covers bad input.
      or: [422],
    });
  }
  if (operation.security === 'required') out.push({ code: 401, because: 'requires authentication' });
  if (operation.templateParams.length > 0) {
    out.push({ code: 404, because: `has the path parameter '${operation.templateParams[0] ?? ''}'` });
  }
  if (operation.hasBody) out.push({ code: 415, because: 'takes a request body' });
  const ifMatch = takesHeader(operation, ['If-Match', 'If-Unmodified-Since']);
  if (ifMatch !== undefined) out.push({ code: 412, because: `takes the ${ifMatch} header` });
  const ifNoneMatch = takesHeader(operation, ['If-None-Match', 'If-Modified-Since']);
  if (ifNoneMatch !== undefined && (operation.method === 'get' || operation.method === 'head')) {
    out.push({ code: 304, because: `takes the ${ifNoneMatch} header` });
  }
  if (takesHeader(operation, ['Range']) !== undefined) {
    out.push({ code: 206, because: 'takes the Range header' }, { code: 416, because: 'takes the Range header' });
  }
  if (takesHeader(operation, ['Expect']) !== undefined) out.push({ code: 417, because: 'takes the Expect header' });
  return out.sort((a, b) => a.code - b.code);
}

export function* checkErrorExpected(operation: Operation, options: ErrorExpectedOptions): Generator<Finding> {
  if (operation.responsesState !== 'ok') return;
  const matrix = matrixFor(options);
  const ignore = options.ignore ?? [];
  for (const { code, because, or } of expectedCodes(operation)) {
    if (ignore.includes(code) || !matrix.allows(operation.method, code)) continue;
    if (declaresCode(operation, code) || (or ?? []).some((alt) => declaresCode(operation, alt))) continue;
    const covering = coveringKeys(operation, code);
    const note =
      covering.length > 0
        ? ` (${covering.map((k) => `'${k}'`).join(' and ')} ${covering.length > 1 ? 'do' : 'does'} not count: clients and code generators need the exact code)`
        : '';
    yield {
      message: `${operation.label} ${because} but does not declare ${describeCode(code)}${
        or === undefined ? '' : ` (or ${or.map(describeCode).join(', ')})`
      }; add a ${code} response${note}.`,
      path: operation.responsesPath,
    };
  }
}

export const httpStatusErrorExpected = defineOperationFunction<ErrorExpectedOptions>(
  'httpStatusErrorExpected',
  optionsSchema({
    ...matrixOptionProperties,
    ignore: { type: 'array', items: { type: 'integer', minimum: 100, maximum: 599 }, uniqueItems: true },
  }),
  checkErrorExpected,
);
export default httpStatusErrorExpected;
