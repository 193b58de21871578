/** `http-status-profile-headers`: the response headers the declared profiles tie to a code are declared. */
import { describeCode } from './data/status-codes';
import { defineDocumentFunction, Finding, optionsSchema } from './lib/define';
import { DocumentModel } from './lib/model';
import { profileOptionProperties, profiledOperations, upper } from './lib/profile-rules';
import { ProfileOptions, article } from './lib/profiles';

function anyOf(headers: readonly string[]): string {
  const first = headers[0] ?? '';
  const a = /^[AEFHILMNORSX]/.test(first) ? 'an' : 'a';
  return headers.length === 1 ? `${a} ${first} header` : `${a} ${headers.slice(0, -1).join(', ')} or ${headers[headers.length - 1]} header`;
}

export function* checkProfileHeaders(model: DocumentModel, options: ProfileOptions): Generator<Finding> {
  for (const { operation, expectations, analysis } of profiledOperations(model, options)) {
    for (const entry of operation.responses) {
      const code = entry.code;
      if (code === undefined) continue;
      if (entry.response === undefined) continue;
      const present = entry.headerNames;
      for (const { rule, by } of expectations.headers) {
        if (!rule.codes.includes(code)) continue;
        if (rule.headers.some((h) => present.has(h.toLowerCase()))) continue;
        const who = analysis.table[by]?.kind === 'mixin' ? `the \`${by}\` mixin` : `${article(by)} \`${by}\` resource`;
        const when = rule.when === 'offers-patch' ? ' that offers PATCH' : '';
        const add = rule.headers.length === 1 ? `add '${rule.headers[0]}'` : `add ${rule.headers.map((h) => `'${h}'`).join(' or ')}`;
        yield {
          message: `${operation.label}: ${who}${when} sends ${anyOf(rule.headers)} with ${describeCode(code)} on ${upper(operation.method)}; ${add} to the response's headers.`,
          path: entry.path,
        };
      }
    }
  }
}

export const httpStatusProfileHeaders = defineDocumentFunction<ProfileOptions>(
  'httpStatusProfileHeaders',
  optionsSchema(profileOptionProperties),
  checkProfileHeaders,
);
export default httpStatusProfileHeaders;
