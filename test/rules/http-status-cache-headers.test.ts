import { strict, testRule } from '../helpers/lint';
import { VERSIONS, Version, document, parameter, response } from '../helpers/docs';

const RULE = 'http-status-cache-headers';

function doc(v: Version, okHeaders: string[], notModified: string[], partial: string[]): Record<string, unknown> {
  return document(v, {
    '/files/{id}': {
      parameters: [parameter(v, { name: 'id', in: 'path' })],
      get: {
        parameters: [
          parameter(v, { name: 'If-None-Match', in: 'header' }),
          parameter(v, { name: 'Range', in: 'header' }),
        ],
        responses: {
          '200': response(v, { headers: okHeaders }),
          '206': response(v, { headers: ['Content-Range', ...partial] }),
          '304': response(v, { headers: notModified }),
        },
      },
    },
  });
}

describe(RULE, () => {
  test.each(VERSIONS)("%s: 304 and 206 repeating the 200's validator and cache headers pass", async (v) => {
    const d = doc(v, ['ETag', 'Cache-Control', 'X-Request-Id'], ['etag', 'cache-control'], ['ETag', 'Cache-Control']);
    expect(await testRule(RULE, d)).toEqual([]);
    expect(await testRule(RULE, d, { ruleset: strict })).toEqual([]);
  });

  test.each(VERSIONS)(
    '%s: each header the 200 declares and the 304 or 206 does not is reported on its key',
    async (v) => {
      const found = await testRule(RULE, doc(v, ['ETag', 'Cache-Control', 'Vary', 'X-Request-Id'], ['ETag'], []));
      expect(found.map((f) => [f.code, f.path, f.severity, f.message])).toEqual([
        [
          RULE,
          'paths./files/{id}.get.responses.206',
          'warn',
          "GET /files/{id} declares 206 Partial Content without 'ETag', 'Cache-Control' and 'Vary', which its 200 OK declares; add them to its `headers` (RFC 9110 §15.3.7: a 206 MUST send the headers a 200 to the same request would).",
        ],
        [
          RULE,
          'paths./files/{id}.get.responses.304',
          'warn',
          "GET /files/{id} declares 304 Not Modified without 'Cache-Control' and 'Vary', which its 200 OK declares; add them to its `headers` (RFC 9110 §15.4.5: a 304 MUST send the headers a 200 to the same request would).",
        ],
      ]);
    },
  );
});
