import { strict, testRule } from '../helpers/lint';
import { VERSIONS, document, response, withBody } from '../helpers/docs';
import { allRulesEnabled } from '../helpers/rulesets';

const RULE = 'http-status-accepted-monitor';
/** The rule is off by default: the tests turn it on. */
const on = allRulesEnabled();

/** POST /jobs (a body in, 202 out) with the 202 given `spec`. */
const jobs = (v: (typeof VERSIONS)[number], spec: Parameters<typeof response>[1]) =>
  document(v, { '/jobs': { post: withBody(v, { responses: { '202': response(v, spec), '400': response(v) } }) } });

describe(RULE, () => {
  test.each(VERSIONS)(
    '%s: a 202 with nothing to follow the request by is reported, with the RFC and the fix',
    async (v) => {
      const found = await testRule(RULE, jobs(v, {}), { ruleset: on });
      expect(found.map((f) => [f.path, f.severity, f.message])).toEqual([
        [
          'paths./jobs.post.responses.202',
          'info',
          "POST /jobs declares 202 Accepted with no way to follow the request: no Location or Content-Location header and no body; add a 'Location' header that points to a status monitor, or describe the body that reports the request's status (RFC 9110 §15.3.3: a 202's representation ought to describe the request's current status and point to, or embed, a status monitor).",
        ],
      ]);
    },
  );

  test.each(VERSIONS)('%s: a Location, a Content-Location (any case) or a body is a way to follow it', async (v) => {
    for (const spec of [{ headers: ['Location'] }, { headers: ['content-location'] }, { body: true }])
      expect(await testRule(RULE, jobs(v, spec), { ruleset: on })).toEqual([]);
  });

  test('off in the recommended set', async () => {
    expect(await testRule(RULE, jobs('3.0', {}))).toEqual([]);
  });

  test('a webhook’s 202 is the consumer’s acknowledgement: not asked in the default mode, asked in the strict mode', async () => {
    const doc = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      webhooks: {
        jobDone: {
          post: {
            requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
            responses: { '202': { description: 'got it' } },
          },
        },
      },
    };
    expect(await testRule(RULE, doc, { ruleset: on })).toEqual([]);
    const strictOn = {
      ...strict,
      rules: Object.fromEntries(
        Object.entries((strict as unknown as { rules: Record<string, object> }).rules).map(([n, r]) => [
          n,
          { ...r, recommended: true },
        ]),
      ),
    };
    expect((await testRule(RULE, doc, { ruleset: strictOn as never })).map((f) => f.path)).toEqual([
      'webhooks.jobDone.post.responses.202',
    ]);
  });

  test('a shared 202 is reported once, at its definition', async () => {
    const doc = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/a': {
          post: {
            requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
            responses: { '202': { $ref: '#/components/responses/Accepted' }, '400': { description: 'bad' } },
          },
        },
        '/b': {
          post: {
            requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
            responses: { '202': { $ref: '#/components/responses/Accepted' }, '400': { description: 'bad' } },
          },
        },
      },
      components: { responses: { Accepted: { description: 'accepted' } } },
    };
    const found = await testRule(RULE, doc, { ruleset: on });
    expect(found.map((f) => f.path)).toEqual(['components.responses.Accepted']);
    expect(found[0]?.message).toMatch(
      /^The shared response 'Accepted', which POST \/a and 1 other operation declare as 202 Accepted, gives no way to follow the request/,
    );
  });
});
