/**
 * `http-status-method-matrix`: each code is one the operation's method may
 * answer: by HTTP (304 only answers GET or HEAD: an error in either mode),
 * then by the method/status matrix of the mode (the REST guide's policy).
 */
import { DEFAULT_MATRIX, HTTP_METHOD_LIMITS } from '../data/matrix';
import { METHODS, Method, QUERY_DRAFT, REGISTERED_METHODS, upperMethod } from '../data/methods';
import { describeCode } from '../data/status-codes';
import { verdict } from '../lib/ownership';
import { codesOr } from '../lib/phrasing';
import { defineRule } from '../lib/rule';

/** The RFC sections that endorse a code for a method the guide's matrix does not give it (202 on DELETE). */
const ENDORSED = new Map<string, string>(
  DEFAULT_MATRIX.flatMap((row) =>
    (row.rfc?.methods ?? []).map((m) => [`${m} ${row.code}`, row.rfc?.cite ?? ''] as const),
  ),
);

/** The one line that allows a code for a method: a `createRuleset` option, so said with where it goes. */
function allowLine(method: Method, code: number | string): string {
  return `a .spectral.js: \`createRuleset({ matrix: { allow: { ${method}: [${code}] } } })\``;
}

const GUIDE = "the REST guide's matrix (a policy)";
/** The guide predates QUERY: its column is this package's decision (data/matrix.ts, docs/matrix.md). */
const QUERY_COLUMN = `the method/status matrix's QUERY column (this ruleset's reading of ${QUERY_DRAFT}, a policy)`;
const OWN = 'the method/status matrix of your `matrix` option (a policy)';

export default defineRule({
  id: 'http-status-method-matrix',
  description: "Each status code is one the operation's method may answer: by HTTP, then by the method/status matrix.",
  severity: 'warn',
  basis: 'matrix',
  declared: 'forbidden',
  visit: {
    each: 'response',
    check(entry, run) {
      const operation = entry.operation;
      const { method } = operation;
      // A method the matrix has no column for (an `additionalOperations`
      // entry such as `PURGE`): only what the IANA registry says of a
      // registered one (a safe PROPFIND creates nothing) is judged.
      if (method === undefined) {
        const limit = HTTP_METHOD_LIMITS[201];
        if (entry.code !== 201 || limit === undefined || verdict(run, operation, 201)?.basis !== 'http') return;
        const name = operation.shownMethod;
        run.report(
          `${operation.label} declares ${describeCode(201)}, which ${limit.why.replace('the method', name)} (${limit.cite}; the IANA HTTP Method Registry lists ${name} as safe, ${REGISTERED_METHODS[operation.methodName]?.reference ?? ''}); ${limit.fix}.`,
          entry.path,
        );
        return;
      }
      const { matrix } = run;
      const upper = upperMethod(method);
      const POLICY = matrix.replaced ? OWN : method === 'query' ? QUERY_COLUMN : GUIDE;
      if (entry.status.kind === 'range') {
        if (!matrix.covers(method) || matrix.allowsClass(method, entry.status.cls)) return;
        run.report(
          `${operation.label} declares the range ${entry.key}, but ${POLICY} gives no ${entry.status.cls}xx code to ${upper}; remove it, or allow a ${entry.status.cls}xx code for ${upper} in ${allowLine(method, `${entry.status.cls}00`)}.`,
          entry.path,
        );
        return;
      }
      const code = entry.code;
      if (code === undefined) return;
      // On a resource whose declared Level 3 profiles offer the method, the
      // profiles decide (http-status-profile-forbidden): see lib/ownership.ts.
      const why = verdict(run, operation, code);
      if (why === undefined || why.rule !== 'http-status-method-matrix') return;
      const described = describeCode(code);
      const limit = HTTP_METHOD_LIMITS[code];
      if (why.basis === 'http' && limit !== undefined) {
        const cite = method === 'query' ? `${limit.cite}; ${QUERY_DRAFT} §2` : limit.cite;
        run.report(
          `${operation.label} declares ${described}, which ${limit.why.replace('the method', upper)} (${cite}); ${limit.fix}.`,
          entry.path,
        );
        return;
      }
      const alternatives = matrix.alternativesFor(method, code).slice(0, 2);
      const endorsed = ENDORSED.get(`${method} ${code}`);
      const note = endorsed === undefined ? '' : ` (HTTP allows it: ${endorsed})`;
      if (matrix.forbiddenByOption(method, code)) {
        const instead =
          alternatives.length > 0
            ? `use ${codesOr(alternatives)}, or take it out of \`forbid\``
            : 'remove it, or take it out of `forbid`';
        run.report(
          `${operation.label} declares ${described}, which your \`forbid\` option removes from ${upper} (a policy)${note}; ${instead}.`,
          entry.path,
        );
        return;
      }
      const what = METHODS.some((m) => matrix.allows(m, code)) ? `does not give to ${upper}` : 'gives to no method';
      const fix = alternatives.length > 0 ? `use ${codesOr(alternatives)}, or allow it` : 'remove it, or allow it';
      run.report(
        `${operation.label} declares ${described}, which ${POLICY} ${what}${note}; ${fix} in ${allowLine(method, code)}.`,
        entry.path,
      );
    },
  },
});
