import { testRule } from '../helpers/lint';
import { oneOperation, responses } from '../helpers/docs';
import { describeHeaderRule } from '../helpers/header-rule';

const RULE = 'http-status-allow-header';

describeHeaderRule({
  rule: RULE,
  header: 'Allow',
  method: 'get',
  codes: [405],
  severity: 'warn',
  reason: ' RFC 9110 §15.5.6 requires it to list the methods the resource supports.',
});

describe(RULE, () => {
  test('the message names the operation, the code, the fix and the RFC', async () => {
    const found = await testRule(RULE, oneOperation('2.0', '/orders', 'get', { responses: responses('2.0', [200, 405]) }));
    expect(found.map((f) => [f.path, f.severity, f.message])).toEqual([
      ['paths./orders.get.responses.405', 'warn', "GET /orders declares 405 Method Not Allowed with no Allow header; add 'Allow' to the response's headers. RFC 9110 §15.5.6 requires it to list the methods the resource supports."],
    ]);
  });

  test('a 405 on a method the matrix does not give it (OPTIONS) is the matrix rule\'s finding, not this one', async () => {
    expect(await testRule(RULE, oneOperation('3.0', '/a', 'options', { responses: responses('3.0', [204, 405]) }))).toEqual([]);
  });
});
