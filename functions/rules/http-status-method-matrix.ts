/** `http-status-method-matrix`: each code must be one the method/status matrix allows for the operation's method. */
import { upperMethod } from '../data/methods';
import { describeCode } from '../data/status-codes';
import { MATRIX_RULE, forbiddenCodeOwner } from '../lib/ownership';
import { codesOr } from '../lib/phrasing';
import { defineRule } from '../lib/rule';

export default defineRule({
  id: 'http-status-method-matrix',
  description: "Each status code is one the method/status matrix allows for the operation's method.",
  severity: 'warn',
  basis: 'matrix',
  visit: {
    each: 'response',
    check(entry, run) {
      const operation = entry.operation;
      const { method } = operation;
      const { matrix } = run;
      if (!matrix.covers(method)) return;
      const upper = upperMethod(method);
      if (entry.status.kind === 'range') {
        if (matrix.allowsClass(method, entry.status.cls)) return;
        run.report(
          `${operation.label} declares the range ${entry.key}, but the method/status matrix allows no ${entry.status.cls}xx code for ${upper}; remove it, or allow a code of that class for ${upper} with the rule's \`allow\` option.`,
          entry.path,
        );
        return;
      }
      const code = entry.code;
      // On a resource whose declared Level 3 profiles offer the method, the
      // profiles decide (http-status-profile-forbidden): see lib/ownership.ts.
      if (code === undefined || forbiddenCodeOwner(run, operation, code) !== MATRIX_RULE) return;
      const alternatives = matrix.alternativesFor(method, code);
      const fix = alternatives.length > 0 ? `use ${codesOr(alternatives.slice(0, 2))}` : `remove it, or allow it for ${upper} with the rule's \`allow\` option`;
      const why = matrix.knows(code) ? `which ${upper} does not return (method/status matrix)` : 'which the method/status matrix does not recommend for any method';
      run.report(`${operation.label} declares ${describeCode(code)}, ${why}; ${fix}.`, entry.path);
    },
  },
});
