import { testRule } from '../helpers/lint';
import { OAS32, VERSIONS } from '../helpers/docs';
import { profileDocument } from '../helpers/profiles';

const RULE = 'http-status-profile-methods';

describe(RULE, () => {
  test.each(VERSIONS)('%s: methods the profile offers pass', async (v) => {
    const doc = profileDocument(v, {
      '/files/{id}': {
        'x-profiles': ['content'],
        get: ['200'],
        head: ['200'],
        put: { codes: ['204'], body: true },
        delete: ['204'],
      },
    });
    expect(await testRule(RULE, doc)).toEqual([]);
  });

  test.each(VERSIONS)(
    '%s: a method the profile does not offer is reported on the operation, with profiles that offer it',
    async (v) => {
      const doc = profileDocument(v, {
        '/rooms/{id}/photo': { 'x-profiles': ['content'], get: ['200'], patch: { codes: ['204'], body: true } },
      });
      expect((await testRule(RULE, doc)).map((f) => [f.code, f.path, f.severity, f.message])).toEqual([
        [
          RULE,
          'paths./rooms/{id}/photo.patch',
          'warn',
          'PATCH /rooms/{id}/photo: a `content` resource offers GET, HEAD, PUT and DELETE, not PATCH; remove the operation, or declare a profile that offers it (`data`, `alias`).',
        ],
      ]);
    },
  );

  test.each(VERSIONS)('%s: a profiled resource without GET is reported on its path item', async (v) => {
    const doc = profileDocument(v, { '/r': { 'x-profiles': ['data'], put: { codes: ['204'], body: true } } });
    expect((await testRule(RULE, doc)).map((f) => [f.path, f.severity, f.message])).toEqual([
      [
        'paths./r',
        'warn',
        '/r is a `data` resource but has no GET; every Level 3 resource answers GET and HEAD, so add a GET operation.',
      ],
    ]);
  });
});

describe(`${RULE} on OpenAPI 3.2`, () => {
  test('the Level 3 profiles predate QUERY: a QUERY (or an additional method) on a profiled resource is not reported; PATCH still is', async () => {
    const doc = profileDocument(OAS32, {
      '/rooms/{id}/photo': {
        'x-profiles': ['content'],
        get: ['200'],
        query: { codes: ['200'], body: true },
        patch: { codes: ['204'], body: true },
      },
    });
    const item = (doc.paths as Record<string, Record<string, unknown>>)['/rooms/{id}/photo'] as Record<string, unknown>;
    item.additionalOperations = { PURGE: { responses: { '204': { description: 'Purged' } } } };
    item.parameters = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }];
    expect((await testRule(RULE, doc)).map((f) => f.path)).toEqual(['paths./rooms/{id}/photo.patch']);
  });
});
