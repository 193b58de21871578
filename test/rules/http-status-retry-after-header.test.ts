import { testRule } from '../helpers/lint';
import { oneOperation, responses } from '../helpers/docs';
import { describeHeaderRule } from '../helpers/header-rule';

const RULE = 'http-status-retry-after-header';

describeHeaderRule({ rule: RULE, header: 'Retry-After', method: 'get', codes: [429, 503], severity: 'info', reason: ' It tells clients when to try again.' });

describe(RULE, () => {
  test('the message names the operation, the code and the fix', async () => {
    const found = await testRule(RULE, oneOperation('3.0', '/orders', 'get', { responses: responses('3.0', [200, 429]) }));
    expect(found.map((f) => [f.path, f.severity, f.message])).toEqual([
      ['paths./orders.get.responses.429', 'info', "GET /orders declares 429 Too Many Requests with no Retry-After header; add 'Retry-After' to the response's headers. It tells clients when to try again."],
    ]);
  });
});
