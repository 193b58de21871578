/**
 * The baseline (cli/baseline.ts) and `lint --baseline`, run in-process as
 * the command runs them: a baseline made before an edit that changes no
 * status code still covers every finding after it, and a problem planted
 * with the edit is still reported. Then the ratchet: `--prune` drops what
 * was fixed and never adds, the summary names stale entries, counts and
 * reasons behave, and the file is what its schema says.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import { load } from 'js-yaml';
import { cli } from './helpers/cli';
import { BASELINE_SCHEMA, applyBaseline, readBaseline } from '../cli/baseline';
import type { DocumentLint } from '../cli/engine';
import {
  componentsToResponses,
  moveLines,
  oneMoreUser,
  plantProblem,
  reorder,
  responsesToComponents,
} from './helpers/edits';
import { toYaml } from './helpers/lint';

type Obj = Record<string, unknown>;
const FIXTURES = path.join(__dirname, '..', 'fixtures');

/** The findings `lint --baseline` reports, as `rule path` lines. */
async function reported(cwd: string, file: string, baseline: string): Promise<string[]> {
  const run = await cli(cwd, 'lint', file, '--baseline', baseline, '-f', 'json', '-q');
  expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout) as Array<{ code: string; path: string[] }>).map(
    (r) => `${r.code} ${r.path.join('.')}`,
  );
}

/** A document whose operations share one 401 response without a WWW-Authenticate header. */
const SHARED_AUTH: Obj = {
  openapi: '3.0.3',
  info: { title: 'auth', version: '1' },
  security: [{ bearer: [] }],
  paths: {
    '/a': {
      get: { responses: { '200': { description: 'ok' }, '401': { $ref: '#/components/responses/Unauthorized' } } },
    },
    '/b': {
      get: { responses: { '200': { description: 'ok' }, '401': { $ref: '#/components/responses/Unauthorized' } } },
    },
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    responses: { Unauthorized: { description: 'no' } },
  },
};

const DOCUMENTS: ReadonlyArray<[string, Obj]> = [
  ['sample-openapi.yaml (3.0)', load(readFileSync(path.join(FIXTURES, 'sample-openapi.yaml'), 'utf8')) as Obj],
  ['report/swagger-2.0.yaml', load(readFileSync(path.join(FIXTURES, 'report', 'swagger-2.0.yaml'), 'utf8')) as Obj],
  [
    'report/openapi-3.1-webhooks.yaml',
    load(readFileSync(path.join(FIXTURES, 'report', 'openapi-3.1-webhooks.yaml'), 'utf8')) as Obj,
  ],
  ['a shared 401 (3.0)', SHARED_AUTH],
  [
    'oas32-operations.yaml (3.2: QUERY, additionalOperations)',
    load(readFileSync(path.join(FIXTURES, 'oas32-operations.yaml'), 'utf8')) as Obj,
  ],
];

const EDITS: ReadonlyArray<[string, (doc: Obj) => string]> = [
  ['lines move', (doc) => moveLines(toYaml(doc))],
  ['paths and responses reordered', (doc) => toYaml(reorder(doc))],
  ['inline responses moved into components', (doc) => toYaml(responsesToComponents(doc))],
  ['and back', (doc) => toYaml(componentsToResponses(responsesToComponents(doc)))],
  ['shared responses copied inline', (doc) => toYaml(componentsToResponses(doc))],
  ['reformatted as JSON', (doc) => JSON.stringify(doc, null, 2)],
  ['a shared response used by one more operation', (doc) => toYaml(oneMoreUser(doc))],
];

describe('a baseline survives edits that change no status code', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'baseline-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe.each(DOCUMENTS)('%s', (_name, doc) => {
    test.each(EDITS)('%s: nothing new; a planted problem is reported', async (_edit, edit) => {
      const file = path.join(dir, 'openapi.yaml');
      writeFileSync(file, toYaml(doc));
      const made = await cli(dir, 'baseline', 'openapi.yaml');
      expect(made.code).toBe(0);
      const before = (await cli(dir, 'lint', 'openapi.yaml', '-f', 'json', '-q')).stdout;
      expect((JSON.parse(before) as unknown[]).length).toBeGreaterThan(0);
      writeFileSync(file, edit(doc));
      // Nothing new, but what the one more operation itself lacks (the edit that adds it).
      expect(
        (await reported(dir, 'openapi.yaml', '.http-status-baseline.yaml')).filter(
          (f) => !f.includes(' paths./one-more-user.'),
        ),
      ).toEqual([]);
      writeFileSync(file, edit(plantProblem(doc)));
      // The planted operation's findings (its 201, and what else it lacks), nothing else.
      const planted = await reported(dir, 'openapi.yaml', '.http-status-baseline.yaml');
      expect(planted).toContain('http-status-method-matrix paths./planted.get.responses.201');
      expect(planted.filter((f) => !f.includes(' paths./planted.') && !f.includes(' paths./one-more-user.'))).toEqual(
        [],
      );
    });
  });

  test('a reworded message changes nothing: the key has no message in it', () => {
    const keyed = (message: string): DocumentLint => ({
      source: '/x/openapi.yaml',
      outcome: undefined as never,
      results: [
        {
          result: {
            code: 'http-status-method-matrix',
            message,
            path: ['paths', '/a', 'get', 'responses', '201'],
            severity: 1,
            source: '/x/openapi.yaml',
            range: undefined as never,
          },
          keys: [{ rule: 'http-status-method-matrix', where: 'GET /a', code: '201' }],
          note: undefined,
        },
      ],
    });
    const baseline = {
      version: 1 as const,
      documents: { 'openapi.yaml': { 'http-status-method-matrix': [{ where: 'GET /a', code: '201', count: 1 }] } },
    };
    expect(applyBaseline([keyed('GET /a declares 201 Created, which …')], baseline, '/x').fresh).toEqual([]);
    expect(applyBaseline([keyed('An entirely new wording')], baseline, '/x').fresh).toEqual([]);
    // The same key on another operation is new.
    const other = keyed('x');
    (other.results[0] as { keys: unknown }).keys = [
      { rule: 'http-status-method-matrix', where: 'GET /b', code: '201' },
    ];
    expect(applyBaseline([other], baseline, '/x').fresh).toHaveLength(1);
  });
});

describe('the ratchet', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'ratchet-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const sample = (): Obj => load(readFileSync(path.join(FIXTURES, 'sample-openapi.yaml'), 'utf8')) as Obj;

  test('a fixed problem makes its entry stale; --prune drops it and adds nothing new', async () => {
    const file = path.join(dir, 'openapi.yaml');
    const doc = sample();
    writeFileSync(file, toYaml(doc));
    await cli(dir, 'baseline', 'openapi.yaml');
    const before = readBaseline(path.join(dir, '.http-status-baseline.yaml'));
    // Fix one finding (GET /orders 201), add a new one (the planted path).
    const fixed = JSON.parse(JSON.stringify(doc)) as Obj;
    delete (((fixed.paths as Obj)['/orders'] as Obj).get as { responses: Obj }).responses['201'];
    writeFileSync(file, toYaml(plantProblem(fixed)));
    const run = await cli(dir, 'lint', 'openapi.yaml', '--baseline', '.http-status-baseline.yaml', '-f', 'json');
    expect(run.code).toBe(0);
    // The planted operation's findings are new; the fixed one's entry is stale.
    expect(run.stderr).toMatch(
      /\d+ findings? beyond the baseline; 6 of \d+ covered by \.http-status-baseline\.yaml; 1 baseline entry \(1 finding\) match nothing any more/,
    );
    expect((await cli(dir, 'baseline', 'openapi.yaml', '--prune')).code).toBe(0);
    const after = readBaseline(path.join(dir, '.http-status-baseline.yaml'));
    expect(after.documents['openapi.yaml']?.['http-status-method-matrix']).toBeUndefined();
    expect(Object.keys(after.documents['openapi.yaml'] ?? {}).length).toBe(
      Object.keys(before.documents['openapi.yaml'] ?? {}).length - 1,
    );
    // The planted problem is still new: --prune never adds.
    const left = await reported(dir, 'openapi.yaml', '.http-status-baseline.yaml');
    expect(left).toContain('http-status-method-matrix paths./planted.get.responses.201');
    expect(left.filter((f) => !f.includes(' paths./planted.'))).toEqual([]);
  });

  test('counts: two findings with one key; one fixed lowers the count, one more is new', async () => {
    const file = path.join(dir, 'openapi.yaml');
    // Two 201s on GETs of one path item cannot be; two waivers of an unknown rule on one operation share a key.
    const doc = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/a': {
          get: {
            'x-http-status-ignore': { 'http-status-nope': 'x' },
            responses: { '200': { description: 'ok', 'x-http-status-ignore': { 'http-status-nope': 'y' } } },
          },
        },
      },
    };
    writeFileSync(file, toYaml(doc));
    await cli(dir, 'baseline', 'openapi.yaml');
    const entries =
      readBaseline(path.join(dir, '.http-status-baseline.yaml')).documents['openapi.yaml']?.[
        'http-status-ignore-reason'
      ] ?? [];
    expect(entries.map((e) => [e.where, e.code ?? '', e.subject ?? '', e.count])).toEqual([
      ['GET /a', '', 'x-http-status-ignore http-status-nope', 1],
      ['GET /a', '200', 'x-http-status-ignore http-status-nope', 1],
    ]);
  });

  test('reasons a person adds are kept when the baseline is written again', async () => {
    const file = path.join(dir, 'openapi.yaml');
    writeFileSync(file, toYaml(sample()));
    await cli(dir, 'baseline', 'openapi.yaml');
    const baselineFile = path.join(dir, '.http-status-baseline.yaml');
    const text = readFileSync(baselineFile, 'utf8').replace(
      '{ where: GET /orders, code: "201", count: 1 }',
      '{ where: GET /orders, code: "201", count: 1, reason: kept for old clients }',
    );
    expect(text).toContain('reason: kept for old clients');
    writeFileSync(baselineFile, text);
    await cli(dir, 'baseline', 'openapi.yaml');
    expect(readFileSync(baselineFile, 'utf8')).toContain('reason: kept for old clients');
    await cli(dir, 'baseline', 'openapi.yaml', '--prune');
    expect(readFileSync(baselineFile, 'utf8')).toContain('reason: kept for old clients');
  });

  test('the file is sorted, grouped by document and rule, and valid by its shipped schema', async () => {
    writeFileSync(path.join(dir, 'openapi.yaml'), toYaml(sample()));
    writeFileSync(path.join(dir, 'other.yaml'), toYaml(SHARED_AUTH));
    await cli(dir, 'baseline', '*.yaml');
    const text = readFileSync(path.join(dir, '.http-status-baseline.yaml'), 'utf8');
    const parsed = load(text) as { documents: Record<string, Record<string, unknown>> };
    expect(Object.keys(parsed.documents)).toEqual(['openapi.yaml', 'other.yaml']);
    for (const rules of Object.values(parsed.documents))
      expect(Object.keys(rules)).toEqual([...Object.keys(rules)].sort());
    const shipped = JSON.parse(
      readFileSync(path.join(__dirname, '..', 'schema', 'baseline.schema.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(shipped).toEqual(JSON.parse(JSON.stringify(BASELINE_SCHEMA)));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(shipped);
    expect(validate(parsed)).toBe(true);
    // Written twice, the same bytes.
    await cli(dir, 'baseline', '*.yaml');
    expect(readFileSync(path.join(dir, '.http-status-baseline.yaml'), 'utf8')).toBe(text);
  });

  test('mistakes are one clear line with exit 2', async () => {
    writeFileSync(path.join(dir, 'openapi.yaml'), toYaml(sample()));
    writeFileSync(path.join(dir, 'bad.yaml'), 'version: 2\ndocuments: []\n');
    const bad = await cli(dir, 'lint', 'openapi.yaml', '--baseline', 'bad.yaml');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /^spectral-http-status lint: the baseline .*bad\.yaml is not a baseline of spectral-http-status/,
    );
    const missing = await cli(dir, 'baseline', 'openapi.yaml', '--prune');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/there is no baseline at .* to prune/);
    expect(existsSync(path.join(dir, '.http-status-baseline.yaml'))).toBe(false);
    const over = await cli(dir, 'baseline', 'openapi.yaml', '-o', 'openapi.yaml');
    expect(over.code).toBe(2);
    expect(over.stderr).toMatch(/is the document being read/);
  });

  test('skip in the baseline file applies to lint', async () => {
    const doc = plantProblem(sample());
    ((doc.paths as Obj)['/planted'] as { get: Obj }).get.deprecated = true;
    writeFileSync(path.join(dir, 'openapi.yaml'), toYaml(doc));
    writeFileSync(path.join(dir, 'skip.yaml'), 'version: 1\nskip: { deprecated: true }\ndocuments: {}\n');
    const run = await cli(dir, 'lint', 'openapi.yaml', '--baseline', 'skip.yaml', '-f', 'json', '-q');
    const paths = (JSON.parse(run.stdout) as Array<{ path: string[] }>).map((r) => r.path.join('.'));
    expect(paths.some((p) => p.startsWith('paths./planted'))).toBe(false);
    expect(paths.some((p) => p.startsWith('paths./orders'))).toBe(true);
  });
});

describe('the map honours the baseline', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'map-baseline-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('report --baseline shows accepted findings in a state of their own; a new one stays a finding', async () => {
    const doc = load(readFileSync(path.join(FIXTURES, 'sample-openapi.yaml'), 'utf8')) as Obj;
    writeFileSync(path.join(dir, 'openapi.yaml'), toYaml(doc));
    await cli(dir, 'baseline', 'openapi.yaml');
    const before = readFileSync(path.join(dir, '.http-status-baseline.yaml'), 'utf8');
    writeFileSync(
      path.join(dir, '.http-status-baseline.yaml'),
      before.replace(
        '{ where: GET /orders, code: "201", count: 1 }',
        '{ where: GET /orders, code: "201", count: 1, reason: old clients }',
      ),
    );
    writeFileSync(path.join(dir, 'openapi.yaml'), toYaml(plantProblem(doc)));
    const run = await cli(
      dir,
      'report',
      'openapi.yaml',
      '-f',
      'json',
      '--baseline',
      '.http-status-baseline.yaml',
      '-q',
    );
    const map = JSON.parse(run.stdout) as {
      findings: Array<{ path: string[] }>;
      waived: Array<{ baseline?: string; reason?: string; rule: string }>;
      summary: { baselined?: number; findings: number };
      rows: Array<{ label: string; cells: Record<string, { state: string }> }>;
    };
    expect(map.summary.baselined).toBe(7);
    expect(map.findings.every((f) => f.path[1] === '/planted')).toBe(true);
    expect(map.findings.length).toBeGreaterThan(0);
    expect(map.waived.filter((w) => w.baseline === '.http-status-baseline.yaml')).toHaveLength(7);
    expect(map.waived.find((w) => w.rule === 'http-status-method-matrix')?.reason).toBe('old clients');
    expect(map.rows.find((r) => r.label === 'GET /orders')?.cells['201']?.state).toBe('baselined');
    expect(run.code).toBe(0);
    const markdown = await cli(
      dir,
      'report',
      'openapi.yaml',
      '-f',
      'markdown',
      '--baseline',
      '.http-status-baseline.yaml',
      '-q',
    );
    expect(markdown.stdout).toMatch(/7 accepted by the baseline/);
  });
});
