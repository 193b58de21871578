/** `http-status-profile-forbidden`: no code that none of the declared profiles and mixins gives for the method. */
import { describeCode } from './data/status-codes';
import { defineDocumentFunction, Finding, optionsSchema } from './lib/define';
import { DocumentModel } from './lib/model';
import { listCodes, profileOptionProperties, profiledOperations, upper } from './lib/profile-rules';
import { ProfileOptions, article, describeSet, mixinsAllowing } from './lib/profiles';

export function* checkProfileForbidden(model: DocumentModel, options: ProfileOptions): Generator<Finding> {
  for (const { operation, set, expectations, analysis } of profiledOperations(model, options)) {
    const method = upper(operation.method);
    const main = expectations.required.find((r) => r.by === set.core && r.because === undefined)?.codes ?? [];
    const name = set.core === 'alias' && set.target !== undefined ? 'alias' : set.core;
    for (const entry of operation.responses) {
      const code = entry.code;
      if (code === undefined) continue;
      if (expectations.allowed.has(code)) continue;
      const mixins = mixinsAllowing(code, operation.method, analysis.table).filter((m) => !set.mixins.includes(m));
      const fixes: string[] = [];
      if (main.length > 0) fixes.push(`use ${listCodes(main)}`);
      if (mixins.length > 0) fixes.push(`declare the \`${mixins[0]}\` mixin in x-profiles if the resource offers it`);
      fixes.push(`remove ${code}`);
      const answers = main.length > 0 ? `answers ${method} with ${listCodes(main)}, not ${describeCode(code)}` : `does not answer ${method} with ${describeCode(code)}`;
      yield {
        message: `${operation.label} is ${article(name)} ${describeSet(set)} resource: it ${answers}; ${fixes.join(', or ')}.`,
        path: entry.path,
      };
    }
  }
}

export const httpStatusProfileForbidden = defineDocumentFunction<ProfileOptions>(
  'httpStatusProfileForbidden',
  optionsSchema(profileOptionProperties),
  checkProfileForbidden,
);
export default httpStatusProfileForbidden;
