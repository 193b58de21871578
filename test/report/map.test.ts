/**
 * The status-code map (report/map/) on fixtures of each OpenAPI version:
 * every Spectral result in exactly one cell, every declared code with its
 * cell, counts equal to the lint's, and each state where it belongs.
 */
import type { IRuleResult } from '@stoplight/spectral-core';
import { buildStatusMap } from '../../report/map';
import type { MapCell, StatusMap } from '../../report/map';
import type { FindingNote } from '../../functions/lib/finding-notes';
import { strict } from '../helpers/lint';
import { REPORT_FIXTURES, homesOf, mapOf, mapOfText } from '../helpers/report';

const SEVERITY = ['error', 'warn', 'info', 'hint'];

function row(map: StatusMap, label: string) {
  const found = map.rows.find((r) => r.label === label);
  if (found === undefined) throw new Error(`no row ${label}: ${map.rows.map((r) => r.label).join(', ')}`);
  return found;
}

function cell(map: StatusMap, label: string, key: string): MapCell {
  const found = row(map, label).cells[key];
  if (found === undefined) throw new Error(`no cell ${key} on ${label}`);
  return found;
}

const rulesOf = (map: StatusMap, ids: readonly number[]): string[] => ids.map((id) => map.findings[id]?.rule ?? '?');

describe.each(REPORT_FIXTURES)('%s', (fixture) => {
  let map: StatusMap;
  let results: readonly IRuleResult[];
  beforeAll(async () => {
    ({ map, results } = await mapOf(fixture));
  });

  test('every result of the lint is one finding of the map, in exactly one cell', () => {
    expect(map.findings.map((f) => [f.rule, f.path.join('.'), f.message, f.severity, f.line])).toEqual(
      results.map((r) => [r.code, r.path.join('.'), r.message, SEVERITY[r.severity], r.range.start.line + 1]),
    );
    const homes = homesOf(map);
    for (const finding of map.findings) {
      expect(homes.get(finding.id)).toEqual([`${finding.row}:${finding.cell ?? '(own)'}`]);
    }
  });

  test('every declared response key of every operation has its cell, marked declared, and its column', () => {
    const keys = new Set(map.columns.map((c) => c.key));
    for (const r of map.rows.filter((x) => x.kind === 'operation')) {
      const declared = Object.entries(r.cells).filter(([, c]) => c.declared);
      for (const [key] of declared) expect(keys.has(key)).toBe(true);
    }
    const declaredCount = map.rows.reduce((n, r) => n + Object.values(r.cells).filter((c) => c.declared).length, 0);
    expect(declaredCount).toBeGreaterThan(0);
  });

  test('the counts per rule and severity are the lint counts', () => {
    const byRule = new Map<string, number>();
    for (const r of results) byRule.set(String(r.code), (byRule.get(String(r.code)) ?? 0) + 1);
    expect(Object.fromEntries(map.summary.byRule.map((r) => [r.rule, r.total]))).toEqual(Object.fromEntries(byRule));
    expect(map.summary.findings).toBe(results.length);
    expect(SEVERITY.map((s) => map.summary.bySeverity[s as 'error'])).toEqual(
      SEVERITY.map((_, i) => results.filter((r) => r.severity === i).length),
    );
  });

  test('columns are in code order, grouped 1xx to 5xx, then the others', () => {
    const order = map.columns.map((c) => c.group);
    expect([...order].sort((a, b) => (a === 'other' ? 1 : b === 'other' ? -1 : a < b ? -1 : a > b ? 1 : 0))).toEqual(
      order,
    );
  });
});

describe('Swagger 2.0: forbidden, problem, missing, a shared response', () => {
  let map: StatusMap;
  beforeAll(async () => {
    ({ map } = await mapOf('report/swagger-2.0.yaml'));
  });

  test('201 on GET does not belong; 201 on POST lacks its Location', () => {
    expect(cell(map, 'GET /pets', '201')).toMatchObject({ state: 'forbidden', declared: true });
    expect(rulesOf(map, cell(map, 'GET /pets', '201').findings)).toEqual(['http-status-method-matrix']);
    expect(cell(map, 'POST /pets', '201')).toMatchObject({ state: 'problem', declared: true });
    expect(rulesOf(map, cell(map, 'POST /pets', '201').findings)).toEqual(['http-status-location-header']);
  });

  test('a missing code has a cell of its own, not declared, with the finding that asks for it', () => {
    const missing = cell(map, 'GET /pets/{id}', '304');
    expect(missing).toMatchObject({ state: 'missing', declared: false });
    const finding = map.findings[missing.findings[0] as number];
    expect(finding).toMatchObject({ rule: 'http-status-error-expected', kind: 'missing', expects: [304], cell: '304' });
    expect(finding?.path).toEqual(['paths', '/pets/{id}', 'get', 'responses']);
  });

  test("a shared response's problem sits once on the shared row, and marks each user's cell", () => {
    const shared = row(map, '#/responses/Unauthorized');
    expect(shared.kind).toBe('shared');
    const home = shared.cells['401'];
    expect(home?.state).toBe('problem');
    expect(rulesOf(map, home?.findings ?? [])).toEqual(['http-status-www-authenticate-header']);
    const id = home?.findings[0];
    for (const label of ['GET /pets', 'POST /pets', 'GET /pets/{id}', 'DELETE /pets/{id}']) {
      expect(cell(map, label, '401')).toMatchObject({ state: 'problem', declared: true, findings: [], related: [id] });
    }
    // Every operation uses the shared response: none is without findings.
    expect(map.summary).toMatchObject({ operations: 4, operationsWithoutFindings: 0 });
    expect(map.groups.map((g) => g.kind)).toEqual(['resource', 'resource', 'shared']);
  });

  test('rows carry their line; findings their line and rule page', () => {
    expect(row(map, 'GET /pets').line).toBe(14);
    const finding = map.findings.find((f) => f.rule === 'http-status-method-matrix');
    expect(finding).toMatchObject({
      line: 23,
      docs: expect.stringMatching(/docs\/rules\/http-status-method-matrix\.md$/),
    });
  });
});

describe('OpenAPI 3.1: webhooks and callbacks', () => {
  let map: StatusMap;
  beforeAll(async () => {
    ({ map } = await mapOf('report/openapi-3.1-webhooks.yaml'));
  });

  test('resources first, then webhooks, then callbacks', () => {
    expect(map.groups.map((g) => [g.kind, g.label])).toEqual([
      ['resource', '/subscriptions'],
      ['resource', '/subscriptions/{id}'],
      ['webhooks', 'Webhooks'],
      ['callbacks', 'Callbacks'],
    ]);
    expect(map.rows.map((r) => r.where)).toEqual(['path', 'path', 'path', 'webhook', 'webhook', 'callback']);
  });

  test("a callback's forbidden code lands on the callback's row, not its parent operation's", () => {
    const callback = map.rows.find((r) => r.where === 'callback');
    expect(callback?.cells['304']?.state).toBe('forbidden');
    expect(row(map, 'POST /subscriptions').cells['304']).toBeUndefined();
  });

  test("a webhook with only 'default' misses its success response, on the row's own cell", () => {
    const webhook = row(map, "POST webhook 'petGone'");
    expect(webhook.own?.state).toBe('missing');
    expect(rulesOf(map, webhook.own?.findings ?? [])).toEqual(['http-status-success-required']);
    expect(webhook.cells.default).toMatchObject({ state: 'ok', declared: true });
  });

  test('a body on 204 is a problem of the 204 cell', () => {
    expect(cell(map, 'DELETE /subscriptions/{id}', '204').state).toBe('problem');
    expect(map.summary.operationsWithoutFindings).toBe(3);
  });
});

describe('Level 3 profiles', () => {
  test("each resource's declared profiles are on its group and in the summary", async () => {
    const { map } = await mapOf('level3-example.yaml');
    expect(map.summary.profiles).toContainEqual({ resource: '/orders/{id}', profiles: '`data` + `entity`' });
    expect(map.groups.find((g) => g.label === '/orders')?.profiles).toBe('`form`');
    expect(map.summary.findings).toBe(0);
    expect(map.summary.operationsWithoutFindings).toBe(map.summary.operations);
  });
});

describe('waivers', () => {
  let map: StatusMap;
  beforeAll(async () => {
    ({ map } = await mapOf('report/waivers.yaml'));
  });

  test('a waived finding shows as waived, with its reason and the waiver line; Spectral never saw it', () => {
    const health = cell(map, 'GET /health', '201');
    expect(health).toMatchObject({ state: 'waived', declared: true, findings: [] });
    expect(map.waived[health.waived[0] as number]).toMatchObject({
      rule: 'http-status-method-matrix',
      reason: 'The load balancer reads 201 as "warming up"; agreed with the platform team.',
      waiverPath: ['paths', '/health', 'get', 'x-http-status-ignore', 'http-status-method-matrix'],
      waiverLine: 11,
    });
    expect(cell(map, 'POST /jobs', '201').state).toBe('waived');
    expect(map.waived.map((w) => w.rule)).toEqual(['http-status-method-matrix', 'http-status-location-header']);
    expect(map.summary.waived).toBe(2);
  });

  test('the same code unwaived elsewhere is still forbidden', () => {
    expect(cell(map, 'DELETE /jobs/{id}', '201').state).toBe('forbidden');
    expect(map.findings.map((f) => f.rule)).toEqual(['http-status-method-matrix']);
  });
});

describe('the strict mode', () => {
  test('the map follows the ruleset it is given: strict asks for more', async () => {
    const normal = (await mapOf('sample-openapi.yaml')).map;
    const { map, results } = await mapOf('sample-openapi.yaml', strict);
    expect(map.findings.length).toBe(results.length);
    expect(map.findings.length).toBeGreaterThan(normal.findings.length);
    expect(map.summary.mostMissed.length).toBeGreaterThan(0);
  });
});

describe('placement without notes (other rulesets) and one-of requests', () => {
  const written = {
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    paths: { '/a': { get: { responses: { '200': { description: 'ok' } } } } },
    components: { responses: { Unused: { description: 'u' } } },
  };
  const result = (code: string, path: string[], message = 'm'): IRuleResult => ({
    code,
    path,
    message,
    severity: 1,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  });
  const build = (results: IRuleResult[], notes: FindingNote[] = []) =>
    buildStatusMap({ written, resolved: written, text: '', source: 'a.yaml', results, notes, generator: 't' });

  test("another ruleset's finding on a response is a problem of its cell; on the operation, of the row; elsewhere, of the document or the path", () => {
    const map = build([
      result('oas3-valid-media-example', ['paths', '/a', 'get', 'responses', '200', 'content']),
      result('operation-description', ['paths', '/a', 'get']),
      result('info-contact', ['info']),
      result('path-params', ['paths', '/a']),
      result('unused-component', ['components', 'responses', 'Unused']),
    ]);
    const a = map.rows.find((r) => r.label === 'GET /a');
    expect(a?.cells['200']).toMatchObject({ state: 'problem', findings: [0] });
    expect(a?.own).toMatchObject({ state: 'problem', findings: [1] });
    expect(map.rows.map((r) => [r.kind, r.label, r.own?.findings])).toEqual([
      ['resource', '/a', [3]],
      ['operation', 'GET /a', [1]],
      ['shared', '#/components/responses/Unused', [4]],
      ['document', 'Document', [2]],
    ]);
  });

  test('a request for one of several codes sits on the first, and marks the others', () => {
    const path = ['paths', '/a', 'get', 'responses'];
    const map = build(
      [result('http-status-profile-required', path, 'one of')],
      [
        {
          rule: 'http-status-profile-required',
          path,
          at: path,
          message: 'one of',
          kind: 'missing',
          expects: [204, 205],
        },
      ],
    );
    const a = map.rows.find((r) => r.label === 'GET /a');
    expect(a?.cells['204']).toMatchObject({ state: 'missing', declared: false, findings: [0], related: [] });
    expect(a?.cells['205']).toMatchObject({ state: 'missing', declared: false, findings: [], related: [0] });
    expect(map.columns.map((c) => c.key)).toEqual(['200', '204', '205']);
  });
});

describe('bad input', () => {
  test('hostile and malformed keys, null responses: a map, never an exception', async () => {
    const text = [
      'openapi: 3.0.3',
      'info: {title: t, version: "1"}',
      'paths:',
      '  /a:',
      '    get:',
      '      responses:',
      '        "2000": {description: five digits}',
      '        "__proto__": {description: hostile}',
      '        "200": {description: ok}',
      '  /b:',
      '    get:',
      '      responses: null',
      '  /c</script><script>alert(1)</script>:',
      '    get:',
      '      responses:',
      '        "201": {description: x}',
    ].join('\n');
    const { map, results } = await mapOfText(text, 'hostile.yaml');
    expect(map.findings.length).toBe(results.length);
    const homes = homesOf(map);
    for (const finding of map.findings) expect(homes.get(finding.id)).toHaveLength(1);
    expect(map.columns.find((c) => c.key === '2000')?.group).toBe('other');
  });
});

describe('the JSON Schema of the map (schema/status-map.schema.json)', () => {
  const Ajv = require('ajv') as typeof import('ajv').default;
  const schema = JSON.parse(
    require('node:fs').readFileSync(
      require('node:path').join(__dirname, '..', '..', 'schema', 'status-map.schema.json'),
      'utf8',
    ),
  );
  const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

  test.each(REPORT_FIXTURES)('%s: the map, as the command prints it, is valid', async (fixture) => {
    const { map } = await mapOf(fixture);
    const printed = JSON.parse(JSON.stringify(map));
    expect(validate(printed) ? [] : validate.errors).toEqual([]);
  });

  test('and it is strict: a field it does not know, or a wrong state, is invalid', async () => {
    const { map } = await mapOf('sample-openapi.yaml');
    const printed = JSON.parse(JSON.stringify(map));
    printed.rows[0].cells['201'].state = 'bad';
    printed.extra = true;
    expect(validate(printed)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath).sort()).toEqual(['', '/rows/0/cells/201/state']);
  });
});

describe('placement where the reported path stops short of the operation', () => {
  test("a $ref'd path item: the findings sit on the operation's cells, not on the path", async () => {
    const text = [
      'openapi: 3.0.3',
      'info: {title: t, version: "1"}',
      'paths:',
      '  /a:',
      '    $ref: "#/x-items/a"',
      'x-items:',
      '  a:',
      '    get:',
      '      parameters:',
      '        - {name: If-None-Match, in: header, schema: {type: string}}',
      '      responses:',
      '        "200": {description: ok, headers: {ETag: {schema: {type: string}}}}',
      '        "201": {description: not on GET}',
    ].join('\n');
    const { map, results } = await mapOfText(text, 'ref.yaml');
    expect(results.map((r) => [r.code, r.path.join('.')]).sort()).toEqual([
      ['http-status-error-expected', 'paths./a'],
      ['http-status-method-matrix', 'paths./a'],
    ]);
    expect(cell(map, 'GET /a', '201')).toMatchObject({ state: 'forbidden', declared: true });
    expect(cell(map, 'GET /a', '304')).toMatchObject({ state: 'missing', declared: false });
    expect(map.rows.map((r) => r.kind)).toEqual(['operation']);
    expect(map.summary.operationsWithoutFindings).toBe(0);
  });

  test('a YAML alias: the finding sits on the code it is about', async () => {
    const text = [
      'openapi: 3.0.3',
      'info: {title: t, version: "1"}',
      'paths:',
      '  /a:',
      '    post:',
      '      responses: &std',
      '        "201": {description: created}',
      '  /b:',
      '    get:',
      '      responses: *std',
    ].join('\n');
    const { map } = await mapOfText(text, 'alias.yaml');
    expect(cell(map, 'GET /b', '201').state).toBe('forbidden');
    expect(row(map, 'GET /b').own).toBeUndefined();
  });
});

describe('results from other files, lints at the same time, findings without notes', () => {
  const written = {
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    paths: { '/a': { get: { responses: { '200': { description: 'ok' } } } } },
  };
  const result = (code: string, path: string[], source: string): IRuleResult => ({
    code,
    path,
    message: 'm',
    severity: 1,
    source,
    range: { start: { line: 4, character: 2 }, end: { line: 4, character: 2 } },
  });

  test("a finding in a $ref'd file sits on that file's row, named as the map names files, with its own source", () => {
    const map = buildStatusMap({
      written,
      resolved: written,
      text: '',
      source: '/work/api/openapi.yaml',
      displaySource: 'openapi.yaml',
      displayFile: (file) => file.replace('/work/api/', ''),
      results: [
        result('oas3-schema', ['components', 'responses', 'NotFound'], '/work/api/common.yaml'),
        result('info-contact', ['info'], '/work/api/openapi.yaml'),
      ],
      notes: [],
      generator: 't',
    });
    expect(map.source).toBe('openapi.yaml');
    expect(map.rows.map((r) => [r.kind, r.label, r.own?.findings])).toEqual([
      ['operation', 'GET /a', undefined],
      ['document', 'common.yaml', [0]],
      ['document', 'Document', [1]],
    ]);
    expect(map.groups.map((g) => g.label)).toEqual(['/a', 'Other files', 'Document']);
    expect(map.findings[0]).toMatchObject({ source: 'common.yaml', line: 5 });
    expect(map.findings[1]?.source).toBeUndefined();
  });

  test('lints that overlap each collect their own notes', async () => {
    const alone = await Promise.all(
      [mapOf('report/swagger-2.0.yaml'), mapOf('report/waivers.yaml')].map(async (p) => (await p).map),
    );
    const again = [(await mapOf('report/swagger-2.0.yaml')).map, (await mapOf('report/waivers.yaml')).map];
    expect(alone).toEqual(again);
    expect(alone[1]?.waived).toHaveLength(2);
  });

  test("the findings of this package's rules that came without a note are counted, for the command to say so", () => {
    let told = 0;
    buildStatusMap({
      written,
      resolved: written,
      text: '',
      source: 'a.yaml',
      results: [
        result('http-status-method-matrix', ['paths', '/a', 'get', 'responses', '200'], 'a.yaml'),
        result('operation-tags', ['paths', '/a', 'get'], 'a.yaml'),
      ],
      notes: [],
      generator: 't',
      onUnnoted: (count) => {
        told = count;
      },
    });
    expect(told).toBe(1);
  });
});

describe("the document's info", () => {
  test.each([
    ["title: Pets\n  version: '1.0'", { title: 'Pets', version: '1.0' }],
    ['title: Pets\n  version: 1.0', { title: 'Pets', version: '1.0' }],
    ['title: Pets\n  version: 2.10 # comment', { title: 'Pets', version: '2.10' }],
    ['title: {a: b}\n  version: [1]', undefined],
  ])('%j: as written', async (info, expected) => {
    const { map } = await mapOfText(`openapi: 3.0.3\ninfo:\n  ${info}\npaths: {}\n`, 'info.yaml');
    expect(map.info).toEqual(expected);
  });
});

describe('the map follows the profiles the rules judged with', () => {
  test('a custom profile the ruleset adds names its resources’ group, as the rules accept it', async () => {
    const { Ruleset } = await import('@stoplight/spectral-core');
    const { createRuleset } = await import('../../ruleset/factory');
    const { mapOf } = await import('../../cli/commands/report');
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'map-profiles-'));
    try {
      const file = path.join(dir, 'openapi.yaml');
      writeFileSync(
        file,
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /reports:\n    x-profiles: [report]\n    get:\n      responses:\n        '200': {description: ok}\n",
      );
      const custom = new Ruleset(
        createRuleset({
          profiles: { report: { kind: 'core', summary: 'a report', methods: { get: { required: [[200]] } } } },
        }),
      );
      const map = await mapOf(file, custom, undefined, { cwd: dir, stderr: () => undefined });
      expect(map.groups.find((g) => g.label === '/reports')?.profiles).toMatch(/report/);
      expect(map.findings.filter((f) => f.rule.startsWith('http-status-profile'))).toEqual([]);
      // With the default table the same document declares an unknown profile, and the map shows none.
      const plain = await mapOf(file, new Ruleset(createRuleset()), undefined, {
        cwd: dir,
        stderr: () => undefined,
      });
      expect(plain.groups.find((g) => g.label === '/reports')?.profiles).toBeUndefined();
      expect(plain.findings.map((f) => f.rule)).toContain('http-status-profile-unknown');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("cells are labelled by what the response says of itself: OpenAPI 3.2's summary, else its description", () => {
  const long = `${'A very long description that goes on '.repeat(4)}and on.`;
  const text = (version: string, responses: string[]) =>
    [`openapi: ${version}`, "info: {title: t, version: '1'}", 'paths:', '  /a:', '    get:', '      responses:']
      .concat(responses.map((r) => `        ${r}`))
      .concat([
        'components:',
        '  responses:',
        '    Gone:',
        ...(version.startsWith('3.2') ? ['      summary: Gone for good'] : []),
        '      description: The resource was here and is no more',
      ])
      .join('\n');

  test('3.2: the summary, however long the description; the first paragraph of a description alone; none without words', async () => {
    const { map } = await mapOfText(
      text('3.2.0', [
        `'200': {summary: The order, description: '${long}'}`,
        `'201': {description: "Created.\\n\\nThe order is at Location, and\\nmore follows."}`,
        `'202': {summary: '  ', description: Accepted for later}`,
        `'204': {description: ''}`,
        `'400': {description: '${long}'}`,
        "'410': {$ref: '#/components/responses/Gone'}",
      ]),
      'labels.yaml',
    );
    const labels = Object.fromEntries(Object.entries(row(map, 'GET /a').cells).map(([k, c]) => [k, c.label]));
    expect(labels).toEqual({
      '200': 'The order',
      '201': 'Created.',
      '202': 'Accepted for later',
      '204': undefined,
      '400': `${long.slice(0, 79).trimEnd()}…`,
      '410': 'Gone for good',
    });
    expect([...(labels['400'] ?? '')]).toHaveLength(80);
  });

  test('3.1 and 3.0 have no response summary: the description labels the cell', async () => {
    for (const version of ['3.1.0', '3.0.3']) {
      const { map } = await mapOfText(
        text(version, [
          "'200': {summary: Not a 3.1 field, description: The order}",
          "'410': {$ref: '#/components/responses/Gone'}",
        ]),
        'labels.yaml',
      );
      expect(cell(map, 'GET /a', '200').label).toBe('The order');
      expect(cell(map, 'GET /a', '410').label).toBe('The resource was here and is no more');
    }
  });

  test('the label is document text as written (the page shows it through visible())', async () => {
    const { map } = await mapOfText(text('3.2.0', ['\'200\': {summary: "Ok \\u202E{{x}}"}']), 'labels.yaml');
    expect(cell(map, 'GET /a', '200').label).toBe('Ok \u202E{{x}}');
  });
});
