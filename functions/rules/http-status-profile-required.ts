/** `http-status-profile-required`: the codes the declared profiles make the main flow of a method are declared. */
import { coveringKeys, declaresCode } from '../lib/model';
import { article, codesOr, quotedAnd } from '../lib/phrasing';
import { defineRule } from '../lib/rule';

export default defineRule({
  id: 'http-status-profile-required',
  description: 'The codes the declared profiles make the main flow of a method are declared.',
  severity: 'warn',
  basis: 'profile',
  visit: {
    each: 'profiled-operation',
    check({ operation, set, expectations }, run) {
      if (operation.responsesState !== 'ok') return;
      const method = operation.shownMethod;
      for (const { codes, by, because } of expectations.required) {
        if (codes.some((code) => declaresCode(operation, code))) continue;
        const who =
          run.profiles[by]?.kind === 'mixin'
            ? `the \`${by}\` mixin answers ${method}`
            : by === 'alias' && set.target !== undefined
              ? 'an `alias` answers every method'
              : `${article(by)} \`${by}\` resource answers ${method}`;
        const add = codes.length > 1 ? 'add one of them' : `add a ${codes[0]} response`;
        const covering = coveringKeys(operation, codes[0] ?? 0);
        const note =
          covering.length > 0
            ? ` (${quotedAnd(covering)} ${covering.length > 1 ? 'do' : 'does'} not count: name the code)`
            : '';
        run.report(
          `${operation.label}${because === undefined ? '' : ` ${because}`}: ${who} with ${codesOr(codes)}; ${add}${note}.`,
          operation.responsesPath,
          codes,
        );
      }
    },
  },
});
