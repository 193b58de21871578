import { strict, testRule } from '../helpers/lint';
import { OAS32, VERSIONS, oneOperation, response, responses } from '../helpers/docs';
import { describeHeaderRule } from '../helpers/header-rule';

const RULE = 'http-status-retry-after-header';

describeHeaderRule({
  rule: RULE,
  header: 'Retry-After',
  method: 'get',
  codes: [429],
  strictCodes: [429, 503],
  severity: 'info',
  because: (code) =>
    code === 429 ? 'RFC 6585 §4: a 429 MAY say how long to wait' : 'RFC 9110 §15.6.4: a 503 MAY say how long to wait',
});

describe(RULE, () => {
  test.each(VERSIONS)('%s: the message names the operation, the code, the fix and the RFC', async (v) => {
    const found = await testRule(RULE, oneOperation(v, '/orders', 'get', { responses: responses(v, [200, 429]) }));
    expect(found.map((f) => [f.code, f.path, f.severity, f.message])).toEqual([
      [
        RULE,
        'paths./orders.get.responses.429',
        'info',
        'GET /orders declares 429 Too Many Requests with no Retry-After header; add one to its `headers` (RFC 6585 §4: a 429 MAY say how long to wait).',
      ],
    ]);
  });

  test.each(VERSIONS)(
    '%s: a 429 with rate-limit headers already says when to retry (default mode); the strict mode asks anyway',
    async (v) => {
      const doc = oneOperation(v, '/orders', 'get', {
        responses: { '200': response(v), '429': response(v, { headers: ['X-RateLimit-Reset'] }), '503': response(v) },
      });
      expect(await testRule(RULE, doc)).toEqual([]);
      expect((await testRule(RULE, doc, { ruleset: strict })).map((f) => f.path)).toEqual([
        'paths./orders.get.responses.429',
        'paths./orders.get.responses.503',
      ]);
    },
  );

  // Issue 25, item 2: a quota renews with its period or plan, not in a few seconds.
  test.each(VERSIONS)(
    '%s: a 429 for a quota (a usage or plan limit, a monthly or daily cap) is not asked for Retry-After (default mode); a rate limit is; the strict mode asks both',
    async (v) => {
      const doc = (description: string) =>
        oneOperation(v, '/orders', 'get', { responses: { '200': response(v), '429': response(v, { description }) } });
      for (const description of [
        'Usage limit exceeded',
        'Monthly quota reached: upgrade your plan',
        'You have reached the daily cap of 1000 calls',
        'Plan limit exceeded',
      ]) {
        expect(await testRule(RULE, doc(description))).toEqual([]);
        expect((await testRule(RULE, doc(description), { ruleset: strict })).map((f) => f.path)).toEqual([
          'paths./orders.get.responses.429',
        ]);
      }
      // A rate, or a quota that also speaks of a short-term rate, is still asked.
      for (const description of [
        'Rate limit exceeded, slow down',
        'You reached your per minute or per day rate limit',
        'Quota exceeded, or requests sent too fast',
      ]) {
        expect((await testRule(RULE, doc(description))).map((f) => f.message)).toEqual([
          'GET /orders declares 429 Too Many Requests with no Retry-After header; add one to its `headers` (RFC 6585 §4: a 429 MAY say how long to wait).',
        ]);
      }
    },
  );

  test("OpenAPI 3.2: a response's summary that reads as a quota counts as its description does", async () => {
    const doc = oneOperation(OAS32, '/orders', 'get', {
      responses: {
        '200': response(OAS32),
        '429': { summary: 'Daily quota exceeded', description: 'Too many requests' },
      },
    });
    expect(await testRule(RULE, doc)).toEqual([]);
    const rate = oneOperation(OAS32, '/orders', 'get', {
      responses: { '200': response(OAS32), '429': { summary: 'Slow down', description: 'Too many requests' } },
    });
    expect((await testRule(RULE, rate)).map((f) => f.path)).toEqual(['paths./orders.get.responses.429']);
  });
});
