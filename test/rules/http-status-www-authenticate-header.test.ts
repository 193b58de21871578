import { testRule } from '../helpers/lint';
import { oneOperation, responses } from '../helpers/docs';
import { describeHeaderRule } from '../helpers/header-rule';

const RULE = 'http-status-www-authenticate-header';

describeHeaderRule({
  rule: RULE,
  header: 'WWW-Authenticate',
  method: 'get',
  codes: [401],
  severity: 'info',
  reason: ' RFC 9110 §15.5.2 requires it to name the authentication scheme.',
});

describe(RULE, () => {
  test('the message names the operation, the code, the fix and the RFC', async () => {
    const found = await testRule(RULE, oneOperation('3.1', '/orders', 'get', { responses: responses('3.1', [200, 401]) }));
    expect(found.map((f) => [f.path, f.severity, f.message])).toEqual([
      ['paths./orders.get.responses.401', 'info', "GET /orders declares 401 Unauthorized with no WWW-Authenticate header; add 'WWW-Authenticate' to the response's headers. RFC 9110 §15.5.2 requires it to name the authentication scheme."],
    ]);
  });
});
