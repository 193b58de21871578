/**
 * The map never throws on what the lint finished: hostile keys, `null`s
 * where objects belong, and the revoked proxies that Spectral's resolver
 * leaves in a document with a `__proto__` key. Each case a real lint where
 * one can show it, else the map's input as a lint could give it; each map
 * has every finding of the lint in exactly one cell, and renders.
 */
import { Ruleset } from '@stoplight/spectral-core';
import type { IRuleResult } from '@stoplight/spectral-core';
import defaultRuleset from '../../entry';
import { renderHtml } from '../../report/html';
import { lintText } from '../../report/lint';
import { buildStatusMap } from '../../report/map';
import type { MapInput, StatusMap } from '../../report/map';
import { renderMarkdown } from '../../report/markdown';
import { homesOf } from '../helpers/report';

const ruleset = (): Ruleset => new Ruleset(defaultRuleset, { severity: 'recommended' });

/** Whether a value is a revoked proxy (every operation on one throws). */
function isRevoked(value: unknown): boolean {
  try {
    Reflect.ownKeys(value as object);
    return false;
  } catch {
    return true;
  }
}

/** An object that throws on every read, as a revoked immer draft does. */
function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({ description: 'gone' }, {});
  revoke();
  return proxy;
}

/** The map is whole: every finding in exactly one cell, valid JSON, Markdown and HTML. */
function expectWhole(map: StatusMap, results: readonly Pick<IRuleResult, 'code' | 'message'>[]): void {
  expect(map.findings.map((f) => [f.rule, f.message])).toEqual(results.map((r) => [String(r.code), r.message]));
  const homes = homesOf(map);
  for (const finding of map.findings)
    expect(homes.get(finding.id)).toEqual([`${finding.row}:${finding.cell ?? '(own)'}`]);
  expect(JSON.parse(JSON.stringify(map))).toEqual(JSON.parse(JSON.stringify(map)));
  expect(renderMarkdown(map)).toContain('## Status codes');
  expect(renderHtml(map, '')).toContain('status-map-data');
}

const result = (code: string, path: Array<string | number>, message = `${code} here`): IRuleResult => ({
  code,
  path,
  message,
  severity: 1,
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
});

const input = (over: Partial<MapInput>): MapInput => ({
  written: {},
  resolved: {},
  text: '',
  source: 'a.yaml',
  results: [],
  notes: [],
  generator: 't',
  ...over,
});

describe('revoked proxies', () => {
  // A `__proto__` key (which Spectral's parser makes the object's prototype)
  // above a `$ref`, and a circular `$ref` in the schema it points at: the
  // lint finishes (its rules say they cannot read the document), and the
  // resolved document holds a revoked proxy where the `$ref` was.
  const text = [
    'openapi: 3.0.3',
    'info: {title: t, version: "1"}',
    'paths:',
    '  /a:',
    '    get:',
    '      responses:',
    '        "200": {$ref: "#/components/responses/Node"}',
    '        __proto__: {description: hostile}',
    'components:',
    '  responses:',
    '    Node:',
    '      description: a node',
    '      headers:',
    '        Profile: {schema: {type: string}, example: "<https://level3.rest/profiles/data>"}',
    '      content:',
    '        application/json:',
    '          schema: {$ref: "#/components/schemas/Node"}',
    '  schemas:',
    '    Node:',
    '      type: object',
    '      properties:',
    '        next: {$ref: "#/components/schemas/Node"}',
  ].join('\n');

  test('a __proto__ key and a circular $ref, as the lint finishes them: the map of what can be read', async () => {
    const outcome = await lintText(text, 'proto.yaml', ruleset());
    // The cause, as it stands: the resolver left a revoked proxy where the $ref was.
    const resolved = outcome.resolved as { paths: Record<string, { get: { responses: Record<string, unknown> } }> };
    expect(isRevoked(resolved.paths['/a']?.get.responses['200'])).toBe(true);
    expect(outcome.results.length).toBeGreaterThan(0);
    const map = buildStatusMap({ ...outcome, generator: 't' });
    expectWhole(map, outcome.results);
    expect(map.rows.find((r) => r.label === 'GET /a')?.cells['200']).toMatchObject({ declared: true });
  });

  test('a revoked response the profile analysis reads for its Profile header (the document mentions profiles): no profiles, the rows all the same', () => {
    const resolved = {
      openapi: '3.0.3',
      info: {},
      paths: {
        '/a': { get: { responses: { '200': revoked() } } },
        '/b': { 'x-profiles': ['data'], get: { responses: { '200': { description: 'ok' } } } },
      },
    };
    const findings = [result('other-rule', ['paths', '/a', 'get', 'responses', '200'])];
    const map = buildStatusMap(input({ written: resolved, resolved, text: 'level3.rest/profiles', results: findings }));
    expect(map.rows.map((r) => r.label)).toEqual(['GET /a', 'GET /b']);
    // The analysis could not read the document: no resource's profiles are shown rather than some.
    expect(map.summary.profiles).toEqual([]);
    expectWhole(map, findings);
  });

  test("a revoked response where a shared definition's users are looked for: the shared row, without its users", () => {
    const resolved = {
      openapi: '3.0.3',
      info: {},
      paths: { '/a': { get: { responses: { '200': { description: 'ok' } } } } },
      components: { responses: { R: { description: 'r' } } },
    };
    const written = { ...resolved, paths: { '/a': { get: { responses: { '200': revoked() } } } } };
    const findings = [result('other-rule', ['components', 'responses', 'R', 'description'])];
    const map = buildStatusMap(input({ written, resolved, results: findings }));
    expect(map.rows.map((r) => [r.kind, r.label])).toEqual([
      ['operation', 'GET /a'],
      ['shared', '#/components/responses/R'],
    ]);
    expectWhole(map, findings);
  });

  test('a locate that reads a revoked proxy: the map without lines', () => {
    const resolved = {
      openapi: '3.0.3',
      info: {},
      paths: { '/a': { get: { responses: { '201': { description: 'x' } } } } },
    };
    const gone = revoked() as { line: number };
    const findings = [result('other-rule', ['paths', '/a', 'get'])];
    const map = buildStatusMap(
      input({ written: resolved, resolved, results: findings, locate: () => ({ line: gone.line, character: 1 }) }),
    );
    expect(map.rows.map((r) => [r.label, r.line])).toEqual([['GET /a', undefined]]);
    expectWhole(map, findings);
  });

  test.each([
    ['the resolved document', (): unknown => revoked()],
    ['its paths', (): unknown => ({ openapi: '3.0.3', paths: revoked() })],
    ['a path item', (): unknown => ({ openapi: '3.0.3', paths: { '/a': revoked() } })],
    ['an operation', (): unknown => ({ openapi: '3.0.3', paths: { '/a': { get: revoked() } } })],
    ['a responses object', (): unknown => ({ openapi: '3.0.3', paths: { '/a': { get: { responses: revoked() } } } })],
  ])('%s revoked: the findings on the rows their paths name', (_, resolvedOf) => {
    const resolved = resolvedOf();
    const findings = [result('other-rule', ['paths', '/a', 'get', 'responses']), result('info-rule', ['info'])];
    const map = buildStatusMap(
      input({ written: resolved, resolved, text: 'x-profiles x-http-status-ignore', results: findings }),
    );
    expectWhole(map, findings);
  });
});

describe('hostile keys', () => {
  const NAMES = [
    'constructor',
    'toString',
    'valueOf',
    'hasOwnProperty',
    '__proto__',
    '__defineGetter__',
    'isPrototypeOf',
  ];

  test('as path templates, response keys and shared response names, in a real lint', async () => {
    const text = [
      'openapi: 3.0.3',
      'info: {title: t, version: "1"}',
      'paths:',
      ...NAMES.filter((n) => n !== 'hasOwnProperty').flatMap((name) => [
        `  ${name}:`,
        '    get:',
        '      responses:',
        `        ${name}: {description: x}`,
        `        "201": {$ref: "#/components/responses/${name}"}`,
      ]),
      'components:',
      '  responses:',
      ...NAMES.filter((n) => n !== 'hasOwnProperty').map((name) => `    ${name}: {description: shared}`),
    ].join('\n');
    const outcome = await lintText(text, 'keys.yaml', ruleset());
    expect(outcome.results.length).toBeGreaterThan(0);
    const map = buildStatusMap({ ...outcome, generator: 't' });
    expectWhole(map, outcome.results);
    // A cell is the row's own: no key reaches an inherited member.
    for (const row of map.rows)
      for (const key of Object.keys(row.cells)) expect(Object.prototype.hasOwnProperty.call(row.cells, key)).toBe(true);
    expect(map.rows.find((r) => r.label === 'GET constructor')?.cells.constructor).toMatchObject({ declared: true });
  });

  test("other rulesets' findings on paths through inherited names: each in one cell, of its own", () => {
    const written = {
      openapi: '3.0.3',
      info: {},
      paths: { '/a': { get: { responses: { '200': { description: 'ok' } } } } },
    };
    const findings = NAMES.flatMap((name) => [
      result('other-rule', ['paths', '/a', 'get', 'responses', name]),
      result('other-rule', ['paths', name]),
      result('other-rule', ['components', 'responses', name]),
      result('other-rule', [name]),
    ]);
    const map = buildStatusMap(input({ written, resolved: written, results: findings }));
    expectWhole(map, findings);
    const a = map.rows.find((r) => r.label === 'GET /a');
    for (const name of NAMES)
      expect(Object.prototype.hasOwnProperty.call(a?.cells, name) && a?.cells[name]?.state).toBe('problem');
  });
});

describe('nulls where objects belong', () => {
  test('paths, path items, operations, responses and components, in a real lint', async () => {
    const text = [
      'openapi: 3.0.3',
      'info: {title: t, version: "1"}',
      'paths:',
      '  /a: null',
      '  /b:',
      '    get: null',
      '  /c:',
      '    get:',
      '      responses: null',
      '  /d:',
      '    get:',
      '      responses:',
      '        "200": null',
      '        "201": {$ref: "#/components/responses/Null"}',
      'components:',
      '  responses:',
      '    Null: null',
      '  headers: null',
    ].join('\n');
    const outcome = await lintText(text, 'nulls.yaml', ruleset());
    const map = buildStatusMap({ ...outcome, generator: 't' });
    expectWhole(map, outcome.results);
    expect(map.rows.filter((r) => r.kind === 'operation').map((r) => r.label)).toEqual(['GET /c', 'GET /d']);
  });

  test.each([
    ['no document at all', null],
    ['paths null', { openapi: '3.0.3', paths: null }],
    ['components null', { openapi: '3.0.3', paths: {}, components: null }],
    ['responses of components null', { openapi: '3.0.3', paths: {}, components: { responses: null } }],
    [
      'a null in a parameter list',
      {
        openapi: '3.0.3',
        paths: {
          '/a': { parameters: [null], get: { parameters: [null, { $ref: null }], responses: { '200': null } } },
        },
      },
    ],
  ])('%s: the findings on the rows their paths name', (_, document) => {
    const findings = [
      result('other-rule', ['paths', '/a', 'get', 'responses', '200']),
      result('other-rule', ['components', 'responses', 'X']),
      { ...result('no-range', ['info']), range: undefined } as unknown as IRuleResult,
    ];
    const notes = [
      {
        rule: 'other-rule',
        path: ['components', 'responses', 'X'],
        at: [],
        message: 'other-rule here',
        kind: 'missing' as const,
        expects: [],
      },
    ];
    const map = buildStatusMap(input({ written: document, resolved: document, results: findings, notes }));
    expectWhole(map, findings);
  });
});
