/** `http-status-ignore-reason`: every waiver (`x-http-status-ignore`) names a rule of this ruleset and says why. */
import { defineDocumentFunction, Finding, optionsSchema } from './lib/define';
import { DocumentModel } from './lib/model';
import { waiverProblems } from './lib/waivers';

/** Checks the document as written (`written`), where waivers stand. */
export function* checkIgnoreReason(model: DocumentModel, _options: unknown, written?: unknown): Generator<Finding> {
  if (!model.mentions.waivers) return;
  yield* waiverProblems(written);
}

export const httpStatusIgnoreReason = defineDocumentFunction(
  'httpStatusIgnoreReason',
  optionsSchema({}),
  checkIgnoreReason,
);
export default httpStatusIgnoreReason;
