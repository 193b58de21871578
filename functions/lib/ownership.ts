/**
 * One problem, one finding: which rule reports each kind of problem, and
 * which others stay quiet about it. Rules ask here; none works it out
 * for itself.
 *
 * | problem                                          | reported by                         | quiet                                              |
 * |--------------------------------------------------|-------------------------------------|----------------------------------------------------|
 * | a response key that is no status code            | http-status-code-format             | every other rule (`ResponseEntry.code` undefined)  |
 * | a code IANA does not register, or marks unused   | http-status-code-registered         | every other rule (`ResponseEntry.code` undefined)  |
 * | a code HTTP gives only to other methods (304 on PUT) | http-status-method-matrix (basis: HTTP) | every other rule                          |
 * | a code that does not belong on the operation     | profile-forbidden on a profiled operation, else method-matrix (basis: the guide's matrix; in the default mode only for codes the matrix gives to some method) | the header rules (unless every code the fix suggests needs the header too: 302 -> 303/307 all need Location), request-headers |
 * | a code the operation's shape calls for, missing  | profile-required when a declared profile requires it, else error-expected | the other |
 * | a header a code calls for, missing               | profile-headers when a declared profile ties it to the code, else the core header rule | the other |
 * | a code that answers a request header or body the operation does not take (304 without If-None-Match) | http-status-request-headers | the header rules (the fix is the request, or another code) |
 * | a body where none may be                         | http-status-no-body                 | (no other rule judges bodies)                      |
 * | an `additionalOperations` key that repeats a method with a field of its own (`GET`) | http-status-method-matrix, on the key | none: the operation is judged as usual (as the method when the key is in upper case) |
 *
 * A code no rule may ask for is never expected: error-expected does not ask
 * for a code that, declared, would be reported as not belonging.
 */
import { HTTP_METHOD_LIMITS } from '../data/matrix';
import { isRegisteredSafe } from '../data/methods';
import { BODY_CODES, CODE_REQUEST_HEADERS } from '../data/request-answers';
import type { Judge } from './context';
import { Operation, ResponseEntry, echoesCode, takesHeader } from './model';
import { profiled } from './profiles';

const MATRIX_RULE = 'http-status-method-matrix';
export const PROFILE_FORBIDDEN_RULE = 'http-status-profile-forbidden';
export const ERROR_EXPECTED_RULE = 'http-status-error-expected';
export const PROFILE_REQUIRED_RULE = 'http-status-profile-required';
const PROFILE_HEADERS_RULE = 'http-status-profile-headers';

/** Every rule this module names, for the test that keeps it in step with the registry. */
export const OWNING_RULES: readonly string[] = [
  MATRIX_RULE,
  PROFILE_FORBIDDEN_RULE,
  ERROR_EXPECTED_RULE,
  PROFILE_REQUIRED_RULE,
  PROFILE_HEADERS_RULE,
];

/** Why a declared code does not belong on its operation, and which rule says so. */
export type Verdict =
  /** HTTP gives the code only to other methods (HTTP_METHOD_LIMITS): an error in either mode. */
  | { readonly rule: typeof MATRIX_RULE; readonly basis: 'http' }
  /** The method/status matrix of the mode (a policy) does not give it to the method. */
  | { readonly rule: typeof MATRIX_RULE; readonly basis: 'matrix' }
  /** The declared Level 3 profiles do not give it to the method. */
  | { readonly rule: typeof PROFILE_FORBIDDEN_RULE; readonly basis: 'profile' };

const HTTP: Verdict = { rule: MATRIX_RULE, basis: 'http' };
const POLICY: Verdict = { rule: MATRIX_RULE, basis: 'matrix' };
const PROFILE: Verdict = { rule: PROFILE_FORBIDDEN_RULE, basis: 'profile' };

/**
 * Why a declared `code` does not belong on the operation, or undefined when
 * it belongs. HTTP's own limits come first; then, on an operation whose
 * declared profiles offer its method, the profiles decide (a code they give
 * is allowed whatever the matrix says); elsewhere the matrix does.
 */
export function verdict(judge: Judge, operation: Operation, code: number): Verdict | undefined {
  // A demo endpoint that sends back the code it is asked for (`/status/415`)
  // declares it on purpose: the default mode judges no code there.
  if (judge.mode === 'default' && echoesCode(operation, code)) return undefined;
  // A method the matrix has no column for (an `additionalOperations` entry
  // such as `PURGE` or `LINK`): no code is judged by its method, but for
  // what the IANA registry says of a registered one: a safe method
  // (`PROPFIND`, `SEARCH`) creates nothing (201).
  const method = operation.method;
  if (method === undefined) return code === 201 && isRegisteredSafe(operation.methodName) ? HTTP : undefined;
  const limit = HTTP_METHOD_LIMITS[code];
  if (
    limit !== undefined &&
    !limit.methods.includes(method) &&
    (limit.unlessTakes === undefined || takesHeader(operation, limit.unlessTakes) === undefined)
  )
    return HTTP;
  const profile = profiled(judge.model, judge.profiles, operation);
  if (profile !== undefined) return profile.expectations.allowed.has(code) ? undefined : PROFILE;
  // A code the guide's matrix gives to no method (402, 207, 424) is one it
  // has no opinion on: a policy finding for the strict mode only. A matrix
  // the user wrote in full (`matrix`) speaks for every code.
  if (judge.mode === 'default' && !judge.matrix.replaced && !judge.matrix.knows(code)) return undefined;
  return judge.matrix.forbids(method, code) ? POLICY : undefined;
}

/** Whether a declared `code` belongs on the operation (no rule reports it as not belonging). */
export function belongs(judge: Judge, operation: Operation, code: number): boolean {
  return verdict(judge, operation, code) === undefined;
}

/**
 * Whether `code` answers a request header or a request body the operation
 * does not take (a 304 without If-None-Match, a 413 without a body):
 * http-status-request-headers reports that.
 */
export function answersAbsentRequest(judge: Judge, operation: Operation, code: number): boolean {
  if (judge.mode === 'default' && echoesCode(operation, code)) return false;
  const wanted = CODE_REQUEST_HEADERS[code];
  if (wanted !== undefined) return takesHeader(operation, wanted.headers) === undefined;
  return BODY_CODES[code] !== undefined && !operation.hasBody;
}

/**
 * The rule that reports that the operation lacks `code`: profile-required
 * when a declared profile requires the code, error-expected otherwise.
 */
export function missingCodeOwner(
  judge: Judge,
  operation: Operation,
  code: number,
): typeof ERROR_EXPECTED_RULE | typeof PROFILE_REQUIRED_RULE {
  const profile = profiled(judge.model, judge.profiles, operation);
  if (profile !== undefined) {
    for (const group of profile.expectations.required) if (group.codes.includes(code)) return PROFILE_REQUIRED_RULE;
  }
  return ERROR_EXPECTED_RULE;
}

/**
 * Whether a response's missing `header` (lower case) is a core header
 * rule's to report. Not when the code does not belong on the operation
 * (the fix is another code), unless the matrix is the only objection and
 * every code its fix suggests needs the header too (a 302 without
 * Location: 303 and 307 need it as well); not when a declared profile ties
 * the header to the code (then profile-headers reports it); not when the
 * code answers a request header the operation does not take (then
 * request-headers reports that the code is misplaced).
 */
export function coreHeaderOwns(
  judge: Judge,
  entry: ResponseEntry,
  code: number,
  header: string,
  headerCodes: readonly number[],
): boolean {
  const operation = entry.operation;
  if (answersAbsentRequest(judge, operation, code)) return false;
  const why = verdict(judge, operation, code);
  if (why !== undefined) {
    if (why.basis !== 'matrix') return false;
    const alternatives = operation.method === undefined ? [] : judge.matrix.alternativesFor(operation.method, code);
    if (alternatives.length === 0 || !alternatives.every((alternative) => headerCodes.includes(alternative)))
      return false;
  }
  const profile = profiled(judge.model, judge.profiles, operation);
  if (profile === undefined) return true;
  for (const { rule } of profile.expectations.headers) {
    if (rule.codes.includes(code) && rule.headers.some((h) => h.toLowerCase() === header)) return false;
  }
  return true;
}
