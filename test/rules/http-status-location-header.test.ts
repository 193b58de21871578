import { strict, testRule } from '../helpers/lint';
import { OAS32, VERSIONS, document, oneOperation, parameter, responses, withBody } from '../helpers/docs';
import { describeHeaderRule } from '../helpers/header-rule';

const RULE = 'http-status-location-header';
const REDIRECT: Record<number, string> = { 301: '15.4.2', 302: '15.4.3', 303: '15.4.4', 307: '15.4.8', 308: '15.4.9' };

describeHeaderRule({
  rule: RULE,
  header: 'Location',
  method: 'post',
  codes: [201, 301, 302, 303, 307, 308],
  severity: 'warn',
  because: (code) =>
    code === 201
      ? 'RFC 9110 §9.3.3: a POST that creates a resource SHOULD identify it there'
      : `RFC 9110 §${REDIRECT[code]}: the server SHOULD send it to say where the resource is`,
});

describe(RULE, () => {
  test.each(VERSIONS)('%s: the message names the operation, the code, the fix and the RFC', async (v) => {
    const doc = document(v, {
      '/orders': { post: withBody(v, { responses: responses(v, [201]) }) },
      '/orders/{id}': {
        get: { parameters: [parameter(v, { name: 'id', in: 'path' })], responses: responses(v, [200]) },
      },
    });
    expect((await testRule(RULE, doc)).map((f) => [f.code, f.path, f.severity, f.message])).toEqual([
      [
        RULE,
        'paths./orders.post.responses.201',
        'warn',
        'POST /orders declares 201 Created with no Location header; add one to its `headers` (RFC 9110 §9.3.3: a POST that creates a resource SHOULD identify it there).',
      ],
    ]);
  });

  test.each(VERSIONS)(
    '%s: a 201 on PUT or PATCH is not asked for Location in either mode: the target URI identifies what they create',
    async (v) => {
      const doc = document(v, {
        '/a/{id}': {
          parameters: [parameter(v, { name: 'id', in: 'path' })],
          put: withBody(v, { responses: responses(v, [201]) }),
          patch: withBody(v, { responses: responses(v, [201]) }),
        },
      });
      expect(await testRule(RULE, doc)).toEqual([]);
      expect(await testRule(RULE, doc, { ruleset: strict })).toEqual([]);
    },
  );

  test.each(VERSIONS)(
    '%s: the default mode asks only a POST to a collection whose items have paths; the strict mode every POST',
    async (v) => {
      const doc = document(v, {
        '/user/create': { post: withBody(v, { responses: responses(v, [201]) }) },
        '/chats/{id}': {
          parameters: [parameter(v, { name: 'id', in: 'path' })],
          post: withBody(v, { responses: responses(v, [201]) }),
          delete: { responses: responses(v, [204]) },
        },
      });
      expect(await testRule(RULE, doc)).toEqual([]);
      expect((await testRule(RULE, doc, { ruleset: strict })).map((f) => f.path)).toEqual([
        'paths./user/create.post.responses.201',
        'paths./chats/{id}.post.responses.201',
      ]);
    },
  );

  test.each(VERSIONS)(
    '%s: a 302 without Location is reported whatever the matrix says of 302; a 201 the matrix rejects on GET is not',
    async (v) => {
      const doc = document(v, { '/a': { get: { responses: responses(v, [200, 201, 302]) } } });
      for (const ruleset of [undefined, strict]) {
        expect((await testRule(RULE, doc, { ruleset })).map((f) => f.path)).toEqual(['paths./a.get.responses.302']);
      }
    },
  );

  test.each(VERSIONS)(
    '%s: a demo endpoint that echoes 201 (`/status/201`) is not asked for Location on GET (either mode) nor on POST (default mode); a POST that creates is',
    async (v) => {
      const doc = document(v, {
        '/status/201': {
          get: { responses: responses(v, [201]) },
          post: withBody(v, { responses: responses(v, [201]) }),
        },
        '/items': { post: withBody(v, { responses: responses(v, [201]) }) },
        '/items/{id}': {
          get: { parameters: [parameter(v, { name: 'id', in: 'path' })], responses: responses(v, [200]) },
        },
      });
      expect((await testRule(RULE, doc)).map((f) => [f.path, f.message])).toEqual([
        [
          'paths./items.post.responses.201',
          'POST /items declares 201 Created with no Location header; add one to its `headers` (RFC 9110 §9.3.3: a POST that creates a resource SHOULD identify it there).',
        ],
      ]);
      expect((await testRule(RULE, doc, { ruleset: strict })).map((f) => f.path)).toEqual([
        'paths./status/201.post.responses.201',
        'paths./items.post.responses.201',
      ]);
    },
  );

  test("a $ref'd header counts, and a shared response is reported once at its definition (default) or on each operation (strict)", async () => {
    const item = {
      get: { parameters: [parameter('3.0', { name: 'id', in: 'path' })], responses: responses('3.0', [200]) },
    };
    const doc = document(
      '3.0',
      {
        '/a': { post: { responses: { '201': { $ref: '#/components/responses/Created' } } } },
        '/a/{id}': item,
        '/b': { post: { responses: { '201': { $ref: '#/components/responses/Created' } } } },
        '/b/{id}': item,
        '/c': { post: { responses: { '201': { $ref: '#/components/responses/CreatedWithLocation' } } } },
        '/c/{id}': item,
      },
      {
        components: {
          headers: { Location: { schema: { type: 'string' } } },
          responses: {
            Created: { description: 'Created' },
            CreatedWithLocation: {
              description: 'Created',
              headers: { Location: { $ref: '#/components/headers/Location' } },
            },
          },
        },
      },
    );
    expect((await testRule(RULE, doc)).map((f) => [f.path, f.message])).toEqual([
      [
        'components.responses.Created',
        "The shared response 'Created', which POST /a and 1 other operation declare as 201 Created, has no Location header; add one to its `headers` (RFC 9110 §9.3.3: a POST that creates a resource SHOULD identify it there).",
      ],
    ]);
    expect((await testRule(RULE, doc, { ruleset: strict })).map((f) => f.path)).toEqual([
      'paths./a.post.responses.201',
      'paths./b.post.responses.201',
    ]);
  });

  test('webhooks and callbacks answer with 201 for the consumer: the default mode does not ask them', async () => {
    const doc = {
      ...oneOperation('3.1', '/a', 'get', { responses: responses('3.1', [200]) }),
      webhooks: { created: { post: { responses: responses('3.1', [201]) } } },
    };
    expect(await testRule(RULE, doc)).toEqual([]);
    expect((await testRule(RULE, doc, { ruleset: strict })).map((f) => f.path)).toEqual([
      'webhooks.created.post.responses.201',
    ]);
  });
});

describe('http-status-location-header on OpenAPI 3.2', () => {
  test("QUERY's 303 points to its stored result with Location (asked for, both modes); an additional method's redirect too, its 201 not", async () => {
    const doc = document(OAS32, {
      '/products': { query: withBody(OAS32, { responses: responses(OAS32, [200, 303]) }) },
      '/cache/{key}': {
        parameters: [parameter(OAS32, { name: 'key', in: 'path' })],
        additionalOperations: { PURGE: { responses: responses(OAS32, [201, 307]) } },
      },
    });
    for (const ruleset of [undefined, strict]) {
      expect((await testRule('http-status-location-header', doc, { ruleset })).map((f) => [f.path, f.message])).toEqual(
        [
          [
            'paths./products.query.responses.303',
            'QUERY /products declares 303 See Other with no Location header; add one to its `headers` (RFC 9110 §15.4.4: the server SHOULD send it to say where the resource is).',
          ],
          [
            'paths./cache/{key}.additionalOperations.PURGE.responses.307',
            'PURGE /cache/{key} declares 307 Temporary Redirect with no Location header; add one to its `headers` (RFC 9110 §15.4.8: the server SHOULD send it to say where the resource is).',
          ],
        ],
      );
    }
  });
});
