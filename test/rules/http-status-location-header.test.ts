import { testRule } from '../helpers/lint';
import { document, oneOperation, responses } from '../helpers/docs';
import { describeHeaderRule } from '../helpers/header-rule';

const RULE = 'http-status-location-header';

describeHeaderRule({ rule: RULE, header: 'Location', method: 'post', codes: [201, 301, 303, 307, 308], severity: 'warn', reason: '' });

describe(RULE, () => {
  test('the message names the operation, the code and the fix', async () => {
    const found = await testRule(RULE, oneOperation('3.1', '/orders', 'post', { responses: responses('3.1', [201]) }));
    expect(found.map((f) => [f.path, f.severity, f.message])).toEqual([
      ['paths./orders.post.responses.201', 'warn', "POST /orders declares 201 Created with no Location header; add 'Location' to the response's headers."],
    ]);
  });

  test("a $ref'd header counts, and a shared $ref'd response is reported on each operation", async () => {
    const doc = document(
      '3.0',
      {
        '/a': { post: { responses: { '201': { $ref: '#/components/responses/Created' } } } },
        '/b': { post: { responses: { '201': { $ref: '#/components/responses/Created' } } } },
        '/c': { post: { responses: { '201': { $ref: '#/components/responses/CreatedWithLocation' } } } },
      },
      {
        components: {
          headers: { Location: { schema: { type: 'string' } } },
          responses: {
            Created: { description: 'Created' },
            CreatedWithLocation: { description: 'Created', headers: { Location: { $ref: '#/components/headers/Location' } } },
          },
        },
      },
    );
    const found = await testRule(RULE, doc);
    expect(found.map((f) => f.path)).toEqual(['paths./a.post.responses.201', 'paths./b.post.responses.201']);
  });

  test('a 201 the matrix forbids for the method is not also asked for a Location (one problem, one finding)', async () => {
    const doc = oneOperation('3.0', '/a', 'get', { responses: responses('3.0', [200, 201]) });
    expect(await testRule(RULE, doc)).toEqual([]);
  });
});
