import { strict, testRule } from '../helpers/lint';
import { OAS32, VERSIONS, document, oneOperation, response, responses } from '../helpers/docs';
import { describeHeaderRule } from '../helpers/header-rule';

const RULE = 'http-status-allow-header';

describeHeaderRule({
  rule: RULE,
  header: 'Allow',
  method: 'get',
  codes: [405],
  severity: 'warn',
  because: () => 'RFC 9110 §15.5.6: a 405 MUST list the methods the resource supports',
});

describe(RULE, () => {
  test.each(VERSIONS)('%s: the message names the operation, the code, the fix and the RFC', async (v) => {
    const found = await testRule(RULE, oneOperation(v, '/orders', 'get', { responses: responses(v, [200, 405]) }));
    expect(found.map((f) => [f.code, f.path, f.severity, f.message])).toEqual([
      [
        RULE,
        'paths./orders.get.responses.405',
        'warn',
        'GET /orders declares 405 Method Not Allowed with no Allow header; add one to its `headers` (RFC 9110 §15.5.6: a 405 MUST list the methods the resource supports).',
      ],
    ]);
  });

  test.each(VERSIONS)(
    '%s: a successful OPTIONS says what the resource supports with Allow, unless it is a CORS preflight or a proxy',
    async (v) => {
      const cors = { '204': response(v, { headers: ['Access-Control-Allow-Methods'] }) };
      const doc = document(v, {
        '/orders': { options: { responses: responses(v, [204]) } },
        '/preflight': { options: { responses: cors } },
        '/nodes/proxy': { options: { responses: responses(v, [200]) } },
      });
      const expected = [
        [
          'paths./orders.options.responses.204',
          'OPTIONS /orders declares 204 No Content with no Allow header; add one to its `headers` (RFC 9110 §9.3.7: a successful OPTIONS SHOULD say what the resource supports, such as its methods in Allow).',
        ],
      ];
      expect((await testRule(RULE, doc)).map((f) => [f.path, f.message])).toEqual(expected);
      expect((await testRule(RULE, doc, { ruleset: strict })).map((f) => [f.path, f.message])).toEqual(expected);
    },
  );

  test.each(VERSIONS)(
    "%s: a 405 that answers invalid input, the caller's rights or the resource's state is told what 405 means and what to use",
    async (v) => {
      const doc = document(v, {
        '/pet': { put: { responses: { '200': response(v), '405': response(v, { description: 'Invalid input' }) } } },
        '/merge': {
          put: {
            responses: {
              '200': response(v),
              '405': response(v, { description: 'Method Not Allowed if merge cannot be performed' }),
            },
          },
        },
        '/admin': {
          put: {
            responses: {
              '200': response(v),
              '405': response(v, { description: 'API user does not have access to use this method' }),
            },
          },
        },
      });
      expect((await testRule(RULE, doc)).map((f) => f.message)).toEqual([
        "PUT /pet declares 405 Method Not Allowed for 'Invalid input', which reads as invalid input, but 405 means that the resource does not support the method (RFC 9110 §15.5.6); answer invalid input with 400 Bad Request or 422 Unprocessable Content, and keep 405 (with an Allow header) for methods the resource does not offer.",
        "PUT /merge declares 405 Method Not Allowed for 'Method Not Allowed if merge cannot be performed', which reads as a refusal for the resource's current state, but 405 means that the resource does not support the method (RFC 9110 §15.5.6); answer a refusal for the resource's current state with 409 Conflict, and keep 405 (with an Allow header) for methods the resource does not offer.",
        "PUT /admin declares 405 Method Not Allowed for 'API user does not have access to use this method', which reads as a refusal for the caller's rights, but 405 means that the resource does not support the method (RFC 9110 §15.5.6); answer a refusal for the caller's rights with 403 Forbidden, and keep 405 (with an Allow header) for methods the resource does not offer.",
      ]);
    },
  );

  test("a 405 on a method the strict matrix does not give it (OPTIONS) is the matrix rule's finding there", async () => {
    const doc = oneOperation('3.0', '/a', 'options', {
      responses: responses('3.0', [204, 405], { '204': { headers: ['Allow'] } }),
    });
    expect(await testRule(RULE, doc, { ruleset: strict })).toEqual([]);
  });
});

describe(`${RULE} on OpenAPI 3.2`, () => {
  test('a 405 whose 3.2 `summary` says it answers invalid input is read as its description is; before 3.2 `summary` is no field and is not read', async () => {
    const doc = document(OAS32, {
      '/pet': {
        query: {
          responses: {
            '200': response(OAS32),
            '405': { summary: 'Invalid input', description: 'See the problem details' },
          },
        },
      },
      '/cache/{key}': {
        parameters: [{ name: 'key', in: 'path', required: true, schema: { type: 'string' } }],
        additionalOperations: {
          PURGE: {
            responses: {
              '204': response(OAS32),
              '405': { summary: 'Not purgeable', headers: { Allow: { schema: { type: 'string' } } } },
            },
          },
        },
      },
    });
    expect((await testRule(RULE, doc)).map((f) => [f.path, f.message])).toEqual([
      [
        'paths./pet.query.responses.405',
        "QUERY /pet declares 405 Method Not Allowed for 'Invalid input See the problem details', which reads as invalid input, but 405 means that the resource does not support the method (RFC 9110 §15.5.6); answer invalid input with 400 Bad Request or 422 Unprocessable Content, and keep 405 (with an Allow header) for methods the resource does not offer.",
      ],
    ]);
    const older = oneOperation('3.1', '/pet', 'put', {
      responses: {
        '200': response('3.1'),
        '405': {
          summary: 'Invalid input',
          description: 'Not here',
          headers: { Allow: { schema: { type: 'string' } } },
        },
      },
    });
    expect(await testRule(RULE, older, { valid: false })).toEqual([]);
  });
});
