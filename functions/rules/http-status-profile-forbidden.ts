/** `http-status-profile-forbidden`: no code that none of the declared profiles and mixins gives for the method. */
import { describeCode } from '../data/status-codes';
import { PROFILE_FORBIDDEN_RULE, verdict } from '../lib/ownership';
import { article, codesOr } from '../lib/phrasing';
import { describeSet, mixinsAllowing } from '../lib/profiles';
import { defineRule } from '../lib/rule';

export default defineRule({
  id: 'http-status-profile-forbidden',
  description:
    'No code that none of the declared profiles and mixins gives for the method (outside 400, 401, 403-406, 429, 5xx).',
  severity: 'warn',
  basis: 'profile',
  declared: 'forbidden',
  visit: {
    each: 'profiled-response',
    check(entry, { operation, set, expectations }, run) {
      const code = entry.code;
      if (
        code === undefined ||
        operation.method === undefined ||
        verdict(run, operation, code)?.rule !== PROFILE_FORBIDDEN_RULE
      )
        return;
      const method = operation.shownMethod;
      const main = expectations.required.find((r) => r.by === set.core && r.because === undefined)?.codes ?? [];
      const mixins = mixinsAllowing(code, operation.method, run.profiles).filter((m) => !set.mixins.includes(m));
      const fixes: string[] = [];
      if (main.length > 0) fixes.push(`use ${codesOr(main)}`);
      if (mixins.length > 0) fixes.push(`declare the \`${mixins[0]}\` mixin in x-profiles if the resource offers it`);
      fixes.push(`remove ${code}`);
      const answers =
        main.length > 0
          ? `answers ${method} with ${codesOr(main)}, not ${describeCode(code)}`
          : `does not answer ${method} with ${describeCode(code)}`;
      run.report(
        `${operation.label} is ${article(set.core)} ${describeSet(set)} resource: it ${answers}; ${fixes.join(', or ')}.`,
        entry.path,
      );
    },
  },
});
