import { strict, testRule } from '../helpers/lint';
import { VERSIONS, Version, document, oneOperation, responses } from '../helpers/docs';
import { describeHeaderRule } from '../helpers/header-rule';

const RULE = 'http-status-www-authenticate-header';

function schemes(v: Version): Record<string, unknown> {
  return v === '2.0'
    ? { securityDefinitions: { http: { type: 'basic' }, key: { type: 'apiKey', in: 'header', name: 'X-Key' } } }
    : {
        components: {
          securitySchemes: {
            http: { type: 'http', scheme: 'bearer' },
            key: { type: 'apiKey', in: 'header', name: 'X-Key' },
          },
        },
      };
}

describeHeaderRule({
  rule: RULE,
  header: 'WWW-Authenticate',
  method: 'get',
  codes: [401],
  severity: 'warn',
  because: () => 'RFC 9110 §15.5.2: a 401 MUST carry a challenge that names the authentication scheme',
  operation: () => ({ security: [{ http: [] }] }),
  root: schemes,
});

describe(RULE, () => {
  test.each(VERSIONS)('%s: the message names the operation, the code, the fix and the RFC', async (v) => {
    const found = await testRule(
      RULE,
      oneOperation(v, '/orders', 'get', { security: [{ http: [] }], responses: responses(v, [200, 401]) }, schemes(v)),
    );
    expect(found.map((f) => [f.code, f.path, f.severity, f.message])).toEqual([
      [
        RULE,
        'paths./orders.get.responses.401',
        'warn',
        'GET /orders declares 401 Unauthorized with no WWW-Authenticate header; add one to its `headers` (RFC 9110 §15.5.2: a 401 MUST carry a challenge that names the authentication scheme).',
      ],
    ]);
  });

  test.each(VERSIONS)(
    '%s: an API key alone, or no scheme, has no challenge to name in the default mode; the strict mode asks every 401',
    async (v) => {
      const doc = document(
        v,
        {
          '/keyed': { get: { security: [{ key: [] }], responses: responses(v, [200, 401]) } },
          '/open': { get: { responses: responses(v, [200, 401]) } },
          '/either': { get: { security: [{ key: [] }, { http: [] }], responses: responses(v, [200, 401]) } },
        },
        schemes(v),
      );
      expect((await testRule(RULE, doc)).map((f) => f.path)).toEqual(['paths./either.get.responses.401']);
      expect((await testRule(RULE, doc, { ruleset: strict })).map((f) => f.path)).toEqual([
        'paths./keyed.get.responses.401',
        'paths./open.get.responses.401',
        'paths./either.get.responses.401',
      ]);
    },
  );

  test('a shared 401 is reported once, at its definition, in the default mode', async () => {
    const doc = document(
      '3.1',
      {
        '/a': {
          get: {
            security: [{ http: [] }],
            responses: { '200': { description: 'ok' }, '401': { $ref: '#/components/responses/Unauthorized' } },
          },
        },
        '/b': {
          get: {
            security: [{ http: [] }],
            responses: { '200': { description: 'ok' }, '401': { $ref: '#/components/responses/Unauthorized' } },
          },
        },
      },
      {
        components: {
          ...(schemes('3.1').components as object),
          responses: { Unauthorized: { description: 'Who are you?' } },
        },
      },
    );
    expect((await testRule(RULE, doc)).map((f) => [f.path, f.message])).toEqual([
      [
        'components.responses.Unauthorized',
        "The shared response 'Unauthorized', which GET /a and 1 other operation declare as 401 Unauthorized, has no WWW-Authenticate header; add one to its `headers` (RFC 9110 §15.5.2: a 401 MUST carry a challenge that names the authentication scheme).",
      ],
    ]);
    expect((await testRule(RULE, doc, { ruleset: strict })).map((f) => f.path)).toEqual([
      'paths./a.get.responses.401',
      'paths./b.get.responses.401',
    ]);
  });
});
