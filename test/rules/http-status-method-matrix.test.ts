import { testRule } from '../helpers/lint';
import { OAS3, VERSIONS, document, oneOperation, responses, withBody } from '../helpers/docs';
import { buildRuleset, loadError } from '../helpers/rulesets';

const RULE = 'http-status-method-matrix';

describe(RULE, () => {
  test.each(VERSIONS)('%s: codes the matrix allows pass on every method', async (v) => {
    const doc = document(v, {
      '/a': {
        get: { responses: responses(v, [200, 304, 400, 404, 429, 500]) },
        head: { responses: responses(v, [200, 204, 304]) },
        put: withBody(v, { responses: responses(v, [200, 201, 204, 409, 412, 413, 415]) }),
        post: withBody(v, { responses: responses(v, [201, 202, 303, 422]) }),
        patch: withBody(v, { responses: responses(v, [200, 204, 409]) }),
        delete: { responses: responses(v, [204, 404, 409]) },
        options: { responses: responses(v, [200, 204]) },
      },
    });
    expect(await testRule(RULE, doc)).toEqual([]);
  });

  test.each(VERSIONS)('%s: a code the method does not return is reported on its key with an alternative', async (v) => {
    const doc = document(v, {
      '/a': {
        get: { responses: responses(v, [200, 201]) },
        post: withBody(v, { responses: responses(v, [201, 304]) }),
        delete: { responses: responses(v, [204, 413]) },
        options: { responses: responses(v, [200, 405]) },
      },
    });
    const found = await testRule(RULE, doc);
    expect(found.map((f) => [f.path, f.severity, f.message])).toEqual([
      ['paths./a.get.responses.201', 'warn', 'GET /a declares 201 Created, which GET does not return (method/status matrix); use 200 OK.'],
      ['paths./a.post.responses.304', 'warn', 'POST /a declares 304 Not Modified, which POST does not return (method/status matrix); use 200 OK.'],
      ['paths./a.delete.responses.413', 'warn', 'DELETE /a declares 413 Content Too Large, which DELETE does not return (method/status matrix); use 400 Bad Request.'],
      ['paths./a.options.responses.405', 'warn', "OPTIONS /a declares 405 Method Not Allowed, which OPTIONS does not return (method/status matrix); use 400 Bad Request."],
    ]);
  });

  test.each(VERSIONS)('%s: a code outside the matrix is "not recommended", with 303/307 for 302', async (v) => {
    const doc = oneOperation(v, '/a', 'get', { responses: responses(v, [200, 302, 207]) });
    const found = await testRule(RULE, doc);
    expect(found.map((f) => f.message)).toEqual([
      'GET /a declares 207 Multi-Status, which the method/status matrix does not recommend for any method; use 200 OK.',
      'GET /a declares 302 Found, which the method/status matrix does not recommend for any method; use 307 Temporary Redirect.',
    ]);
    const post = await testRule(RULE, oneOperation(v, '/a', 'post', { responses: responses(v, [201, 302]) }));
    expect(post.map((f) => f.message)).toEqual([
      'POST /a declares 302 Found, which the method/status matrix does not recommend for any method; use 303 See Other or 307 Temporary Redirect.',
    ]);
  });

  test('a code with no alternative tells how to allow it', async () => {
    const doc = oneOperation('3.0', '/a', 'get', { responses: responses('3.0', [200, 423]) });
    const found = await testRule(RULE, doc);
    expect(found[0]?.message).toBe(
      "GET /a declares 423 Locked, which the method/status matrix does not recommend for any method; remove it, or allow it for GET with the rule's `allow` option.",
    );
  });

  test.each(OAS3)('%s: a range is allowed when one code of its class is; an exact code next to it is checked alone', async (v) => {
    const ok = oneOperation(v, '/a', 'get', { responses: responses(v, ['2XX', '4XX', '5XX', '3XX']) });
    expect(await testRule(RULE, ok)).toEqual([]);
    const bad = oneOperation(v, '/a', 'delete', { responses: responses(v, ['2XX', '201', '1XX']) });
    const found = await testRule(RULE, bad);
    expect(found.map((f) => [f.path, f.message])).toEqual([
      ['paths./a.delete.responses.201', 'DELETE /a declares 201 Created, which DELETE does not return (method/status matrix); use 200 OK or 204 No Content.'],
      ['paths./a.delete.responses.1XX', "DELETE /a declares the range 1XX, but the method/status matrix allows no 1xx code for DELETE; remove it, or allow a code of that class for DELETE with the rule's `allow` option."],
    ]);
    // GET allows 101 Switching Protocols, so 1XX is fine there.
    const get = oneOperation(v, '/a', 'get', { responses: responses(v, ['200', '1XX']) });
    expect(await testRule(RULE, get)).toEqual([]);
  });

  test('TRACE has its own row (200 and the general errors)', async () => {
    const doc = document('3.1', { '/a': { trace: { responses: responses('3.1', [200, 405, 201]) } } });
    const found = await testRule(RULE, doc);
    expect(found.map((f) => f.path)).toEqual(['paths./a.trace.responses.201']);
  });

  test('unregistered and malformed keys are left to their own rules; default is never reported', async () => {
    const doc = oneOperation('3.0', '/a', 'get', { responses: responses('3.0', [200, 299, 'default', '2xx']) });
    expect(await testRule(RULE, doc, { valid: false })).toEqual([]);
  });

  test('callbacks are checked and named by their expression', async () => {
    const doc = oneOperation('3.0', '/subscribe', 'post', {
      responses: responses('3.0', [201]),
      callbacks: { onEvent: { '{$request.body#/url}': { post: { responses: responses('3.0', [200, 304]) } } } },
    });
    const found = await testRule(RULE, doc);
    expect(found.map((f) => [f.path, f.message])).toEqual([
      [
        'paths./subscribe.post.callbacks.onEvent.{$request.body#/url}.post.responses.304',
        "POST {$request.body#/url} (callback 'onEvent' of POST /subscribe) declares 304 Not Modified, which POST does not return (method/status matrix); use 200 OK.",
      ],
    ]);
  });

  describe('options', () => {
    test('`allow` adds codes for a method and `forbid` removes them', async () => {
      const ruleset = buildRuleset({ [RULE]: { allow: { delete: [202] }, forbid: { get: [304] } } });
      const doc = document('3.0', {
        '/a': { delete: { responses: responses('3.0', [202]) }, get: { responses: responses('3.0', [200, 304]) } },
      });
      const found = await testRule(RULE, doc, { ruleset });
      expect(found.map((f) => f.path)).toEqual(['paths./a.get.responses.304']);
    });

    test('`matrix` replaces the table; methods it does not list are not checked', async () => {
      const ruleset = buildRuleset({ [RULE]: { matrix: { get: [200, 404] } } });
      const doc = document('3.0', {
        '/a': { get: { responses: responses('3.0', [200, 304]) }, post: { responses: responses('3.0', [418]) } },
      });
      const found = await testRule(RULE, doc, { ruleset });
      expect(found.map((f) => [f.path, f.message])).toEqual([
        ['paths./a.get.responses.304', "GET /a declares 304 Not Modified, which the method/status matrix does not recommend for any method; use 200 OK."],
      ]);
    });

    test('a bad option is a load error naming the option, not a crash at lint time', () => {
      expect(loadError({ [RULE]: { allow: { get: ['200'] } } })).toBe('"httpStatusMethodMatrix" function and its "allow.get[0]" option accepts only the following types: integer');
      expect(loadError({ [RULE]: { allow: { fetch: [200] } } })).toBe('"httpStatusMethodMatrix" function does not support "allow.fetch" option');
      expect(loadError({ [RULE]: { forbid: { get: [700] } } })).toMatch(/599/);
      expect(loadError({ [RULE]: { colour: 'red' } })).toBe('"httpStatusMethodMatrix" function does not support "colour" option');
    });
  });
});
