import { testRule } from '../helpers/lint';
import { VERSIONS } from '../helpers/docs';
import { profileDocument } from '../helpers/profiles';

const RULE = 'http-status-profile-unknown';

describe(RULE, () => {
  test.each(VERSIONS)('%s: known names and URIs pass', async (v) => {
    const doc = profileDocument(v, {
      '/a': { 'x-profiles': ['data', 'https://level3.rest/profiles/mixins/entity'], get: ['200:ETag', '304'] },
    });
    expect(await testRule(RULE, doc)).toEqual([]);
  });

  test.each(VERSIONS)('%s: a misspelt name is reported where it is written, with the closest name', async (v) => {
    const doc = profileDocument(v, { '/notes': { 'x-profiles': ['dta'], get: ['200'] } });
    expect((await testRule(RULE, doc)).map((f) => [f.code, f.path, f.severity, f.message])).toEqual([
      [
        RULE,
        'paths./notes.x-profiles.0',
        'error',
        "/notes lists 'dta' in `x-profiles`, which is not a Level 3 profile; did you mean 'data'?",
      ],
    ]);
  });

  test.each(VERSIONS)('%s: two core profiles on one resource', async (v) => {
    const doc = profileDocument(v, { '/b': { 'x-profiles': ['data', 'form'], get: ['200'] } });
    expect((await testRule(RULE, doc)).map((f) => [f.path, f.severity, f.message])).toEqual([
      [
        'paths./b.x-profiles',
        'error',
        "/b declares two core profiles (data, form); a resource has one, plus mixins (only alias may stand next to its target's profile).",
      ],
    ]);
  });
});
