/**
 * `http-status-method-matrix`: each code is one the operation's method may
 * answer: by HTTP (304 only answers GET or HEAD: an error in either mode),
 * then by the method/status matrix of the mode (the REST guide's policy).
 * And the method is where OpenAPI puts it: an `additionalOperations` key
 * that repeats a method with a field of its own (`GET`, 3.2's `QUERY`) is
 * reported, once per operation, on the key.
 */
import { DEFAULT_MATRIX, HTTP_METHOD_LIMITS } from '../data/matrix';
import { METHODS, Method, QUERY_DRAFT, REGISTERED_METHODS, repeatedField, upperMethod } from '../data/methods';
import { describeCode } from '../data/status-codes';
import { verdict } from '../lib/ownership';
import type { Operation, ResponseEntry } from '../lib/model';
import { codesOr } from '../lib/phrasing';
import { quote } from '../lib/quote';
import type { Run } from '../lib/context';
import { isObject, own } from '../lib/safe';
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
  description:
    "Each status code is one the operation's method may answer: by HTTP, then by the method/status matrix; a method with a Path Item field of its own is not under additionalOperations.",
  severity: 'warn',
  basis: 'matrix',
  declared: 'forbidden',
  visit: {
    each: 'operation',
    check(operation, run) {
      reportRepeatedField(operation, run);
      const responses = operation.responses;
      for (let i = 0; i < responses.length; i++) checkCode(responses[i] as ResponseEntry, run);
    },
  },
});

/**
 * An `additionalOperations` key that names, in any case, a method with a
 * Path Item field of its own: OpenAPI 3.2 says the map MUST NOT hold it
 * (Path Item Object), and the extension registry's
 * `x-oai-additionalOperations` is for the methods 3.0 and 3.1 have no field
 * for. Reported on the key, naming it as written and the field to use. The
 * operation is still judged (as the method when the key is in upper case).
 */
function reportRepeatedField(operation: Operation, run: Run<unknown>): void {
  const [section, key] = operation.methodPath;
  if (key === undefined || section === undefined) return;
  const method = repeatedField(key, operation.version === '3.2');
  if (method === undefined) return;
  const upper = upperMethod(method);
  const basis =
    section === 'additionalOperations'
      ? `OpenAPI ${operation.version} Path Item Object: \`additionalOperations\` MUST NOT hold a method that another field defines`
      : `the OpenAPI Extension Registry: \`x-oai-additionalOperations\` holds the methods OpenAPI ${operation.version}'s Path Item Object has no field for`;
  const other =
    key === upper
      ? ''
      : ` (${upper} in another case: a method is case-sensitive, RFC 9110 §9.1, so as written it is sent as '${quote(key)}')`;
  const fix = isObject(own(operation.pathItem, method))
    ? `the path item has \`${method}:\` already: keep one ${upper} operation there`
    : `move it to the path item's \`${method}:\` field`;
  run.report(
    `${operation.label} is written under \`${section}\` as '${quote(key)}'${other}, but ${upper} has a field of its own (${basis}); ${fix}.`,
    operation.path,
  );
}

/** Whether the declared code (or range) is one the operation's method may answer. */
function checkCode(entry: ResponseEntry, run: Run<unknown>): void {
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
}
