import { testRule } from '../helpers/lint';
import { OAS3, VERSIONS, document, oneOperation, response, responses } from '../helpers/docs';

const RULE = 'http-status-success-required';

describe(RULE, () => {
  test.each(VERSIONS)('%s: an operation with a 2xx or 3xx code passes, and so does 101', async (v) => {
    const doc = document(v, {
      '/a': { get: { responses: responses(v, [200]) }, post: { responses: responses(v, [303]) } },
      '/ws': { get: { responses: responses(v, [101]) } },
    });
    expect(await testRule(RULE, doc)).toEqual([]);
  });

  test.each(OAS3)('%s: a 2XX range counts as success', async (v) => {
    expect(await testRule(RULE, oneOperation(v, '/a', 'get', { responses: responses(v, ['2XX', '4XX']) }))).toEqual([]);
  });

  test.each(VERSIONS)('%s: errors and default alone are reported on the responses key', async (v) => {
    const doc = document(v, {
      '/a': {
        get: { responses: { ...responses(v, [400, 404]), default: response(v) } },
        delete: { responses: responses(v, [404]) },
      },
    });
    const found = await testRule(RULE, doc);
    expect(found.map((f) => [f.path, f.severity, f.message])).toEqual([
      ['paths./a.get.responses', 'error', "GET /a declares no success response (2xx or 3xx); 'default' does not say what success looks like; add one, for example 200 OK."],
      ['paths./a.delete.responses', 'error', 'DELETE /a declares no success response (2xx or 3xx); add one, for example 204 No Content.'],
    ]);
  });

  test.each(VERSIONS)('%s: missing, null and array responses are reported, never crash', async (v) => {
    const doc = document(v, {
      '/missing': { get: { description: 'no responses' } },
      '/null': { get: { responses: null } },
      '/array': { post: { responses: [{ description: 'x' }] } },
    });
    const found = await testRule(RULE, doc, { valid: false });
    expect(found.map((f) => [f.path, f.message])).toEqual([
      ['paths./missing.get', 'GET /missing has no `responses`; add its success response, for example 200 OK.'],
      ['paths./null.get.responses', 'GET /null has `responses` that is null; make it a map with at least a success response, for example 200 OK.'],
      ['paths./array.post.responses', 'POST /array has `responses` that is not a map of status codes; make it a map with at least a success response, for example 201 Created.'],
    ]);
  });

  test('a webhook without success is named as the webhook', async () => {
    const doc = { ...document('3.1', {}), webhooks: { ping: { post: { responses: responses('3.1', [500]) } } } };
    const found = await testRule(RULE, doc);
    expect(found.map((f) => [f.path, f.message])).toEqual([
      ['webhooks.ping.post.responses', "POST webhook 'ping' declares no success response (2xx or 3xx); add one, for example 201 Created."],
    ]);
  });
});
