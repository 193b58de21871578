/**
 * Where a problem of a shared response lands, decided in one place for
 * every rule (functions/lib/shared-responses.ts, through Run.reportResponse):
 * once, at the definition, in the default mode, naming who uses it; for a
 * definition in another file, once, on the `$ref` of the first operation
 * that uses it; on each operation's key in the strict mode and for inline
 * responses. Each finding carries the semantic key of every operation it
 * stands for.
 */
import * as path from 'node:path';
import { Document, Spectral } from '@stoplight/spectral-core';
import * as Parsers from '@stoplight/spectral-parsers';
import { collectingNotes, FindingNote } from '../functions/lib/finding-notes';
import { keyText } from '../functions/lib/finding-keys';
import { lint, ruleset, strict } from './helpers/lint';

const MULTI = path.join(__dirname, '..', 'fixtures', 'multi-file', 'openapi.yaml');

/** A document whose operations all answer 401 through `ref`, with bearer authentication. */
function authDocument(ref: string, operations: number): string {
  const paths = Array.from(
    { length: operations },
    (_, i) =>
      `  /things${i}:\n    get:\n      responses:\n        '200': {description: ok}\n        '401': {$ref: '${ref}'}\n`,
  ).join('');
  return `openapi: 3.0.3
info: {title: t, version: '1'}
security: [{bearer: []}]
paths:
${paths}components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
  responses:
    Unauthorized: {description: The credentials are missing or wrong}
`;
}

async function notesOf(text: string, source = MULTI, rules = ruleset): Promise<FindingNote[]> {
  const notes: FindingNote[] = [];
  const spectral = new Spectral();
  spectral.setRuleset(rules);
  await collectingNotes(
    (note) => notes.push(note),
    () => spectral.run(new Document(text, Parsers.Yaml, source)),
  );
  return notes;
}

const RULE = 'http-status-www-authenticate-header';

describe('placement of a shared response’s problems', () => {
  test.each([
    [
      'a local definition, default mode',
      '#/components/responses/Unauthorized',
      ruleset,
      [
        [
          'components.responses.Unauthorized',
          /^The shared response 'Unauthorized', which GET \/things0 and 2 other operations declare as 401 Unauthorized, has no WWW-Authenticate header/,
        ],
      ],
    ],
    [
      'a definition in another file, default mode',
      './responses.yaml#/Unauthorized',
      ruleset,
      [
        [
          'paths./things0.get.responses.401',
          /^The shared response 'Unauthorized' in 'responses.yaml', which GET \/things0 and 2 other operations declare as 401 Unauthorized, has no WWW-Authenticate header/,
        ],
      ],
    ],
    [
      'a local definition, strict mode',
      '#/components/responses/Unauthorized',
      strict,
      [0, 1, 2].map((i) => [
        `paths./things${i}.get.responses.401`,
        new RegExp(`^GET /things${i} declares 401 Unauthorized with no WWW-Authenticate header`),
      ]),
    ],
    // On each operation, the message names the file the fix goes in.
    [
      'a definition in another file, strict mode',
      './responses.yaml#/Unauthorized',
      strict,
      [0, 1, 2].map((i) => [
        `paths./things${i}.get.responses.401`,
        new RegExp(`^GET /things${i} declares 401 .* The response is defined in 'responses\\.yaml#/Unauthorized'\\.$`),
      ]),
    ],
  ])('%s', async (_name, ref, rules, expected) => {
    const found = await lint(authDocument(ref, 3), {
      rule: RULE,
      valid: false,
      source: MULTI,
      ruleset: rules as never,
    });
    expect(found).toHaveLength((expected as unknown[]).length);
    (expected as Array<[string, RegExp]>).forEach(([where, message], i) => {
      expect(found[i]?.path).toBe(where);
      expect(found[i]?.message).toMatch(message);
    });
  });

  test('inline responses: one finding per operation', async () => {
    const text = authDocument('#/components/responses/Unauthorized', 2).replace(
      /\{\$ref: '#\/components\/responses\/Unauthorized'\}/g,
      '{description: no}',
    );
    const found = await lint(text, { rule: RULE, valid: false, source: MULTI });
    expect(found.map((f) => f.path)).toEqual(['paths./things0.get.responses.401', 'paths./things1.get.responses.401']);
  });

  test('a shared finding has the key of every operation it stands for; inline, the same keys', async () => {
    const keysOf = (notes: FindingNote[]): string[] =>
      notes
        .filter((n) => n.rule === RULE)
        .flatMap((n) => (n.keys ?? []).map(keyText))
        .sort();
    const shared = await notesOf(authDocument('#/components/responses/Unauthorized', 3));
    const external = await notesOf(authDocument('./responses.yaml#/Unauthorized', 3));
    const inline = await notesOf(
      authDocument('#/components/responses/Unauthorized', 3).replace(
        /\{\$ref: '#\/components\/responses\/Unauthorized'\}/g,
        '{description: no}',
      ),
    );
    const expected = [0, 1, 2].map((i) => `${RULE} | GET /things${i} | 401 | WWW-Authenticate`);
    expect(keysOf(shared)).toEqual(expected);
    expect(keysOf(external)).toEqual(expected);
    expect(keysOf(inline)).toEqual(expected);
    expect(shared.filter((n) => n.rule === RULE)).toHaveLength(1);
    expect(inline.filter((n) => n.rule === RULE)).toHaveLength(3);
  });

  test('profile headers: two profiled resources sharing one response without ETag get one finding', async () => {
    const text = `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a/{id}:
    x-profiles: [data, entity]
    parameters: [{name: id, in: path, required: true, schema: {type: string}}]
    get: {responses: {'200': {$ref: '#/components/responses/Thing'}, '304': {description: n}, '404': {description: n}}}
    put: {responses: {'200': {description: ok}, '404': {description: n}, '412': {description: n}}}
  /b/{id}:
    x-profiles: [data, entity]
    parameters: [{name: id, in: path, required: true, schema: {type: string}}]
    get: {responses: {'200': {$ref: '#/components/responses/Thing'}, '304': {description: n}, '404': {description: n}}}
    put: {responses: {'200': {description: ok}, '404': {description: n}, '412': {description: n}}}
components:
  responses:
    Thing: {description: a thing}
`;
    const found = (await lint(text, { valid: false })).filter(
      (f) => f.code === 'http-status-profile-headers' && /ETag/.test(f.message),
    );
    expect(found.map((f) => f.path)).toEqual(['components.responses.Thing']);
    expect(found[0]?.message).toMatch(
      /^The shared response 'Thing', which GET \/a\/\{id\} and 1 other operation declare as 200 OK, has no ETag/,
    );
  });
});
