import { testRule } from '../helpers/lint';
import { VERSIONS } from '../helpers/docs';
import { profileDocument } from '../helpers/profiles';

const RULE = 'http-status-profile-forbidden';

describe(RULE, () => {
  test.each(VERSIONS)('%s: codes the profile gives, and the universal error codes, pass', async (v) => {
    const doc = profileDocument(v, {
      '/rooms/{id}': {
        'x-profiles': ['data'],
        get: ['200', '404', '503'],
        put: { codes: ['204', '400', '415', '422'], body: true },
      },
    });
    expect(await testRule(RULE, doc)).toEqual([]);
  });

  test.each(VERSIONS)(
    '%s: a code no declared profile gives for the method is reported on its key, with the main-flow code',
    async (v) => {
      const doc = profileDocument(v, {
        '/rooms/{id}': {
          'x-profiles': ['data', 'entity'],
          get: ['200:ETag', '304'],
          put: { codes: ['201:Location', '204', '412'], body: true },
        },
      });
      expect((await testRule(RULE, doc)).map((f) => [f.code, f.path, f.severity, f.message])).toEqual([
        [
          RULE,
          'paths./rooms/{id}.put.responses.201',
          'warn',
          'PUT /rooms/{id} is a `data` + `entity` resource: it answers PUT with 204 No Content, not 201 Created; use 204 No Content, or remove 201.',
        ],
      ]);
    },
  );

  test.each(VERSIONS)('%s: a code a mixin would allow suggests the mixin', async (v) => {
    const doc = profileDocument(v, {
      '/r': { 'x-profiles': ['data'], get: ['200'], put: { codes: ['202', '204'], body: true } },
    });
    expect((await testRule(RULE, doc)).map((f) => f.message)).toEqual([
      'PUT /r is a `data` resource: it answers PUT with 204 No Content, not 202 Accepted; use 204 No Content, or declare the `async` mixin in x-profiles if the resource offers it, or remove 202.',
    ]);
  });
});
