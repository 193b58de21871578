import { testRule } from '../helpers/lint';
import { OAS3, VERSIONS, document, oneOperation, parameter, response, responses, withBody } from '../helpers/docs';
import { buildRuleset } from '../helpers/rulesets';

const RULE = 'http-status-error-expected';

describe(RULE, () => {
  test.each(VERSIONS)('%s: an operation that takes nothing expects nothing', async (v) => {
    expect(await testRule(RULE, oneOperation(v, '/a', 'get', { responses: responses(v, [200]) }))).toEqual([]);
  });

  test.each(VERSIONS)('%s: a full set of codes passes', async (v) => {
    const op = withBody(v, {
      parameters: [parameter(v, { name: 'id', in: 'path' }), parameter(v, { name: 'If-Match', in: 'header' })],
      security: [{ key: [] }],
      responses: responses(v, [204, 400, 401, 404, 412, 415]),
    });
    const extra =
      v === '2.0'
        ? { securityDefinitions: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } } }
        : { components: { securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } } } };
    expect(await testRule(RULE, oneOperation(v, '/a/{id}', 'put', op, extra))).toEqual([]);
  });

  test.each(VERSIONS)('%s: each missing code is reported on responses, saying why it is expected', async (v) => {
    const op = withBody(v, {
      parameters: [parameter(v, { name: 'id', in: 'path' }), parameter(v, { name: 'if-unmodified-since', in: 'header' })],
      responses: responses(v, [204]),
    });
    const extra =
      v === '2.0'
        ? { security: [{ key: [] }], securityDefinitions: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } } }
        : { security: [{ key: [] }], components: { securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } } } };
    const found = await testRule(RULE, oneOperation(v, '/a/{id}', 'put', op, extra));
    expect(found.map((f) => [f.path, f.severity, f.message])).toEqual([
      ['paths./a/{id}.put.responses', 'warn', 'PUT /a/{id} takes a request body but does not declare 400 Bad Request (or 422 Unprocessable Content); add a 400 response.'],
      ['paths./a/{id}.put.responses', 'warn', 'PUT /a/{id} requires authentication but does not declare 401 Unauthorized; add a 401 response.'],
      ['paths./a/{id}.put.responses', 'warn', "PUT /a/{id} has the path parameter 'id' but does not declare 404 Not Found; add a 404 response."],
      ['paths./a/{id}.put.responses', 'warn', 'PUT /a/{id} takes the If-Unmodified-Since header but does not declare 412 Precondition Failed; add a 412 response.'],
      ['paths./a/{id}.put.responses', 'warn', 'PUT /a/{id} takes a request body but does not declare 415 Unsupported Media Type; add a 415 response.'],
    ]);
  });

  test.each(VERSIONS)('%s: conditional GET, Range and Expect call for 304, 206/416 and 417', async (v) => {
    const doc = document(v, {
      '/files': {
        get: {
          parameters: [parameter(v, { name: 'If-None-Match', in: 'header' }), parameter(v, { name: 'Range', in: 'header' })],
          responses: responses(v, [200, 400]),
        },
        post: withBody(v, { parameters: [parameter(v, { name: 'Expect', in: 'header' })], responses: responses(v, [201, 400, 415]) }),
      },
    });
    const found = await testRule(RULE, doc);
    expect(found.map((f) => f.message)).toEqual([
      'GET /files takes the Range header but does not declare 206 Partial Content; add a 206 response.',
      'GET /files takes the If-None-Match header but does not declare 304 Not Modified; add a 304 response.',
      'GET /files takes the Range header but does not declare 416 Range Not Satisfiable; add a 416 response.',
      'POST /files takes the Expect header but does not declare 417 Expectation Failed; add a 417 response.',
    ]);
  });

  test.each(VERSIONS)('%s: only codes the matrix allows are expected (If-Match on GET does not call for 412)', async (v) => {
    const doc = oneOperation(v, '/a', 'get', {
      parameters: [parameter(v, { name: 'If-Match', in: 'header' })],
      responses: responses(v, [200, 400]),
    });
    expect(await testRule(RULE, doc)).toEqual([]);
  });

  test.each(OAS3)('%s: a 4XX range or default does not satisfy it, and the message says so', async (v) => {
    const doc = oneOperation(v, '/a/{id}', 'get', {
      parameters: [parameter(v, { name: 'id', in: 'path' })],
      responses: { ...responses(v, [200, 400, '4XX']), default: response(v) },
    });
    const found = await testRule(RULE, doc);
    expect(found.map((f) => f.message)).toEqual([
      "GET /a/{id} has the path parameter 'id' but does not declare 404 Not Found; add a 404 response ('4XX' and 'default' do not count: clients and code generators need the exact code).",
    ]);
  });

  test.each(VERSIONS)('%s: security `[]`, or `{}` among the alternatives, does not call for 401', async (v) => {
    const schemes =
      v === '2.0'
        ? { securityDefinitions: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } } }
        : { components: { securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } } } };
    const doc = document(
      v,
      {
        '/public': { get: { security: [], responses: responses(v, [200]) } },
        '/optional': { get: { security: [{}, { key: [] }], responses: responses(v, [200]) } },
        '/private': { get: { responses: responses(v, [200]) } },
      },
      { ...schemes, security: [{ key: [] }] },
    );
    const found = await testRule(RULE, doc);
    expect(found.map((f) => f.path)).toEqual(['paths./private.get.responses']);
  });

  test.each(VERSIONS)('%s: path-level parameters and $ref parameters count; the operation overrides by name', async (v) => {
    const refBase = v === '2.0' ? '#/parameters/' : '#/components/parameters/';
    const defs = { IfMatch: parameter(v, { name: 'If-Match', in: 'header' }) };
    const doc = document(
      v,
      {
        '/a/{id}': {
          parameters: [parameter(v, { name: 'id', in: 'path' })],
          delete: { parameters: [{ $ref: `${refBase}IfMatch` }], responses: responses(v, [204, 400, 404]) },
        },
      },
      v === '2.0' ? { parameters: defs } : { components: { parameters: defs } },
    );
    const found = await testRule(RULE, doc);
    expect(found.map((f) => f.message)).toEqual([
      'DELETE /a/{id} takes the If-Match header but does not declare 412 Precondition Failed; add a 412 response.',
    ]);
  });

  test.each(VERSIONS)('%s: a declared 422 covers bad input, as FastAPI-style APIs answer it (no 400 asked for)', async (v) => {
    const doc = oneOperation(v, '/search', 'get', {
      parameters: [parameter(v, { name: 'q', in: 'query' })],
      responses: responses(v, [200, 422]),
    });
    expect(await testRule(RULE, doc)).toEqual([]);
  });

  test('callback runtime expressions are not path templates', async () => {
    const doc = oneOperation('3.0', '/subscribe', 'post', {
      responses: responses('3.0', [201]),
      callbacks: { onEvent: { '{$request.body#/url}/events': { post: { responses: responses('3.0', [200]) } } } },
    });
    expect(await testRule(RULE, doc)).toEqual([]);
  });

  test('`ignore` turns off one expectation', async () => {
    const ruleset = buildRuleset({ [RULE]: { ignore: [404] } });
    const doc = oneOperation('3.0', '/a/{id}', 'get', {
      parameters: [parameter('3.0', { name: 'id', in: 'path' })],
      responses: responses('3.0', [200, 400]),
    });
    expect(await testRule(RULE, doc, { ruleset })).toEqual([]);
  });
});
