/** `http-status-ignore-reason`: every waiver (`x-http-status-ignore`) names a rule of this ruleset and says why. */
import { closest } from '../lib/closest';
import { defineRule, definedRuleIds } from '../lib/rule';
import { waiverProblems } from '../lib/waivers';

export default defineRule({
  id: 'http-status-ignore-reason',
  description: 'Every waiver (x-http-status-ignore) names a rule of this ruleset and gives a reason.',
  severity: 'warn',
  basis: 'completeness',
  visit: {
    each: 'document',
    check(model, run) {
      if (!model.mentions.waivers) return;
      // Read when a document is checked, once every rule module has loaded.
      const known = definedRuleIds();
      for (const problem of waiverProblems(model, run.written, known, (name) => closest(name, known, 3)))
        run.report(problem.message, problem.path);
    },
  },
});
