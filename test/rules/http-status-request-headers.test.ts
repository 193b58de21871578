import { testRule } from '../helpers/lint';
import { VERSIONS, document, oneOperation, parameter, responses, withBody } from '../helpers/docs';
import { buildRuleset } from '../helpers/rulesets';

const RULE = 'http-status-request-headers';

describe(RULE, () => {
  test.each(VERSIONS)('%s: codes that come with their request header or body pass', async (v) => {
    const doc = document(v, {
      '/files': {
        get: {
          parameters: [parameter(v, { name: 'if-none-match', in: 'header' }), parameter(v, { name: 'RANGE', in: 'header' })],
          responses: responses(v, [200, 206, 304, 416]),
        },
        put: withBody(v, {
          parameters: [parameter(v, { name: 'If-Match', in: 'header' }), parameter(v, { name: 'Expect', in: 'header' })],
          responses: responses(v, [100, 204, 411, 412, 413, 415, 417, 428]),
        }),
      },
    });
    expect(await testRule(RULE, doc)).toEqual([]);
  });

  test.each(VERSIONS)('%s: each code without its header is reported on its key', async (v) => {
    const doc = document(v, {
      '/files': {
        get: { responses: responses(v, [200, 206, 304, 416]) },
        put: withBody(v, { responses: responses(v, [100, 204, 412, 417, 428]) }),
      },
    });
    const found = await testRule(RULE, doc);
    expect(found.map((f) => [f.path, f.severity, f.message])).toEqual([
      ['paths./files.get.responses.206', 'warn', 'GET /files declares 206 Partial Content but takes no Range header; add it as a header parameter, or remove 206.'],
      ['paths./files.get.responses.304', 'warn', 'GET /files declares 304 Not Modified but takes no If-None-Match or If-Modified-Since header; add one of them as a header parameter, or remove 304.'],
      ['paths./files.get.responses.416', 'warn', 'GET /files declares 416 Range Not Satisfiable but takes no Range header; add it as a header parameter, or remove 416.'],
      ['paths./files.put.responses.100', 'warn', 'PUT /files declares 100 Continue but takes no Expect header; add it as a header parameter, or remove 100.'],
      ['paths./files.put.responses.412', 'warn', 'PUT /files declares 412 Precondition Failed but takes no precondition header (If-Match, If-None-Match, If-Modified-Since, If-Unmodified-Since or If-Range); add one of them as a header parameter, or remove 412.'],
      ['paths./files.put.responses.417', 'warn', 'PUT /files declares 417 Expectation Failed but takes no Expect header; add it as a header parameter, or remove 417.'],
      ['paths./files.put.responses.428', 'warn', 'PUT /files declares 428 Precondition Required but takes no conditional header (If-Match, If-None-Match, If-Modified-Since, If-Unmodified-Since or If-Range); add one of them as a header parameter, or remove 428.'],
    ]);
  });

  test.each(VERSIONS)('%s: 411, 413 and 415 need a request body', async (v) => {
    const doc = oneOperation(v, '/a', 'post', { responses: responses(v, [201, 411, 413, 415]) });
    const found = await testRule(RULE, doc);
    expect(found.map((f) => [f.path, f.message])).toEqual([
      ['paths./a.post.responses.411', 'POST /a declares 411 Length Required, which answers a request body, but POST here takes none; remove 411, or describe the request body.'],
      ['paths./a.post.responses.413', 'POST /a declares 413 Content Too Large, which answers a request body, but POST here takes none; remove 413, or describe the request body.'],
      ['paths./a.post.responses.415', 'POST /a declares 415 Unsupported Media Type, which answers a request body, but POST here takes none; remove 415, or describe the request body.'],
    ]);
  });

  test.each(VERSIONS)('%s: a code the matrix forbids for the method is left to http-status-method-matrix', async (v) => {
    const doc = oneOperation(v, '/a', 'post', { responses: responses(v, [201, 304]) });
    expect(await testRule(RULE, doc)).toEqual([]);
  });

  test('304 on a method the (user\'s) matrix allows but that is not GET/HEAD is still reported', async () => {
    const ruleset = buildRuleset({ [RULE]: { allow: { post: [304] } } });
    const doc = oneOperation('3.0', '/a', 'post', {
      parameters: [parameter('3.0', { name: 'If-None-Match', in: 'header' })],
      responses: responses('3.0', [201, 304]),
    });
    const found = await testRule(RULE, doc, { ruleset });
    expect(found.map((f) => f.message)).toEqual([
      'POST /a declares 304 Not Modified, which only answers a conditional GET or HEAD; remove it from POST.',
    ]);
  });

  test('a $ref\'d header parameter counts', async () => {
    const doc = document(
      '3.0',
      { '/a': { get: { parameters: [{ $ref: '#/components/parameters/INM' }], responses: responses('3.0', [200, 304]) } } },
      { components: { parameters: { INM: parameter('3.0', { name: 'If-None-Match', in: 'header' }) } } },
    );
    expect(await testRule(RULE, doc)).toEqual([]);
  });
});
