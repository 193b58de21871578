/**
 * One problem, one finding: which rule reports each kind of problem, and
 * which others stay quiet about it. Rules ask here; none works it out
 * for itself.
 *
 * | problem                                          | reported by                         | quiet                                              |
 * |--------------------------------------------------|-------------------------------------|----------------------------------------------------|
 * | a response key that is no status code            | http-status-code-format             | every other rule (`ResponseEntry.code` undefined)  |
 * | a code IANA does not register, or marks unused   | http-status-code-registered         | every other rule (`ResponseEntry.code` undefined)  |
 * | a code that does not belong on the operation     | profile-forbidden on a profiled operation, else method-matrix | the header rules, request-headers |
 * | a code the operation's shape calls for, missing  | profile-required when a declared profile requires it, else error-expected | the other |
 * | a header a code calls for, missing               | profile-headers when a declared profile ties it to the code, else the core header rule | the other |
 * | a body where none may be                         | http-status-no-body                 | (no other rule judges bodies)                      |
 *
 * A code no rule may ask for is never expected: error-expected does not ask
 * for a code that, declared, would be reported as not belonging.
 */
import type { Judge } from './context';
import type { Operation, ResponseEntry } from './model';
import { profiled } from './profiles';

export const MATRIX_RULE = 'http-status-method-matrix';
export const PROFILE_FORBIDDEN_RULE = 'http-status-profile-forbidden';
export const ERROR_EXPECTED_RULE = 'http-status-error-expected';
export const PROFILE_REQUIRED_RULE = 'http-status-profile-required';
export const PROFILE_HEADERS_RULE = 'http-status-profile-headers';

/** Every rule this module names, for the test that keeps it in step with the registry. */
export const OWNING_RULES: readonly string[] = [MATRIX_RULE, PROFILE_FORBIDDEN_RULE, ERROR_EXPECTED_RULE, PROFILE_REQUIRED_RULE, PROFILE_HEADERS_RULE];

/**
 * The rule that reports that a declared `code` does not belong on the
 * operation, or undefined when it belongs. On an operation whose declared
 * profiles offer its method, the profiles decide (a code they give is
 * allowed whatever the matrix says); elsewhere the matrix does.
 */
export function forbiddenCodeOwner(judge: Judge, operation: Operation, code: number): typeof MATRIX_RULE | typeof PROFILE_FORBIDDEN_RULE | undefined {
  const profile = profiled(judge.model, judge.profiles, operation);
  if (profile !== undefined) return profile.expectations.allowed.has(code) ? undefined : PROFILE_FORBIDDEN_RULE;
  return judge.matrix.forbids(operation.method, code) ? MATRIX_RULE : undefined;
}

/** Whether a declared `code` belongs on the operation (no rule reports it as forbidden). */
export function belongs(judge: Judge, operation: Operation, code: number): boolean {
  return forbiddenCodeOwner(judge, operation, code) === undefined;
}

/**
 * The rule that reports that the operation lacks `code`: profile-required
 * when a declared profile requires the code, error-expected otherwise.
 */
export function missingCodeOwner(judge: Judge, operation: Operation, code: number): typeof ERROR_EXPECTED_RULE | typeof PROFILE_REQUIRED_RULE {
  const profile = profiled(judge.model, judge.profiles, operation);
  if (profile !== undefined) {
    for (const group of profile.expectations.required) if (group.codes.includes(code)) return PROFILE_REQUIRED_RULE;
  }
  return ERROR_EXPECTED_RULE;
}

/**
 * Whether a response's missing `header` (lower case) is a core header
 * rule's to report: its code belongs on the operation, and no declared
 * profile ties the header to the code (then profile-headers reports it).
 */
export function coreHeaderOwns(judge: Judge, entry: ResponseEntry, code: number, header: string): boolean {
  const operation = entry.operation;
  if (!belongs(judge, operation, code)) return false;
  const profile = profiled(judge.model, judge.profiles, operation);
  if (profile === undefined) return true;
  for (const { rule } of profile.expectations.headers) {
    if (rule.codes.includes(code) && rule.headers.some((h) => h.toLowerCase() === header)) return false;
  }
  return true;
}
