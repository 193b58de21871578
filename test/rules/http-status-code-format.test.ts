import { testRule } from '../helpers/lint';
import { OAS3, OAS32, VERSIONS, document, oneOperation, response, responses } from '../helpers/docs';

const RULE = 'http-status-code-format';

describe(RULE, () => {
  test.each(VERSIONS)('%s: default, codes 100-599 and x- extensions pass', async (v) => {
    const res = { ...responses(v, [100, 200, 404, 599]), default: response(v), 'x-note': 'not a status code' };
    expect(await testRule(RULE, oneOperation(v, '/a', 'get', { responses: res }))).toEqual([]);
  });

  test.each(OAS3)('%s: upper-case ranges 1XX-5XX pass', async (v) => {
    const doc = oneOperation(v, '/a', 'get', { responses: responses(v, ['200', '1XX', '2XX', '3XX', '4XX', '5XX']) });
    expect(await testRule(RULE, doc)).toEqual([]);
  });

  test.each(OAS3)('%s: a lower-case range is reported on its key, with the upper-case fix', async (v) => {
    const doc = oneOperation(v, '/a', 'get', { responses: responses(v, ['200', '2xx']) });
    expect(await testRule(RULE, doc, { valid: false })).toEqual([
      {
        code: RULE,
        path: 'paths./a.get.responses.2xx',
        severity: 'error',
        message: `GET /a has the response key '2xx', which is not a status code: ranges are written in upper case; write '2XX' (OpenAPI ${v} Responses Object).`,
        line: expect.any(Number),
      },
    ]);
  });

  test('2.0: a range is reported, since ranges are OpenAPI 3 only', async () => {
    const doc = oneOperation('2.0', '/a', 'get', { responses: responses('2.0', ['200', '4XX']) });
    const found = await testRule(RULE, doc, { valid: false });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ path: 'paths./a.get.responses.4XX', severity: 'error' });
    expect(found[0]?.message).toBe(
      "GET /a has the response key '4XX', which is not a status code: ranges such as '4XX' are OpenAPI 3 only; Swagger 2.0 needs each code spelled out, for example 400 (Swagger 2.0 Responses Object).",
    );
  });

  test.each(VERSIONS)('%s: out-of-range, short, padded and misspelt keys are each reported', async (v) => {
    const res = {
      '200': response(v),
      '600': response(v),
      '20': response(v),
      ' 200': response(v),
      Default: response(v),
      '099': response(v),
    };
    const found = await testRule(RULE, oneOperation(v, '/a', 'post', { responses: res }), { valid: false });
    const byPath = Object.fromEntries(found.map((f) => [f.path, f.message]));
    expect(Object.keys(byPath).sort()).toEqual(
      [
        'paths./a.post.responses. 200',
        'paths./a.post.responses.099',
        'paths./a.post.responses.20',
        'paths./a.post.responses.600',
        'paths./a.post.responses.Default',
      ].sort(),
    );
    expect(byPath['paths./a.post.responses.600']).toContain('status codes run from 100 to 599');
    expect(byPath['paths./a.post.responses.20']).toContain('a status code has exactly three digits');
    expect(byPath['paths./a.post.responses. 200']).toContain("it has white space around it; write '200'");
    expect(byPath['paths./a.post.responses.Default']).toContain("write 'default' in lower case");
    expect(found.every((f) => f.severity === 'error' && f.message.startsWith('POST /a has the response key'))).toBe(
      true,
    );
  });

  test('a webhook key is named as the webhook in the message', async () => {
    const doc = {
      ...document('3.1', {}),
      webhooks: { orderShipped: { post: { responses: responses('3.1', ['200', '2xx']) } } },
    };
    const found = await testRule(RULE, doc, { valid: false });
    expect(found.map((f) => [f.path, f.message])).toEqual([
      [
        'webhooks.orderShipped.post.responses.2xx',
        "POST webhook 'orderShipped' has the response key '2xx', which is not a status code: ranges are written in upper case; write '2XX' (OpenAPI 3.1 Responses Object).",
      ],
    ]);
  });
});

describe('http-status-code-format on OpenAPI 3.2', () => {
  test('a malformed key of a QUERY or an additional operation is reported, naming the method as written and OpenAPI 3.2', async () => {
    const doc = document(OAS32, {
      '/products': {
        query: { responses: { '200': response(OAS32), '2OO': response(OAS32) } },
        additionalOperations: { PURGE: { responses: { '204': response(OAS32), ' 404': response(OAS32) } } },
      },
    });
    expect(
      (await testRule('http-status-code-format', doc, { valid: false })).map((f) => [
        f.path,
        f.severity,
        f.message.split(', which')[0],
      ]),
    ).toEqual([
      ['paths./products.query.responses.2OO', 'error', "QUERY /products has the response key '2OO'"],
      [
        'paths./products.additionalOperations.PURGE.responses. 404',
        'error',
        "PURGE /products has the response key ' 404'",
      ],
    ]);
    expect(
      (await testRule('http-status-code-format', doc, { valid: false })).every((f) =>
        f.message.includes('OpenAPI 3.2'),
      ),
    ).toBe(true);
  });
});
