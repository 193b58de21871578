/** `http-status-error-expected`: the error (and conditional) codes that an operation's shape calls for are declared. */
import { describeCode } from '../data/status-codes';
import { CODES_SCHEMA } from '../lib/option-schemas';
import { Operation, Parameter, coveringKeys, declaresCode, takesHeader } from '../lib/model';
import { ERROR_EXPECTED_RULE, belongs, missingCodeOwner } from '../lib/ownership';
import { quotedAnd } from '../lib/phrasing';
import { defineRule } from '../lib/rule';

export interface ErrorExpectedOptions {
  /** Codes never to expect, whatever the operation's shape. */
  readonly ignore: readonly number[];
}

/** One error or conditional code that an operation's shape calls for. */
export interface Expectation {
  readonly code: number;
  /** Whether the operation's shape calls for the code. */
  readonly applies: (operation: Operation) => boolean;
  /** What in the operation calls for it, for the message ("takes a request body"). */
  readonly because: (operation: Operation) => string;
  /** Codes that satisfy the expectation as well as `code`. */
  readonly or?: readonly number[];
}

const isInputParameter = (p: Parameter): boolean => p.in !== 'body' && p.in !== 'formData';
const takesInput = (op: Operation): boolean => op.hasBody || op.parameters.some(isInputParameter);
const IF_MATCH = ['If-Match', 'If-Unmodified-Since'];
const IF_NONE_MATCH = ['If-None-Match', 'If-Modified-Since'];
const RANGE = ['Range'];
const EXPECT = ['Expect'];
const takesThe = (headers: readonly string[]) => (op: Operation): string => `takes the ${takesHeader(op, headers) ?? headers[0] ?? ''} header`;

/**
 * What an operation's shape calls for, in code order. A table of module
 * constants, so that judging an operation allocates nothing unless a code
 * is missing (messages are built only then).
 */
export const EXPECTATIONS: readonly Expectation[] = [
  { code: 206, applies: (op) => takesHeader(op, RANGE) !== undefined, because: takesThe(RANGE) },
  {
    code: 304,
    applies: (op) => (op.method === 'get' || op.method === 'head') && takesHeader(op, IF_NONE_MATCH) !== undefined,
    because: takesThe(IF_NONE_MATCH),
  },
  {
    code: 400,
    applies: takesInput,
    because: (op) => (op.hasBody ? 'takes a request body' : `takes the parameter '${op.parameters.find(isInputParameter)?.name ?? ''}'`),
    // Frameworks such as FastAPI answer invalid input with 422 and declare
    // it on every operation that takes input (seed 000 counts incorrect
    // parameters as 422 too): a declared 422 covers bad input.
    or: [422],
  },
  { code: 401, applies: (op) => op.security === 'required', because: () => 'requires authentication' },
  { code: 404, applies: (op) => op.templateParams.length > 0, because: (op) => `has the path parameter '${op.templateParams[0] ?? ''}'` },
  { code: 412, applies: (op) => takesHeader(op, IF_MATCH) !== undefined, because: takesThe(IF_MATCH) },
  { code: 415, applies: (op) => op.hasBody, because: () => 'takes a request body' },
  { code: 416, applies: (op) => takesHeader(op, RANGE) !== undefined, because: takesThe(RANGE) },
  { code: 417, applies: (op) => takesHeader(op, EXPECT) !== undefined, because: takesThe(EXPECT) },
];

/** The codes the operation's shape calls for, in code order (whatever it declares). */
export function expectedCodes(operation: Operation): number[] {
  return EXPECTATIONS.filter((e) => e.applies(operation)).map((e) => e.code);
}

export default defineRule<'http-status-error-expected', ErrorExpectedOptions>({
  id: 'http-status-error-expected',
  description: "The error codes that an operation's parameters, body, security and conditional headers call for are declared.",
  severity: 'warn',
  basis: 'completeness',
  options: {
    properties: { ignore: { ...CODES_SCHEMA, description: "Codes never to expect, whatever the operation's shape, e.g. `[400]` for an API that never validates input." } },
    defaults: { ignore: [] },
  },
  visit: {
    each: 'operation',
    check(operation, run) {
      if (operation.responsesState !== 'ok') return;
      const ignore = run.options.ignore;
      for (let i = 0; i < EXPECTATIONS.length; i++) {
        const { code, applies, because, or } = EXPECTATIONS[i] as Expectation;
        if (!applies(operation) || ignore.includes(code)) continue;
        // Never ask for a code that, declared, would be reported as not belonging;
        // a code a declared profile requires is http-status-profile-required's.
        if (!belongs(run, operation, code) || missingCodeOwner(run, operation, code) !== ERROR_EXPECTED_RULE) continue;
        if (declaresCode(operation, code) || (or !== undefined && or.some((alt) => declaresCode(operation, alt)))) continue;
        const covering = coveringKeys(operation, code);
        const note =
          covering.length > 0 ? ` (${quotedAnd(covering)} ${covering.length > 1 ? 'do' : 'does'} not count: clients and code generators need the exact code)` : '';
        run.report(
          `${operation.label} ${because(operation)} but does not declare ${describeCode(code)}${
            or === undefined ? '' : ` (or ${or.map(describeCode).join(', ')})`
          }; add a ${code} response${note}.`,
          operation.responsesPath,
        );
      }
    },
  },
});
