/** `http-status-profile-unknown`: every declared profile is a known one, in a combination that can hold. */
import { analyseProfiles } from '../lib/profiles';
import { defineRule } from '../lib/rule';

export default defineRule({
  id: 'http-status-profile-unknown',
  description:
    'Profiles declared in x-profiles (or a Profile header) are Level 3 profiles, in a combination that can hold.',
  severity: 'error',
  basis: 'profile',
  visit: {
    each: 'document',
    check(model, run) {
      for (const problem of analyseProfiles(model, run.profiles).problems) run.report(problem.message, problem.path);
    },
  },
});
