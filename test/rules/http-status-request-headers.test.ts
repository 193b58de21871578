import { strict, testRule } from '../helpers/lint';
import { VERSIONS, document, oneOperation, parameter, response, responses, withBody } from '../helpers/docs';

const RULE = 'http-status-request-headers';

describe(RULE, () => {
  test.each(VERSIONS)('%s: codes that come with their request header or body pass', async (v) => {
    const doc = document(v, {
      '/files': {
        get: {
          parameters: [
            parameter(v, { name: 'if-none-match', in: 'header' }),
            parameter(v, { name: 'RANGE', in: 'header' }),
          ],
          responses: responses(v, [200, 206, 304, 416]),
        },
        put: withBody(v, {
          parameters: [
            parameter(v, { name: 'If-Match', in: 'header' }),
            parameter(v, { name: 'Expect', in: 'header' }),
          ],
          responses: responses(v, [100, 204, 411, 412, 413, 415, 417, 428]),
        }),
      },
    });
    expect(await testRule(RULE, doc)).toEqual([]);
    expect(await testRule(RULE, doc, { ruleset: strict })).toEqual([]);
  });

  test.each(VERSIONS)(
    '%s: each code without its header is reported on its key, with the RFC that ties them',
    async (v) => {
      // Another operation takes the headers, so no code here follows a document-wide convention.
      const doc = document(v, {
        '/files': {
          get: { responses: responses(v, [200, 206, 304, 416]) },
          put: withBody(v, { responses: responses(v, [100, 204, 412, 417, 428]) }),
        },
        '/other': {
          get: {
            parameters: ['If-None-Match', 'Range', 'If-Match', 'Expect'].map((name) =>
              parameter(v, { name, in: 'header' }),
            ),
            responses: responses(v, [200]),
          },
        },
      });
      const found = await testRule(RULE, doc);
      expect(found.map((f) => [f.code, f.path, f.severity, f.message])).toEqual([
        [
          RULE,
          'paths./files.get.responses.206',
          'warn',
          'GET /files declares 206 Partial Content, which answers the Range header (RFC 9110 §14.2), but takes no such header; add it as a header parameter, or remove 206.',
        ],
        [
          RULE,
          'paths./files.get.responses.304',
          'warn',
          'GET /files declares 304 Not Modified, which answers the If-None-Match or If-Modified-Since header (RFC 9110 §13.1.2, §13.1.3), but takes no such header; add one of them as a header parameter, or remove 304.',
        ],
        [
          RULE,
          'paths./files.get.responses.416',
          'warn',
          'GET /files declares 416 Range Not Satisfiable, which answers the Range or Content-Range header (RFC 9110 §14.2, §14.5), but takes no such header; add one of them as a header parameter, or remove 416.',
        ],
        [
          RULE,
          'paths./files.put.responses.100',
          'warn',
          'PUT /files declares 100 Continue, which answers the Expect header (RFC 9110 §10.1.1), but takes no such header; add it as a header parameter, or remove 100.',
        ],
        [
          RULE,
          'paths./files.put.responses.412',
          'warn',
          'PUT /files declares 412 Precondition Failed, which answers the precondition header (If-Match, If-None-Match, If-Modified-Since, If-Unmodified-Since or If-Range; RFC 9110 §13.1), but takes no such header; add one of them as a header parameter, or remove 412.',
        ],
        [
          RULE,
          'paths./files.put.responses.417',
          'warn',
          'PUT /files declares 417 Expectation Failed, which answers the Expect header (RFC 9110 §10.1.1), but takes no such header; add it as a header parameter, or remove 417.',
        ],
        [
          RULE,
          'paths./files.put.responses.428',
          'warn',
          'PUT /files declares 428 Precondition Required, which answers the conditional header (If-Match, If-None-Match, If-Modified-Since, If-Unmodified-Since or If-Range; RFC 6585 §3), but takes no such header; add one of them as a header parameter, or remove 428.',
        ],
      ]);
    },
  );

  test.each(VERSIONS)(
    '%s: where no operation of the document takes the header, the default mode reports the convention once',
    async (v) => {
      const doc = document(v, {
        '/a': { get: { responses: responses(v, [200, 304]) } },
        '/b': { get: { responses: responses(v, [200, 304]) } },
        '/c': { get: { responses: responses(v, [200, 304]) } },
      });
      const found = await testRule(RULE, doc);
      expect(found.map((f) => [f.path, f.message])).toEqual([
        [
          'paths./a.get.responses.304',
          'GET /a and 2 other operations declare 304 Not Modified, which answers the If-None-Match or If-Modified-Since header (RFC 9110 §13.1.2, §13.1.3), but no operation of the document takes such a header; describe them as a header parameter where 304 can answer (a shared parameter), or remove 304.',
        ],
      ]);
      expect((await testRule(RULE, doc, { ruleset: strict })).map((f) => f.path)).toEqual([
        'paths./a.get.responses.304',
        'paths./b.get.responses.304',
        'paths./c.get.responses.304',
      ]);
    },
  );

  test.each(VERSIONS)('%s: 411, 413 and 415 need a request body', async (v) => {
    const doc = oneOperation(v, '/a', 'post', { responses: responses(v, [201, 411, 413, 415]) });
    const found = await testRule(RULE, doc);
    expect(found.map((f) => [f.path, f.message])).toEqual([
      [
        'paths./a.post.responses.411',
        'POST /a declares 411 Length Required, which answers a request body (RFC 9110 §15.5.12), but POST here takes none; remove 411, or describe the request body.',
      ],
      [
        'paths./a.post.responses.413',
        'POST /a declares 413 Content Too Large, which answers a request body (RFC 9110 §15.5.14), but POST here takes none; remove 413, or describe the request body.',
      ],
      [
        'paths./a.post.responses.415',
        'POST /a declares 415 Unsupported Media Type, which answers a request body (RFC 9110 §15.5.16), but POST here takes none; remove 415, or describe the request body.',
      ],
    ]);
  });

  test.each(VERSIONS)(
    "%s: in the default mode a body code on GET is this rule's finding (the request has no body), in the strict mode the matrix's",
    async (v) => {
      const doc = oneOperation(v, '/a', 'get', { responses: responses(v, [200, 413]) });
      expect((await testRule(RULE, doc)).map((f) => f.path)).toEqual(['paths./a.get.responses.413']);
      expect(await testRule(RULE, doc, { ruleset: strict })).toEqual([]);
    },
  );

  test.each(VERSIONS)('%s: a code HTTP rules out for the method is left to http-status-method-matrix', async (v) => {
    const doc = oneOperation(v, '/a', 'post', { responses: responses(v, [201, 304]) });
    expect(await testRule(RULE, doc)).toEqual([]);
  });

  test.each(VERSIONS)(
    '%s: a 206 that reads as an empty result is told what 206 answers and offered 204 or 200, in both modes',
    async (v) => {
      const doc = document(v, {
        '/items': { get: { responses: responses(v, [200, 206], { '206': { description: 'No data found' } }) } },
        '/logs': { get: { responses: responses(v, [200, 206], { '206': { description: 'Empty result' } }) } },
        // A 206 that says it is partial keeps the usual finding: the Range header is missing.
        '/files': {
          get: {
            responses: responses(v, [200, 206], {
              '206': { description: 'Partial content, or nothing if the range is empty' },
            }),
          },
        },
        '/other': {
          get: { parameters: [parameter(v, { name: 'Range', in: 'header' })], responses: responses(v, [200]) },
        },
      });
      const expected = [
        [
          'paths./items.get.responses.206',
          'warn',
          "GET /items declares 206 Partial Content for 'No data found', which reads as an empty result, but 206 answers a Range request (RFC 9110 §15.3.7); answer with 204 No Content or 200 OK and an empty list.",
        ],
        [
          'paths./logs.get.responses.206',
          'warn',
          "GET /logs declares 206 Partial Content for 'Empty result', which reads as an empty result, but 206 answers a Range request (RFC 9110 §15.3.7); answer with 204 No Content or 200 OK and an empty list.",
        ],
        [
          'paths./files.get.responses.206',
          'warn',
          'GET /files declares 206 Partial Content, which answers the Range header (RFC 9110 §14.2), but takes no such header; add it as a header parameter, or remove 206.',
        ],
      ];
      expect((await testRule(RULE, doc)).map((f) => [f.path, f.severity, f.message])).toEqual(expected);
      expect((await testRule(RULE, doc, { ruleset: strict })).map((f) => [f.path, f.severity, f.message])).toEqual(
        expected,
      );
    },
  );

  test.each(VERSIONS)(
    '%s: a 412 for a business rule, with no precondition header, is told what 412 means and offered 409 or 422, in both modes',
    async (v) => {
      const doc = document(v, {
        '/payments': {
          post: withBody(v, {
            responses: responses(v, [201, 412], { '412': { description: 'Insufficient balance on the account' } }),
          }),
        },
        '/plans/upgrade': {
          post: {
            responses: responses(v, [200, 412], { '412': { description: 'Not available on your current plan' } }),
          },
        },
        // A 412 that speaks of versions or ETags is a precondition all the same: the header is what is missing.
        '/docs': {
          put: withBody(v, {
            responses: responses(v, [204, 412], {
              '412': { description: 'The ETag does not match: the state has changed' },
            }),
          }),
        },
        '/other': {
          put: withBody(v, {
            parameters: [parameter(v, { name: 'If-Match', in: 'header' })],
            responses: responses(v, [204, 412], { '412': { description: 'The account is locked' } }),
          }),
        },
      });
      const expected = [
        [
          'paths./payments.post.responses.412',
          "POST /payments declares 412 Precondition Failed for 'Insufficient balance on the account', which reads as a business rule, but 412 means a false If-Match or If-Unmodified-Since (RFC 9110 §13.1); answer with 409 Conflict or 422 Unprocessable Content.",
        ],
        [
          'paths./plans/upgrade.post.responses.412',
          "POST /plans/upgrade declares 412 Precondition Failed for 'Not available on your current plan', which reads as a business rule, but 412 means a false If-Match or If-Unmodified-Since (RFC 9110 §13.1); answer with 409 Conflict or 422 Unprocessable Content.",
        ],
        [
          'paths./docs.put.responses.412',
          'PUT /docs declares 412 Precondition Failed, which answers the precondition header (If-Match, If-None-Match, If-Modified-Since, If-Unmodified-Since or If-Range; RFC 9110 §13.1), but takes no such header; add one of them as a header parameter, or remove 412.',
        ],
      ];
      // An operation that takes If-Match answers 412 for it, whatever its description says: nothing to report.
      expect((await testRule(RULE, doc)).map((f) => [f.path, f.message])).toEqual(expected);
      expect((await testRule(RULE, doc, { ruleset: strict })).map((f) => [f.path, f.message])).toEqual(expected);
    },
  );

  test('a shared 412 that reads as a business rule is reported once, at its definition, in the default mode', async () => {
    const doc = document(
      '3.0',
      {
        '/a': { post: { responses: { '200': response('3.0'), '412': { $ref: '#/components/responses/Refused' } } } },
        '/b': { post: { responses: { '200': response('3.0'), '412': { $ref: '#/components/responses/Refused' } } } },
        '/c': {
          put: {
            parameters: [parameter('3.0', { name: 'If-Match', in: 'header' })],
            responses: responses('3.0', [204, 412]),
          },
        },
      },
      { components: { responses: { Refused: { description: 'The order is already closed' } } } },
    );
    expect((await testRule(RULE, doc)).map((f) => [f.path, f.message])).toEqual([
      [
        'components.responses.Refused',
        "The shared response 'Refused', which POST /a and 1 other operation declare as 412 Precondition Failed, says 'The order is already closed', which reads as a business rule, but 412 means a false If-Match or If-Unmodified-Since (RFC 9110 §13.1); answer with 409 Conflict or 422 Unprocessable Content.",
      ],
    ]);
    expect((await testRule(RULE, doc, { ruleset: strict })).map((f) => f.path)).toEqual([
      'paths./a.post.responses.412',
      'paths./b.post.responses.412',
    ]);
  });

  test.each(VERSIONS)(
    '%s: where no operation of the document takes the header, the default mode reports the misreadings once, apart from the convention',
    async (v) => {
      const doc = document(v, {
        '/a': {
          post: {
            responses: responses(v, [200, 412], { '412': { description: 'Your plan does not include exports' } }),
          },
        },
        '/b': { post: { responses: responses(v, [200, 412], { '412': { description: 'The account is suspended' } }) } },
        '/c': { post: { responses: responses(v, [200, 412]) } },
        // An authentication failure is no business rule: the usual finding.
        '/d': {
          post: {
            responses: responses(v, [200, 412], {
              '412': { description: 'Access denied: your API key is invalid or expired' },
            }),
          },
        },
      });
      expect((await testRule(RULE, doc)).map((f) => [f.path, f.message])).toEqual([
        [
          'paths./a.post.responses.412',
          "POST /a and 1 other operation declare 412 Precondition Failed, the first for 'Your plan does not include exports', which reads as a business rule, but 412 means a false If-Match or If-Unmodified-Since (RFC 9110 §13.1); answer with 409 Conflict or 422 Unprocessable Content.",
        ],
        [
          'paths./c.post.responses.412',
          'POST /c and 1 other operation declare 412 Precondition Failed, which answers the precondition header (If-Match, If-None-Match, If-Modified-Since, If-Unmodified-Since or If-Range; RFC 9110 §13.1), but no operation of the document takes such a header; describe them as a header parameter where 412 can answer (a shared parameter), or remove 412.',
        ],
      ]);
      expect((await testRule(RULE, doc, { ruleset: strict })).map((f) => f.path)).toEqual([
        'paths./a.post.responses.412',
        'paths./b.post.responses.412',
        'paths./c.post.responses.412',
        'paths./d.post.responses.412',
      ]);
    },
  );

  test("a $ref'd header parameter counts", async () => {
    const doc = document(
      '3.0',
      {
        '/a': {
          get: { parameters: [{ $ref: '#/components/parameters/INM' }], responses: responses('3.0', [200, 304]) },
        },
      },
      { components: { parameters: { INM: parameter('3.0', { name: 'If-None-Match', in: 'header' }) } } },
    );
    expect(await testRule(RULE, doc)).toEqual([]);
  });
});
