import { testRule } from '../helpers/lint';
import { VERSIONS, oneOperation, responses } from '../helpers/docs';

const RULE = 'http-status-code-registered';

describe(RULE, () => {
  test.each(VERSIONS)('%s: registered codes pass', async (v) => {
    const doc = oneOperation(v, '/a', 'get', { responses: responses(v, [200, 203, 226, 404, 422, 451, 511]) });
    expect(await testRule(RULE, doc)).toEqual([]);
  });

  test.each(VERSIONS)('%s: unregistered codes are reported with what to use instead', async (v) => {
    const doc = oneOperation(v, '/a', 'get', { responses: responses(v, [200, 299, 420, 499, 520]) });
    const found = await testRule(RULE, doc);
    expect(found.map((f) => [f.path, f.severity, f.message])).toEqual([
      ['paths./a.get.responses.299', 'warn', 'GET /a declares 299, which is not a registered HTTP status code; use 200 OK.'],
      ['paths./a.get.responses.420', 'warn', 'GET /a declares 420, which is not a registered HTTP status code (it is Twitter\'s old "Enhance Your Calm"); use 429 Too Many Requests.'],
      ['paths./a.get.responses.499', 'warn', 'GET /a declares 499, which is not a registered HTTP status code (it is nginx "Client Closed Request", logged by the server and never sent to a client); remove it.'],
      ['paths./a.get.responses.520', 'warn', 'GET /a declares 520, which is not a registered HTTP status code (it is Cloudflare "Web Server Returned an Unknown Error"); use 502 Bad Gateway.'],
    ]);
  });

  test.each(VERSIONS)('%s: codes the registry marks unused or obsolete are reported', async (v) => {
    const doc = oneOperation(v, '/a', 'get', { responses: responses(v, [200, 306, 418]) });
    const found = await testRule(RULE, doc);
    expect(found.map((f) => f.path)).toEqual(['paths./a.get.responses.306', 'paths./a.get.responses.418']);
    expect(found[0]?.message).toBe(
      'GET /a declares 306, which the IANA registry marks unused (reserved: it was used in a previous version of HTTP and is no longer used); use 307 Temporary Redirect.',
    );
  });

  test('an unregistered code with no known origin gets its class\'s generic code', async () => {
    const doc = oneOperation('3.0', '/a', 'get', { responses: responses('3.0', [200, 477]) });
    const found = await testRule(RULE, doc);
    expect(found.map((f) => f.message)).toEqual([
      'GET /a declares 477, which is not a registered HTTP status code; use 400 Bad Request.',
    ]);
  });

  test('malformed keys are left to http-status-code-format', async () => {
    const doc = oneOperation('3.0', '/a', 'get', { responses: responses('3.0', [200, 600, '2xx']) });
    expect(await testRule(RULE, doc, { valid: false })).toEqual([]);
  });
});
