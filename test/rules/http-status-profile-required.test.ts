import { testRule } from '../helpers/lint';
import { VERSIONS } from '../helpers/docs';
import { profileDocument } from '../helpers/profiles';

const RULE = 'http-status-profile-required';

describe(RULE, () => {
  test.each(VERSIONS)('%s: the main-flow code declared passes', async (v) => {
    const doc = profileDocument(v, {
      '/orders/{id}/cancel': { 'x-profiles': ['action'], get: ['200'], post: ['303:Location'] },
    });
    expect(await testRule(RULE, doc)).toEqual([]);
  });

  test.each(VERSIONS)('%s: a missing main-flow code is reported on the responses, with the code to add', async (v) => {
    const doc = profileDocument(v, {
      '/orders/{id}/cancel': { 'x-profiles': ['action'], get: ['200'], post: ['204'] },
    });
    expect((await testRule(RULE, doc)).map((f) => [f.code, f.path, f.severity, f.message])).toEqual([
      [
        RULE,
        'paths./orders/{id}/cancel.post.responses',
        'warn',
        'POST /orders/{id}/cancel: an `action` resource answers POST with 303 See Other; add a 303 response.',
      ],
    ]);
  });

  test.each(VERSIONS)('%s: a mixin names itself, and a condition names its header', async (v) => {
    const entity = profileDocument(v, { '/r': { 'x-profiles': ['data', 'entity'], get: ['200:ETag'] } });
    expect((await testRule(RULE, entity)).map((f) => f.message)).toEqual([
      'GET /r: the `entity` mixin answers GET with 304 Not Modified; add a 304 response.',
    ]);
    const ranged = profileDocument(v, {
      '/f': { 'x-profiles': ['content'], get: { codes: ['200', '416:Content-Range'], params: ['Range'] } },
    });
    expect((await testRule(RULE, ranged)).map((f) => f.message)).toEqual([
      'GET /f it takes Range: a `content` resource answers GET with 206 Partial Content; add a 206 response.',
    ]);
  });
});
