import { strict, testRule } from '../helpers/lint';
import { VERSIONS, oneOperation, response, responses } from '../helpers/docs';
import { describeHeaderRule } from '../helpers/header-rule';

const RULE = 'http-status-retry-after-header';

describeHeaderRule({
  rule: RULE,
  header: 'Retry-After',
  method: 'get',
  codes: [429],
  strictCodes: [429, 503],
  severity: 'info',
  because: (code) => (code === 429 ? 'RFC 6585 §4: a 429 MAY say how long to wait' : 'RFC 9110 §15.6.4: a 503 MAY say how long to wait'),
});

describe(RULE, () => {
  test.each(VERSIONS)('%s: the message names the operation, the code, the fix and the RFC', async (v) => {
    const found = await testRule(RULE, oneOperation(v, '/orders', 'get', { responses: responses(v, [200, 429]) }));
    expect(found.map((f) => [f.code, f.path, f.severity, f.message])).toEqual([
      [RULE, 'paths./orders.get.responses.429', 'info', "GET /orders declares 429 Too Many Requests with no Retry-After header; add one to its `headers` (RFC 6585 §4: a 429 MAY say how long to wait)."],
    ]);
  });

  test.each(VERSIONS)('%s: a 429 with rate-limit headers already says when to retry (default mode); the strict mode asks anyway', async (v) => {
    const doc = oneOperation(v, '/orders', 'get', {
      responses: { '200': response(v), '429': response(v, { headers: ['X-RateLimit-Reset'] }), '503': response(v) },
    });
    expect(await testRule(RULE, doc)).toEqual([]);
    expect((await testRule(RULE, doc, { ruleset: strict })).map((f) => f.path)).toEqual(['paths./orders.get.responses.429', 'paths./orders.get.responses.503']);
  });
});
