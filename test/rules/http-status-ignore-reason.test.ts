import { lint, testRule } from '../helpers/lint';
import { VERSIONS, document, oneOperation, parameter, response, responses } from '../helpers/docs';

const RULE = 'http-status-ignore-reason';

/** GET /a/{id} with a waiver of error-expected on the operation. */
function waived(v: (typeof VERSIONS)[number], waiver: unknown): Record<string, unknown> {
  return oneOperation(v, '/a/{id}', 'get', {
    parameters: [parameter(v, { name: 'id', in: 'path' })],
    'x-http-status-ignore': waiver,
    responses: responses(v, [200]),
  });
}

describe(RULE, () => {
  test.each(VERSIONS)('%s: a waiver with a rule name and a reason passes, and silences that rule', async (v) => {
    const doc = waived(v, { 'http-status-error-expected': 'Ids are checked by the gateway.' });
    expect(await testRule(RULE, doc)).toEqual([]);
    expect((await lint(doc)).filter((f) => f.code === 'http-status-error-expected')).toEqual([]);
  });

  test.each(VERSIONS)('%s: a waiver without a reason still applies, and is reported on its entry', async (v) => {
    const doc = waived(v, { 'http-status-error-expected': '' });
    expect((await testRule(RULE, doc)).map((f) => [f.code, f.path, f.severity, f.message])).toEqual([
      [
        RULE,
        'paths./a/{id}.get.x-http-status-ignore.http-status-error-expected',
        'warn',
        "GET /a/{id} waives 'http-status-error-expected' without a reason; write why it does not apply (`http-status-error-expected: <reason>`), so reviewers can judge the waiver.",
      ],
    ]);
    expect((await lint(doc)).filter((f) => f.code === 'http-status-error-expected')).toEqual([]);
  });

  test.each(VERSIONS)('%s: a name that is no rule gets the closest rule name, or an example', async (v) => {
    const doc = waived(v, { 'http-status-no-bdy': 'typo', 'no-such-thing': 'why' });
    expect((await testRule(RULE, doc)).map((f) => [f.path, f.message])).toEqual([
      [
        'paths./a/{id}.get.x-http-status-ignore.http-status-no-bdy',
        "GET /a/{id} waives 'http-status-no-bdy', which is no rule of spectral-http-status; did you mean 'http-status-no-body'?",
      ],
      [
        'paths./a/{id}.get.x-http-status-ignore.no-such-thing',
        "GET /a/{id} waives 'no-such-thing', which is no rule of spectral-http-status; use a rule name (for example http-status-error-expected) or '*'.",
      ],
    ]);
  });

  test('waivers in callbacks and webhooks are read too', async () => {
    const doc = {
      ...oneOperation('3.1', '/subscribe', 'post', {
        responses: responses('3.1', [201], { '201': { headers: ['Location'] } }),
        callbacks: {
          onEvent: {
            '{$request.body#/url}': {
              post: { 'x-http-status-ignore': { 'http-status-no-body': '' }, responses: responses('3.1', [204]) },
            },
          },
        },
      }),
      webhooks: { ping: { post: { 'x-http-status-ignore': 'all', responses: responses('3.1', [204]) } } },
    };
    expect((await testRule(RULE, doc)).map((f) => [f.path, f.message])).toEqual([
      [
        'paths./subscribe.post.callbacks.onEvent.{$request.body#/url}.post.x-http-status-ignore.http-status-no-body',
        "POST {$request.body#/url} (callback 'onEvent' of POST /subscribe) waives 'http-status-no-body' without a reason; write why it does not apply (`http-status-no-body: <reason>`), so reviewers can judge the waiver.",
      ],
      [
        'webhooks.ping.post.x-http-status-ignore',
        "POST webhook 'ping' has `x-http-status-ignore` that is not a map of rule names to reasons; write `x-http-status-ignore: { <rule>: <why it does not apply> }`.",
      ],
    ]);
  });

  test('`*` waives every rule but this one', async () => {
    const doc = { ...waived('3.0', {}), 'x-http-status-ignore': { '*': '' } };
    expect((await lint(doc)).map((f) => f.code)).toEqual([RULE]);
  });
});

describe(`${RULE}: shared responses`, () => {
  test('a waiver on a shared response is read, checked, and silences what the default mode reports there', async () => {
    const doc = document(
      '3.0',
      {
        '/a': { get: { responses: { '200': response('3.0'), '301': { $ref: '#/components/responses/Moved' } } } },
        '/b': { get: { responses: { '200': response('3.0'), '301': { $ref: '#/components/responses/Moved' } } } },
      },
      {
        components: {
          responses: {
            Moved: { description: 'moved', 'x-http-status-ignore': { 'http-status-location-hedaer': 'typo' } },
          },
        },
      },
    );
    expect((await testRule(RULE, doc)).map((f) => [f.path, f.message])).toEqual([
      [
        'components.responses.Moved.x-http-status-ignore.http-status-location-hedaer',
        "The shared response 'Moved' waives 'http-status-location-hedaer', which is no rule of spectral-http-status; did you mean 'http-status-location-header'?",
      ],
    ]);
    const fixed = JSON.parse(JSON.stringify(doc));
    fixed.components.responses.Moved['x-http-status-ignore'] = {
      'http-status-location-header': 'The gateway adds Location.',
    };
    expect(await testRule('http-status-location-header', fixed)).toEqual([]);
    expect(await testRule(RULE, fixed)).toEqual([]);
  });
});
