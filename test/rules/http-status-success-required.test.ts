import { strict, testRule } from '../helpers/lint';
import { OAS3, OAS32, VERSIONS, document, oneOperation, parameter, response, responses } from '../helpers/docs';

const RULE = 'http-status-success-required';

describe(RULE, () => {
  test.each(VERSIONS)('%s: an operation with a 2xx or 3xx code passes, and so does 101', async (v) => {
    const doc = document(v, {
      '/a': { get: { responses: responses(v, [200]) }, post: { responses: responses(v, [303]) } },
      '/ws': { get: { responses: responses(v, [101]) } },
    });
    expect(await testRule(RULE, doc)).toEqual([]);
  });

  test.each(OAS3)('%s: a 2XX range counts as success', async (v) => {
    expect(await testRule(RULE, oneOperation(v, '/a', 'get', { responses: responses(v, ['2XX', '4XX']) }))).toEqual([]);
  });

  test.each(VERSIONS)(
    '%s: a success key written wrong counts (code-format reports the spelling), a malformed error key does not',
    async (v) => {
      const doc = document(v, {
        '/a': {
          get: { responses: { '2xx': response(v), '404': response(v) } },
          put: { responses: { ' 204': response(v) } },
        },
        '/b': { get: { responses: { '4xx': response(v) } } },
      });
      expect((await testRule(RULE, doc, { valid: false })).map((f) => f.path)).toEqual(['paths./b.get.responses']);
    },
  );

  test.each(VERSIONS)('%s: errors and default alone are reported on the responses key', async (v) => {
    const doc = document(v, {
      '/a': {
        get: { responses: { ...responses(v, [400, 404]), default: response(v) } },
        delete: { responses: responses(v, [404]) },
      },
    });
    const found = await testRule(RULE, doc);
    expect(found.map((f) => [f.path, f.severity, f.message])).toEqual([
      [
        'paths./a.get.responses',
        'error',
        "GET /a declares no 2xx or 3xx response, and 'default' names no status; add one, such as 200 OK (documentation completeness).",
      ],
      [
        'paths./a.delete.responses',
        'error',
        'DELETE /a declares no success response (2xx or 3xx); add one, such as 204 No Content (documentation completeness).',
      ],
    ]);
  });

  test.each(VERSIONS)('%s: missing, null and array responses are reported, never crash', async (v) => {
    const doc = document(v, {
      '/missing': { get: { description: 'no responses' } },
      '/null': { get: { responses: null } },
      '/array': { post: { responses: [{ description: 'x' }] } },
    });
    const found = await testRule(RULE, doc, { valid: false });
    const basis = v === '3.1' ? 'documentation completeness' : `OpenAPI ${v} requires \`responses\``;
    expect(found.map((f) => [f.path, f.message])).toEqual([
      [
        'paths./missing.get',
        `GET /missing has no \`responses\`; add its success response, for example 200 OK (${basis}).`,
      ],
      [
        'paths./null.get.responses',
        'GET /null has `responses` that is null; make it a map with at least a success response, for example 200 OK (OpenAPI: `responses` maps status codes to responses).',
      ],
      [
        'paths./array.post.responses',
        'POST /array has `responses` that is not a map of status codes; make it a map with at least a success response, for example 200 OK, 202 Accepted or 204 No Content (OpenAPI: `responses` maps status codes to responses).',
      ],
    ]);
  });

  test.each(VERSIONS)(
    '%s: the success code offered fits the shape: 201 for a POST that creates in a collection, 200/202/204 for an action',
    async (v) => {
      const doc = document(v, {
        '/orders': { post: { responses: responses(v, [400]) } },
        '/orders/{id}': {
          parameters: [parameter(v, { name: 'id', in: 'path' })],
          get: { responses: responses(v, [200]) },
        },
        '/orders/{id}/cancel': {
          parameters: [parameter(v, { name: 'id', in: 'path' })],
          post: { responses: responses(v, [409]) },
        },
        '/pets': { post: { operationId: 'addPet', responses: responses(v, [405]) } },
      });
      expect((await testRule(RULE, doc)).map((f) => f.message)).toEqual([
        'POST /orders declares no success response (2xx or 3xx); add one, such as 201 Created (documentation completeness).',
        'POST /orders/{id}/cancel declares no success response (2xx or 3xx); add one, such as 200 OK, 202 Accepted or 204 No Content (documentation completeness).',
        'POST /pets declares no success response (2xx or 3xx); add one, such as 201 Created (documentation completeness).',
      ]);
    },
  );

  test.each(VERSIONS)(
    '%s: a step of a login flow whose 401 says the flow continues is not reported in the default mode; the strict mode says why it still asks',
    async (v) => {
      const doc = document(v, {
        '/auth/code/request': {
          post: {
            responses: responses(v, [400, 401], {
              '401': { description: 'Not authenticated, more steps are required to be completed.' },
            }),
          },
        },
        '/auth/2fa': {
          post: {
            responses: responses(v, [400, 401], {
              '401': { description: 'MFA required: the mfa_authenticate flow is pending.' },
            }),
          },
        },
        // A 401 that is a failure, and an error that is not a 401, are no login step.
        '/auth/refresh': {
          post: { responses: responses(v, [401], { '401': { description: 'Invalid or expired token' } }) },
        },
        '/auth/verify': {
          post: { responses: responses(v, [400], { '400': { description: 'The next step is to try again' } }) },
        },
      });
      expect((await testRule(RULE, doc)).map((f) => [f.path, f.severity, f.message])).toEqual([
        [
          'paths./auth/refresh.post.responses',
          'error',
          'POST /auth/refresh declares no success response (2xx or 3xx); add one, such as 200 OK, 202 Accepted or 204 No Content (documentation completeness).',
        ],
        [
          'paths./auth/verify.post.responses',
          'error',
          'POST /auth/verify declares no success response (2xx or 3xx); add one, such as 200 OK, 202 Accepted or 204 No Content (documentation completeness).',
        ],
      ]);
      const strictly = await testRule(RULE, doc, { ruleset: strict });
      expect(strictly.map((f) => [f.path, f.message]).slice(0, 2)).toEqual([
        [
          'paths./auth/code/request.post.responses',
          "POST /auth/code/request declares no success response (2xx or 3xx); its 401 'Not authenticated, more steps are required to be completed.' reads as the next step of a login flow, yet a success is what clients look for: add one, such as 200 OK, 202 Accepted or 204 No Content (documentation completeness).",
        ],
        [
          'paths./auth/2fa.post.responses',
          "POST /auth/2fa declares no success response (2xx or 3xx); its 401 'MFA required: the mfa_authenticate flow is pending.' reads as the next step of a login flow, yet a success is what clients look for: add one, such as 200 OK, 202 Accepted or 204 No Content (documentation completeness).",
        ],
      ]);
      expect(strictly).toHaveLength(4);
    },
  );

  test('an operation the parser could not read (a YAML tag it cannot resolve) is not reported as having no responses', async () => {
    // The shape of go-swagger's bug 2730: the parser stops at the tag and loses the rest of the operation.
    const text = [
      'swagger: "2.0"',
      'info: {title: t, version: "1"}',
      'paths:',
      '    /orders/{id}:',
      '        delete:',
      '            parameters:',
      '                - description: the id',
      '                  in: path',
      '                  minimum: !!float 1',
      '                  name: id',
      '                  required: true',
      '                  type: integer',
      '            responses:',
      '                "204":',
      '                    description: Deleted',
      '',
    ].join('\n');
    expect(await testRule(RULE, text, { valid: false })).toEqual([]);
  });

  test('a webhook without success is named as the webhook', async () => {
    const doc = { ...document('3.1', {}), webhooks: { ping: { post: { responses: responses('3.1', [500]) } } } };
    const found = await testRule(RULE, doc);
    expect(found.map((f) => [f.path, f.message])).toEqual([
      [
        'webhooks.ping.post.responses',
        "POST webhook 'ping' declares no success response (2xx or 3xx); add one, such as 200 OK, 202 Accepted or 204 No Content (documentation completeness).",
      ],
    ]);
  });
});

describe('http-status-success-required on OpenAPI 3.2', () => {
  test("a 3.2 response's summary is read as its description is", async () => {
    const doc = oneOperation(OAS32, '/login', 'post', {
      responses: { '401': { summary: 'Next step: verify the email', description: 'Not authenticated.' } },
    });
    expect(await testRule(RULE, doc)).toEqual([]);
    expect((await testRule(RULE, doc, { ruleset: strict })).map((f) => f.message)).toEqual([
      expect.stringContaining(
        "its 401 'Next step: verify the email Not authenticated.' reads as the next step of a login flow",
      ),
    ]);
  });

  test('QUERY and additional methods need a success too; the fix offers 200 OK (QUERY as GET; a method without semantics, the plainest)', async () => {
    const doc = document(OAS32, {
      '/products': { query: { requestBody: { content: { 'application/json': {} } } } },
      '/cache/{key}': {
        parameters: [parameter(OAS32, { name: 'key', in: 'path' })],
        additionalOperations: { PURGE: { responses: responses(OAS32, [404]) } },
      },
    });
    expect((await testRule('http-status-success-required', doc)).map((f) => [f.path, f.severity, f.message])).toEqual([
      [
        'paths./products.query',
        'error',
        'QUERY /products has no `responses`; add its success response, for example 200 OK (documentation completeness).',
      ],
      [
        'paths./cache/{key}.additionalOperations.PURGE.responses',
        'error',
        expect.stringMatching(/^PURGE \/cache\/\{key\} .*200 OK/),
      ],
    ]);
  });
});
