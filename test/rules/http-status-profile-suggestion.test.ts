import { testRule } from '../helpers/lint';
import { VERSIONS } from '../helpers/docs';
import { profileDocument } from '../helpers/profiles';
import { allRulesEnabled } from '../helpers/rulesets';

const RULE = 'http-status-profile-suggestion';
const everything = allRulesEnabled();

describe(RULE, () => {
  test.each(VERSIONS)('%s: off in the recommended set', async (v) => {
    const doc = profileDocument(v, { '/orders/{id}/cancel': { get: ['200'], post: ['303:Location'] } });
    expect(await testRule(RULE, doc)).toEqual([]);
  });

  test.each(VERSIONS)('%s: turned on, an undeclared path of a clear shape gets the x-profiles line', async (v) => {
    const doc = profileDocument(v, { '/orders/{id}/cancel': { get: ['200'], post: ['303:Location'] } });
    expect(
      (await testRule(RULE, doc, { ruleset: everything })).map((f) => [f.code, f.path, f.severity, f.message]),
    ).toEqual([
      [
        RULE,
        'paths./orders/{id}/cancel',
        'hint',
        '/orders/{id}/cancel looks like a Level 3 `action` (a POST without a body answering 303); declare it on the path item with `x-profiles: [action]` so the profile rules check it.',
      ],
    ]);
  });

  test.each(VERSIONS)('%s: a declared path, or one of no clear shape, gets nothing', async (v) => {
    const doc = profileDocument(v, {
      '/orders/{id}/cancel': { 'x-profiles': ['action'], get: ['200'], post: ['303:Location'] },
      '/orders': { get: ['200'], post: { codes: ['201:Location'], body: true } },
    });
    expect(await testRule(RULE, doc, { ruleset: everything })).toEqual([]);
  });
});
