import { strict, testRule } from '../helpers/lint';
import { VERSIONS, Version, document, parameter, response, responses, withBody } from '../helpers/docs';

const RULE = 'http-status-etag-header';

function resource(v: Version, get: string[], put: string[], okHeaders: string[] = []): Record<string, unknown> {
  return document(v, {
    '/orders/{id}': {
      parameters: [parameter(v, { name: 'id', in: 'path' })],
      get: {
        parameters: get.map((name) => parameter(v, { name, in: 'header' })),
        responses: { '200': response(v, { headers: okHeaders }), '304': response(v) },
      },
      put: withBody(v, {
        parameters: put.map((name) => parameter(v, { name, in: 'header' })),
        responses: responses(v, [204, 412]),
      }),
    },
  });
}

describe(RULE, () => {
  test.each(VERSIONS)(
    "%s: the GET 200 declares the validators the resource's conditional headers compare against",
    async (v) => {
      const doc = resource(v, ['If-None-Match', 'If-Modified-Since'], ['If-Match'], ['ETag', 'Last-Modified']);
      expect(await testRule(RULE, doc)).toEqual([]);
      expect(await testRule(RULE, doc, { ruleset: strict })).toEqual([]);
      expect(await testRule(RULE, resource(v, [], []))).toEqual([]);
    },
  );

  test.each(VERSIONS)(
    '%s: a missing ETag or Last-Modified is reported on the GET 200, naming who compares against it',
    async (v) => {
      const found = await testRule(RULE, resource(v, ['If-Modified-Since'], ['If-Match']));
      expect(found.map((f) => [f.code, f.path, f.severity, f.message])).toEqual([
        [
          RULE,
          'paths./orders/{id}.get.responses.200',
          'warn',
          'GET /orders/{id} declares 200 OK with no ETag header for the If-Match of PUT /orders/{id} to compare against; add one to its `headers` (RFC 9110 §8.8.3: a server SHOULD send one).',
        ],
        [
          RULE,
          'paths./orders/{id}.get.responses.200',
          'warn',
          'GET /orders/{id} declares 200 OK with no Last-Modified header for If-Modified-Since to compare against; add one to its `headers` (RFC 9110 §8.8.2: a server SHOULD send one).',
        ],
      ]);
    },
  );

  test.each(VERSIONS)(
    "%s: an If-Modified-Since that filters records, or a POST's If-Match, compares against nothing the GET returns",
    async (v) => {
      const filter = {
        ...parameter(v, { name: 'If-Modified-Since', in: 'header' }),
        description: 'Only records modified since this timestamp will be returned',
      };
      const doc = document(v, {
        '/invoices': {
          get: { parameters: [filter], responses: responses(v, [200]) },
          post: withBody(v, {
            parameters: [parameter(v, { name: 'If-Match', in: 'header' })],
            responses: responses(v, [201, 412]),
          }),
        },
      });
      expect(await testRule(RULE, doc)).toEqual([]);
    },
  );

  test.each(VERSIONS)('%s: a validator carried in the 200 body (an `etag` field) counts', async (v) => {
    const body =
      v === '2.0'
        ? { description: 'ok', schema: { type: 'object', properties: { etag: { type: 'string' } } } }
        : {
            description: 'ok',
            content: { 'application/json': { schema: { type: 'object', properties: { etag: { type: 'string' } } } } },
          };
    const doc = document(v, {
      '/files/{id}': {
        parameters: [parameter(v, { name: 'id', in: 'path' })],
        get: {
          parameters: [parameter(v, { name: 'If-None-Match', in: 'header' })],
          responses: { '200': body, '304': response(v) },
        },
      },
    });
    expect(await testRule(RULE, doc)).toEqual([]);
  });
});
