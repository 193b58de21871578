/** `http-status-profile-unknown`: every declared profile is a known one, in a combination that can hold. */
import { defineDocumentFunction, Finding, optionsSchema } from './lib/define';
import { DocumentModel } from './lib/model';
import { profileOptionProperties } from './lib/profile-rules';
import { ProfileOptions, analyseProfiles, profileTableFor } from './lib/profiles';

export function* checkProfileUnknown(model: DocumentModel, options: ProfileOptions): Generator<Finding> {
  yield* analyseProfiles(model, profileTableFor(options)).problems;
}

export const httpStatusProfileUnknown = defineDocumentFunction<ProfileOptions>(
  'httpStatusProfileUnknown',
  optionsSchema(profileOptionProperties),
  checkProfileUnknown,
);
export default httpStatusProfileUnknown;
