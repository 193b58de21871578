import { testRule } from '../helpers/lint';
import { VERSIONS } from '../helpers/docs';
import { profileDocument } from '../helpers/profiles';

const RULE = 'http-status-profile-headers';

describe(RULE, () => {
  test.each(VERSIONS)('%s: the tied header declared passes', async (v) => {
    const doc = profileDocument(v, { '/r': { 'x-profiles': ['action'], get: ['200'], post: ['303:Location'] } });
    expect(await testRule(RULE, doc)).toEqual([]);
  });

  test.each(VERSIONS)('%s: a missing tied header is reported on the code, naming the profile', async (v) => {
    const doc = profileDocument(v, { '/r': { 'x-profiles': ['action'], get: ['200'], post: ['303'] } });
    expect((await testRule(RULE, doc)).map((f) => [f.code, f.path, f.severity, f.message])).toEqual([
      [
        RULE,
        'paths./r.post.responses.303',
        'warn',
        "POST /r: an `action` resource sends a Location header with 303 See Other on POST; add one to the response's `headers`.",
      ],
    ]);
  });

  test.each(VERSIONS)('%s: either of two headers will do, and the message says so', async (v) => {
    const doc = profileDocument(v, {
      '/rooms/{id}': { 'x-profiles': ['data', 'entity'], get: { codes: ['200', '304'], params: ['If-None-Match'] } },
    });
    expect((await testRule(RULE, doc)).map((f) => f.message)).toEqual([
      "GET /rooms/{id}: the `entity` mixin sends an ETag or Last-Modified header with 200 OK on GET; add one to the response's `headers`.",
    ]);
  });
});
