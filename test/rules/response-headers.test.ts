import { testRule } from '../helpers/lint';
import { VERSIONS, document, oneOperation, parameter, responses, withBody } from '../helpers/docs';

interface Case {
  readonly rule: string;
  readonly header: string;
  readonly method: string;
  readonly codes: readonly number[];
  readonly severity: string;
  readonly reason: string;
}

const CASES: readonly Case[] = [
  { rule: 'http-status-location-header', header: 'Location', method: 'post', codes: [201, 301, 303, 307, 308], severity: 'warn', reason: '' },
  { rule: 'http-status-allow-header', header: 'Allow', method: 'get', codes: [405], severity: 'warn', reason: ' RFC 9110 §15.5.6 requires it to list the methods the resource supports.' },
  { rule: 'http-status-retry-after-header', header: 'Retry-After', method: 'get', codes: [429, 503], severity: 'info', reason: ' It tells clients when to try again.' },
  { rule: 'http-status-www-authenticate-header', header: 'WWW-Authenticate', method: 'get', codes: [401], severity: 'info', reason: ' RFC 9110 §15.5.2 requires it to name the authentication scheme.' },
  { rule: 'http-status-content-range-header', header: 'Content-Range', method: 'get', codes: [206, 416], severity: 'warn', reason: ' RFC 9110 §14.4 uses it to say which part (or, on 416, what size) the content has.' },
];

function operation(v: '2.0' | '3.0' | '3.1', c: Case, headers: string[] | undefined): Record<string, unknown> {
  const specs = Object.fromEntries(c.codes.map((code) => [String(code), headers === undefined ? {} : { headers }]));
  const success = c.method === 'post' ? [] : [200];
  const op: Record<string, unknown> = { responses: responses(v, [...success, ...c.codes], specs) };
  if (c.codes.includes(206)) op.parameters = [parameter(v, { name: 'Range', in: 'header' })];
  return c.method === 'post' ? withBody(v, op) : op;
}

describe.each(CASES)('$rule', (c) => {
  test.each(VERSIONS)('%s: passes when the header is declared, in any case', async (v) => {
    const doc = oneOperation(v, '/a', c.method, operation(v, c, [c.header.toLowerCase()]));
    expect(await testRule(c.rule, doc)).toEqual([]);
  });

  test.each(VERSIONS)('%s: reports each code without it (no headers map at all) on its key', async (v) => {
    const doc = oneOperation(v, '/a', c.method, operation(v, c, undefined));
    const found = await testRule(c.rule, doc);
    const upper = c.method.toUpperCase();
    expect(found.map((f) => f.path)).toEqual(c.codes.map((code) => `paths./a.${c.method}.responses.${code}`));
    expect(found.every((f) => f.severity === c.severity)).toBe(true);
    expect(found[0]?.message).toMatch(new RegExp(`^${upper} /a declares ${c.codes[0]} [A-Za-z -]+ with no ${c.header} header; add '${c.header}' to the response's headers\\.`));
    expect(found[0]?.message.endsWith(`headers.${c.reason}`)).toBe(true);
  });

  test.each(VERSIONS)('%s: reports when other headers are declared but not this one', async (v) => {
    const doc = oneOperation(v, '/a', c.method, operation(v, c, ['X-Other']));
    expect(await testRule(c.rule, doc)).toHaveLength(c.codes.length);
  });
});

describe('response header rules and $refs', () => {
  test('a $ref\'d header counts, and a shared $ref\'d response is reported on each operation', async () => {
    const doc = document(
      '3.0',
      {
        '/a': { post: { responses: { '201': { $ref: '#/components/responses/Created' } } } },
        '/b': { post: { responses: { '201': { $ref: '#/components/responses/Created' } } } },
        '/c': { post: { responses: { '201': { $ref: '#/components/responses/CreatedWithLocation' } } } },
      },
      {
        components: {
          headers: { Location: { schema: { type: 'string' } } },
          responses: {
            Created: { description: 'Created' },
            CreatedWithLocation: { description: 'Created', headers: { Location: { $ref: '#/components/headers/Location' } } },
          },
        },
      },
    );
    const found = await testRule('http-status-location-header', doc);
    expect(found.map((f) => f.path)).toEqual(['paths./a.post.responses.201', 'paths./b.post.responses.201']);
  });

  test('a 201 the matrix forbids for the method is not also asked for a Location', async () => {
    const doc = oneOperation('3.0', '/a', 'get', { responses: responses('3.0', [200, 201]) });
    expect(await testRule('http-status-location-header', doc)).toEqual([]);
  });
});
