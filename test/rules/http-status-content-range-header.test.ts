import { testRule } from '../helpers/lint';
import { oneOperation, parameter, responses } from '../helpers/docs';
import { describeHeaderRule } from '../helpers/header-rule';

const RULE = 'http-status-content-range-header';

describeHeaderRule({
  rule: RULE,
  header: 'Content-Range',
  method: 'get',
  codes: [206, 416],
  severity: 'warn',
  reason: ' RFC 9110 §14.4 uses it to say which part (or, on 416, what size) the content has.',
});

describe(RULE, () => {
  test('the message names the operation, the code, the fix and the RFC', async () => {
    const doc = oneOperation('3.0', '/files/{id}', 'get', {
      parameters: [parameter('3.0', { name: 'id', in: 'path' }), parameter('3.0', { name: 'Range', in: 'header' })],
      responses: responses('3.0', [200, 206]),
    });
    const found = await testRule(RULE, doc);
    expect(found.map((f) => [f.path, f.severity, f.message])).toEqual([
      ['paths./files/{id}.get.responses.206', 'warn', "GET /files/{id} declares 206 Partial Content with no Content-Range header; add 'Content-Range' to the response's headers. RFC 9110 §14.4 uses it to say which part (or, on 416, what size) the content has."],
    ]);
  });
});
