/** `http-status-profile-required`: the codes the declared profiles make the main flow of a method are declared. */
import { defineDocumentFunction, Finding, optionsSchema } from './lib/define';
import { DocumentModel } from './lib/model';
import { listCodes, profileOptionProperties, profiledOperations, upper } from './lib/profile-rules';
import { ProfileOptions, article } from './lib/profiles';
import { coveringKeys, declaresCode } from './lib/responses';

export function* checkProfileRequired(model: DocumentModel, options: ProfileOptions): Generator<Finding> {
  for (const { operation, set, expectations, analysis } of profiledOperations(model, options)) {
    if (operation.responsesState !== 'ok') continue;
    const method = upper(operation.method);
    for (const { codes, by, because } of expectations.required) {
      if (codes.some((code) => declaresCode(operation, code))) continue;
      const who =
        analysis.table[by]?.kind === 'mixin'
          ? `the \`${by}\` mixin answers ${method}`
          : by === 'alias' && set.target !== undefined
            ? `an \`alias\` answers every method`
            : `${article(by)} \`${by}\` resource answers ${method}`;
      const add = codes.length > 1 ? 'add one of them' : `add a ${codes[0]} response`;
      const covering = coveringKeys(operation, codes[0] ?? 0);
      const note =
        covering.length > 0 ? ` (${covering.map((k) => `'${k}'`).join(' and ')} ${covering.length > 1 ? 'do' : 'does'} not count: name the code)` : '';
      yield {
        message: `${operation.label}${because === undefined ? '' : ` ${because}`}: ${who} with ${listCodes(codes)}; ${add}${note}.`,
        path: operation.responsesPath,
      };
    }
  }
}

export const httpStatusProfileRequired = defineDocumentFunction<ProfileOptions>(
  'httpStatusProfileRequired',
  optionsSchema(profileOptionProperties),
  checkProfileRequired,
);
export default httpStatusProfileRequired;
