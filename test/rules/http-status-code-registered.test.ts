import { strict, testRule } from '../helpers/lint';
import { OAS32, VERSIONS, document, oneOperation, response, responses } from '../helpers/docs';

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
      [
        'paths./a.get.responses.299',
        'warn',
        'GET /a declares 299, which the IANA registry does not list; use the registered 2xx code that says what it means, for example 200 OK.',
      ],
      [
        'paths./a.get.responses.420',
        'warn',
        'GET /a declares 420, which the IANA registry does not list (it is Twitter\'s old "Enhance Your Calm"); use 429 Too Many Requests.',
      ],
      [
        'paths./a.get.responses.499',
        'warn',
        'GET /a declares 499, which the IANA registry does not list (it is nginx "Client Closed Request", logged by the server and never sent to a client); remove it.',
      ],
      [
        'paths./a.get.responses.520',
        'warn',
        'GET /a declares 520, which the IANA registry does not list (it is Cloudflare "Web Server Returned an Unknown Error"); use 502 Bad Gateway.',
      ],
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

  test.each(VERSIONS)(
    '%s: obsolete codes name who obsoleted them: RFC 9110 for 305 (still listed), the registry for 510',
    async (v) => {
      const doc = oneOperation(v, '/a', 'get', { responses: responses(v, [200, 305, 510]) });
      const found = await testRule(RULE, doc);
      expect(found.map((f) => [f.path, f.severity, f.message])).toEqual([
        [
          'paths./a.get.responses.305',
          'warn',
          'GET /a declares 305, which is obsolete (RFC 9110 §15.4.6 deprecates it for security reasons, as RFC 7231 did; the registry still lists it); use 307 Temporary Redirect.',
        ],
        [
          'paths./a.get.responses.510',
          'warn',
          'GET /a declares 510, which is obsolete (the IANA registry marks it obsoleted: RFC 2774 was moved to Historic status in 2022); use 501 Not Implemented.',
        ],
      ]);
    },
  );

  test.each(VERSIONS)(
    '%s: the replacement follows what the description says the code means, else the class',
    async (v) => {
      const doc = oneOperation(v, '/a', 'get', {
        responses: {
          '200': response(v),
          '477': response(v),
          '480': response(v, { description: 'ThrottlingException' }),
          '481': response(v, { description: 'InternalServerException' }),
          '596': response(v, { description: 'Not Found: the request method or path is incorrect' }),
        },
      });
      expect((await testRule(RULE, doc)).map((f) => f.message)).toEqual([
        'GET /a declares 477, which the IANA registry does not list; use the registered 4xx code that says what it means, for example 400 Bad Request.',
        "GET /a declares 480, which the IANA registry does not list; use 429 Too Many Requests, which says what the response's description says.",
        "GET /a declares 481, which the IANA registry does not list; use 500 Internal Server Error, which says what the response's description says.",
        "GET /a declares 596, which the IANA registry does not list; use 404 Not Found, which says what the response's description says.",
      ]);
    },
  );

  test.each(VERSIONS)(
    '%s: a code the document marks unofficial on purpose is left alone in the default mode',
    async (v) => {
      const doc = document(v, {
        '/status/527': {
          get: { responses: { '527': response(v, { description: 'Railgun Error (Unofficial Status Code)' }) } },
        },
      });
      expect(await testRule(RULE, doc)).toEqual([]);
      expect((await testRule(RULE, doc, { ruleset: strict })).map((f) => f.path)).toEqual([
        'paths./status/527.get.responses.527',
      ]);
    },
  );

  test('malformed keys are left to http-status-code-format', async () => {
    const doc = oneOperation('3.0', '/a', 'get', { responses: responses('3.0', [200, 600, '2xx']) });
    expect(await testRule(RULE, doc, { valid: false })).toEqual([]);
  });
});

describe('http-status-code-registered on OpenAPI 3.2', () => {
  test('judges every 3.2 operation, whatever its method: QUERY, additional methods in paths, webhooks and callbacks (both modes)', async () => {
    const odd = { responses: responses(OAS32, [200, 299]) };
    const doc = document(
      OAS32,
      {
        '/products': { query: odd, additionalOperations: { PURGE: odd } },
        '/subscriptions': {
          post: {
            responses: responses(OAS32, [201]),
            callbacks: { onEvent: { '{$request.body#/url}': { additionalOperations: { NOTIFY: odd } } } },
          },
        },
      },
      { webhooks: { changed: { additionalOperations: { LINK: odd } } } },
    );
    for (const ruleset of [undefined, strict]) {
      expect(
        (await testRule('http-status-code-registered', doc, { ruleset })).map((f) => [
          f.path,
          f.message.split(' declares')[0],
        ]),
      ).toEqual([
        ['paths./products.query.responses.299', 'QUERY /products'],
        ['paths./products.additionalOperations.PURGE.responses.299', 'PURGE /products'],
        [
          'paths./subscriptions.post.callbacks.onEvent.{$request.body#/url}.additionalOperations.NOTIFY.responses.299',
          "NOTIFY {$request.body#/url} (callback 'onEvent' of POST /subscriptions)",
        ],
        ['webhooks.changed.additionalOperations.LINK.responses.299', "LINK webhook 'changed'"],
      ]);
    }
  });
});
