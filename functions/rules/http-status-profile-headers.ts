/** `http-status-profile-headers`: the response headers the declared profiles tie to a code are declared. */
import { describeCode } from '../data/status-codes';
import { article, listOr } from '../lib/phrasing';
import { defineRule } from '../lib/rule';

export default defineRule({
  id: 'http-status-profile-headers',
  description:
    'The response headers the declared profiles tie to a code are declared (Location, ETag/Last-Modified, Accept-Patch, Content-Range).',
  severity: 'warn',
  basis: 'profile',
  visit: {
    each: 'profiled-response',
    check(entry, { operation, expectations }, run) {
      const code = entry.code;
      if (code === undefined || entry.response === undefined) return;
      const present = entry.headerNames;
      for (const { rule, by } of expectations.headers) {
        if (!rule.codes.includes(code)) continue;
        if (rule.headers.some((h) => present.has(h.toLowerCase()))) continue;
        const who = run.profiles[by]?.kind === 'mixin' ? `the \`${by}\` mixin` : `${article(by)} \`${by}\` resource`;
        const when = rule.when === 'offers-patch' ? ' that offers PATCH' : '';
        const headers = rule.headers;
        const sends = `${who}${when} sends ${article(headers[0] ?? '')} ${listOr(headers)} header with ${describeCode(code)} on ${operation.shownMethod}`;
        run.reportResponse(entry, {
          subject: headers.join(' or '),
          perOperation: `${operation.label}: ${sends}; add one to the response's \`headers\`.`,
          shared: (name, users) =>
            `The shared response '${name}', which ${users} as ${describeCode(code)}, has no ${listOr(headers)} header, but ${sends} (${operation.label}); add one to its \`headers\`.`,
        });
      }
    },
  },
});
