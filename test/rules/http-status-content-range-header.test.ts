import { strict, testRule } from '../helpers/lint';
import { VERSIONS, oneOperation, parameter, response, responses } from '../helpers/docs';
import { describeHeaderRule } from '../helpers/header-rule';

const RULE = 'http-status-content-range-header';

describeHeaderRule({
  rule: RULE,
  header: 'Content-Range',
  method: 'get',
  codes: [206, 416],
  severity: 'warn',
  because: (code) =>
    code === 206
      ? 'RFC 9110 §15.3.7: a single-part 206 MUST say which range it carries'
      : 'RFC 9110 §15.5.17: a 416 SHOULD give the current length of the representation',
});

describe(RULE, () => {
  test.each(VERSIONS)('%s: the message names the operation, the code, the fix and the RFC', async (v) => {
    const doc = oneOperation(v, '/files/{id}', 'get', {
      parameters: [parameter(v, { name: 'id', in: 'path' }), parameter(v, { name: 'Range', in: 'header' })],
      responses: responses(v, [200, 206]),
    });
    const found = await testRule(RULE, doc);
    expect(found.map((f) => [f.code, f.path, f.severity, f.message])).toEqual([
      [
        RULE,
        'paths./files/{id}.get.responses.206',
        'warn',
        'GET /files/{id} declares 206 Partial Content with no Content-Range header; add one to its `headers` (RFC 9110 §15.3.7: a single-part 206 MUST say which range it carries).',
      ],
    ]);
  });

  test.each(VERSIONS)(
    '%s: a multipart/byteranges 206 carries Content-Range in its parts, not at the top',
    async (v) => {
      const ranged = [parameter(v, { name: 'Range', in: 'header' })];
      const doc =
        v === '2.0'
          ? oneOperation(v, '/files', 'get', {
              produces: ['multipart/byteranges'],
              parameters: ranged,
              responses: { '200': response(v), '206': { description: 'parts', schema: { type: 'string' } } },
            })
          : oneOperation(v, '/files', 'get', {
              parameters: ranged,
              responses: {
                '200': response(v),
                '206': { description: 'parts', content: { 'multipart/byteranges': { schema: { type: 'string' } } } },
              },
            });
      expect(await testRule(RULE, doc)).toEqual([]);
      expect(await testRule(RULE, doc, { ruleset: strict })).toEqual([]);
    },
  );

  test.each(VERSIONS)(
    '%s: a 206 that reads as an empty result is told to use 204 or 200, not to add Content-Range, in both modes',
    async (v) => {
      const doc = oneOperation(v, '/items', 'get', {
        parameters: [parameter(v, { name: 'Range', in: 'header' })],
        responses: responses(v, [200, 206], { '206': { description: 'No content' } }),
      });
      const expected = [
        [
          'paths./items.get.responses.206',
          'warn',
          "GET /items declares 206 Partial Content for 'No content', which reads as an empty result, but 206 answers a Range request (RFC 9110 §15.3.7); answer with 204 No Content or 200 OK and an empty list.",
        ],
      ];
      expect((await testRule(RULE, doc)).map((f) => [f.path, f.severity, f.message])).toEqual(expected);
      expect((await testRule(RULE, doc, { ruleset: strict })).map((f) => [f.path, f.severity, f.message])).toEqual(
        expected,
      );
      // Where the operation takes no Range, the same finding is http-status-request-headers', not this rule's.
      expect(
        await testRule(
          RULE,
          oneOperation(v, '/items', 'get', {
            responses: responses(v, [200, 206], { '206': { description: 'No content' } }),
          }),
        ),
      ).toEqual([]);
    },
  );

  test.each(VERSIONS)(
    "%s: a 206 answering no Range request is http-status-request-headers' finding, not a missing header",
    async (v) => {
      expect(await testRule(RULE, oneOperation(v, '/files', 'get', { responses: responses(v, [200, 206]) }))).toEqual(
        [],
      );
    },
  );
});
