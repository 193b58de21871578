/**
 * `spectral-http-status diff`, on a git repository made in a temporary
 * folder with scripted commits: each diff lists exactly what the commit
 * changed (codes added, removed and changed in form, operations added and
 * removed, new and fixed findings), nothing from the parts it left alone,
 * in both modes; a description in several files is read at the ref as a
 * whole, whatever the working tree holds.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { load } from 'js-yaml';
import { Ruleset } from '@stoplight/spectral-core';
import { main } from '../cli/main';
import { DiffResult, diffLints } from '../cli/diff';
import { renderDiffAnnotations, renderDiffMarkdown } from '../cli/diff-render';
import { lintDocument } from '../cli/engine';
import { readSide } from '../cli/sides';
import { plantCodeChanges, responsesToComponents, reorder } from './helpers/edits';
import { strict, toYaml } from './helpers/lint';

type Obj = Record<string, unknown>;
const SAMPLE = load(readFileSync(path.join(__dirname, '..', 'fixtures', 'sample-openapi.yaml'), 'utf8')) as Obj;
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

let repo: string;
const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });

function commit(files: Record<string, string>, message: string): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repo, name)), { recursive: true });
    writeFileSync(path.join(repo, name), text);
  }
  git('add', ...Object.keys(files));
  git('commit', '-qm', message);
}

async function diffJson(...args: string[]): Promise<{ code: number; diff: DiffResult; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['diff', ...args, '-f', 'json', '-q'], {
    cwd: repo,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, diff: (stdout === '' ? undefined : JSON.parse(stdout)) as DiffResult, stderr };
}

/** The status-code changes as `operation: change` lines. */
const changes = (diff: DiffResult): string[] => [
  ...diff.codes.map((c) =>
    `${c.operation}: ${c.kind} ${c.was ?? ''}${c.kind === 'changed' ? ' -> ' : ''}${c.code ?? ''} (${c.impact}${c.verdict === undefined ? '' : `, ${c.verdict}`})`.replace(
      / {2,}/g,
      ' ',
    ),
  ),
  ...diff.operations.map((o) => `${o.operation}: operation ${o.kind}`),
];

beforeEach(() => {
  repo = mkdtempSync(path.join(os.tmpdir(), 'diff-repo-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'test');
  commit({ 'openapi.yaml': toYaml(SAMPLE) }, 'base');
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('diff of scripted commits', () => {
  test('nothing changed: nothing to report', async () => {
    const { code, diff } = await diffJson('git:HEAD:openapi.yaml', 'openapi.yaml');
    expect(code).toBe(0);
    expect(changes(diff)).toEqual([]);
    expect(diff.findings.new).toEqual([]);
    expect(diff.findings.fixed).toEqual([]);
    expect(diff.findings.unchanged).toBe(7);
  });

  test('a code added and one removed, an operation added and one removed', async () => {
    writeFileSync(path.join(repo, 'openapi.yaml'), toYaml(plantCodeChanges(SAMPLE)));
    const { code, diff } = await diffJson('git:HEAD:openapi.yaml', 'openapi.yaml', '--fail-on', 'breaking');
    expect(changes(diff)).toEqual([
      'GET /orders/{id}: removed 200 (breaking)',
      'POST /orders: added 409 (new-error, fine)',
      'GET /stock: operation added',
      'POST /orders/{id}/cancel: operation removed',
    ]);
    expect(diff.summary.breaking).toBe(2);
    expect(code).toBe(1);
    // GET /orders/{id}'s ETag finding was on its 200: fixed with it; /cancel's finding went with the operation.
    expect(diff.findings.fixed.map((f) => f.rule).sort()).toEqual([
      'http-status-etag-header',
      'http-status-success-required',
    ]);
    // GET /orders/{id} now declares no success; the new GET /stock lacks its 401.
    expect(diff.findings.new.map((f) => f.message.slice(0, 60))).toEqual([
      'GET /orders/{id} declares no success response (2xx or 3xx); ',
      'GET /stock requires authentication but does not declare 401 ',
    ]);
  });

  test('200 -> 2XX and default -> 4XX are one change each, judged', async () => {
    const doc = clone(SAMPLE);
    const paths = doc.paths as Record<string, Record<string, { responses: Obj }>>;
    const get = paths['/orders/{id}']!.get!.responses;
    get['2XX'] = get['200'];
    delete get['200'];
    const cancel = paths['/orders/{id}/cancel']!.post!.responses;
    cancel['4XX'] = cancel.default;
    delete cancel.default;
    writeFileSync(path.join(repo, 'openapi.yaml'), toYaml(doc));
    const { diff } = await diffJson('git:HEAD:openapi.yaml', 'openapi.yaml');
    expect(changes(diff)).toEqual([
      'GET /orders/{id}: changed 200 -> 2XX (less-specific, fine)',
      'POST /orders/{id}/cancel: changed default -> 4XX (breaking, fine)',
    ]);
  });

  test('a code that does not belong, added: its verdict says so, and its finding is new', async () => {
    const doc = clone(SAMPLE);
    (doc.paths as Record<string, Record<string, { responses: Obj }>>)['/orders/{id}']!.get!.responses['201'] = {
      description: 'created?',
    };
    writeFileSync(path.join(repo, 'openapi.yaml'), toYaml(doc));
    const { code, diff } = await diffJson('git:HEAD:openapi.yaml', 'openapi.yaml', '-F', 'warn');
    expect(changes(diff)).toEqual(['GET /orders/{id}: added 201 (new-outcome, does-not-belong)']);
    expect(diff.findings.new.map((f) => [f.rule, f.file, f.line])).toEqual([
      ['http-status-method-matrix', 'openapi.yaml', expect.any(Number)],
    ]);
    expect(code).toBe(1);
  });

  test('a renamed path: its codes added, the old path’s removed, its findings new', async () => {
    const doc = clone(SAMPLE);
    const paths = doc.paths as Obj;
    paths['/purchase-orders'] = paths['/orders'];
    delete paths['/orders'];
    writeFileSync(path.join(repo, 'openapi.yaml'), toYaml(doc));
    const { diff } = await diffJson('git:HEAD:openapi.yaml', 'openapi.yaml');
    expect(changes(diff)).toEqual([
      'GET /orders: operation removed',
      'GET /purchase-orders: operation added',
      'POST /orders: operation removed',
      'POST /purchase-orders: operation added',
    ]);
    // /purchase-orders has no item path below it, so its POST's 201 is not asked for a Location.
    expect(diff.findings.new.map((f) => f.rule).sort()).toEqual(['http-status-method-matrix']);
    expect(diff.findings.fixed.map((f) => f.rule).sort()).toEqual([
      'http-status-location-header',
      'http-status-method-matrix',
    ]);
  });

  test('responses moved into components, paths reordered, the file reformatted as JSON: nothing', async () => {
    for (const text of [
      toYaml(responsesToComponents(SAMPLE)),
      toYaml(reorder(SAMPLE)),
      JSON.stringify(SAMPLE, null, 2),
    ]) {
      writeFileSync(path.join(repo, 'openapi.yaml'), text);
      const { code, diff } = await diffJson('git:HEAD:openapi.yaml', 'openapi.yaml');
      expect({ changes: changes(diff), new: diff.findings.new, fixed: diff.findings.fixed }).toEqual({
        changes: [],
        new: [],
        fixed: [],
      });
      expect(code).toBe(0);
    }
  });

  test('the strict mode judges the same change by its own rules', async () => {
    const doc = clone(SAMPLE);
    (doc.paths as Record<string, Record<string, { responses: Obj }>>)['/orders']!.post!.responses['300'] = {
      description: 'Multiple Choices',
    };
    writeFileSync(path.join(repo, 'openapi.yaml'), toYaml(doc));
    const ruleset = new Ruleset(strict);
    const base = readSide('git:HEAD:openapi.yaml', repo, 'base');
    const head = readSide('openapi.yaml', repo, 'head');
    try {
      const diff = diffLints(
        await lintDocument(base.document, ruleset),
        base,
        await lintDocument(head.document, ruleset),
        head,
        repo,
      );
      // 300 Multiple Choices is given to no method by the Belgif matrix: the strict mode says it does not belong, the default mode has no opinion.
      expect(changes(diff)).toEqual(['POST /orders: added 300 (new-outcome, does-not-belong)']);
      const { diff: lenient } = await diffJson('git:HEAD:openapi.yaml', 'openapi.yaml');
      expect(changes(lenient)).toEqual(['POST /orders: added 300 (new-outcome, fine)']);
    } finally {
      base.dispose();
      head.dispose();
    }
  });
});

describe('a description in several files, read at the ref', () => {
  test("the ref's shared file is read, not the working tree's", async () => {
    const doc = clone(SAMPLE);
    (doc.paths as Record<string, Record<string, { responses: Obj }>>)['/orders']!.get!.responses['404'] = {
      $ref: './shared/errors.yaml#/NotFound',
    };
    commit(
      { 'api/openapi.yaml': toYaml(doc), 'api/shared/errors.yaml': 'NotFound:\n  description: not found\n' },
      'split',
    );
    // The working tree's shared file gains a body on a 404 (fine) and... the ref's must be read: change it so the lint differs.
    writeFileSync(
      path.join(repo, 'api', 'shared', 'errors.yaml'),
      'NotFound:\n  description: not found\n  headers:\n    Content-Length: {schema: {type: integer}}\n',
    );
    const atRef = await diffJson('git:HEAD:api/openapi.yaml', 'git:HEAD:api/openapi.yaml');
    expect(atRef.diff.findings.new).toEqual([]);
    expect(changes(atRef.diff)).toEqual([]);
    // Against the working tree, the other file's change is seen only in head (the ref's copy is unchanged).
    const now = await diffJson('git:HEAD:api/openapi.yaml', 'api/openapi.yaml');
    expect(changes(now.diff)).toEqual([]);
    expect(readFileSync(path.join(repo, 'api', 'shared', 'errors.yaml'), 'utf8')).toMatch(/Content-Length/);
    // A ref before the split has no such file.
    const before = await diffJson('git:HEAD~1:api/openapi.yaml', 'api/openapi.yaml');
    expect(before.code).toBe(2);
    expect(before.stderr).toMatch(
      /^spectral-http-status diff: the base git:HEAD~1:api\/openapi\.yaml cannot be read: api\/openapi\.yaml is not in HEAD~1\n$/,
    );
  });

  test('a side that cannot be read is named', async () => {
    expect((await diffJson('git:nope:openapi.yaml', 'openapi.yaml')).stderr).toMatch(
      /the base git:nope:openapi\.yaml cannot be read: no commit 'nope'/,
    );
    expect((await diffJson('openapi.yaml', 'missing.yaml')).stderr).toMatch(
      /the head document .*missing\.yaml does not exist/,
    );
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'no-repo-'));
    try {
      let stderr = '';
      const code = await main(['diff', 'git:HEAD:a.yaml', 'a.yaml'], {
        cwd: tmp,
        stdout: () => undefined,
        stderr: (t) => (stderr += t),
      });
      expect(code).toBe(2);
      expect(stderr).toMatch(/is not in a git repository/);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('formats', () => {
  test('Markdown: new findings first, then the changes; within the size a comment takes', async () => {
    const doc = clone(SAMPLE);
    const paths = doc.paths as Record<string, Obj>;
    for (let i = 0; i < 1500; i++)
      paths[`/things${i}`] = { get: { responses: { '201': { description: `created ${'x'.repeat(40)}` } } } };
    writeFileSync(path.join(repo, 'openapi.yaml'), toYaml(doc));
    const { diff } = await diffJson('git:HEAD:openapi.yaml', 'openapi.yaml');
    const markdown = renderDiffMarkdown(diff);
    expect(markdown.length).toBeLessThanOrEqual(60_000);
    expect(markdown.indexOf('### New findings')).toBeLessThan(markdown.indexOf('### Operations added'));
    expect(markdown).toMatch(/more left out to fit a comment/);
  });

  test('GitHub Actions: an annotation per new finding and per breaking change, on head’s lines', async () => {
    const doc = clone(SAMPLE);
    const paths = doc.paths as Record<string, Record<string, { responses: Obj }>>;
    delete paths['/orders/{id}']!.get!.responses['200'];
    paths['/orders/{id}']!.get!.responses['201'] = { description: 'created, on a GET' };
    writeFileSync(path.join(repo, 'openapi.yaml'), toYaml(doc));
    const { diff } = await diffJson('git:HEAD:openapi.yaml', 'openapi.yaml');
    const lines = renderDiffAnnotations(diff).trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(
        /^::warning file=openapi\.yaml,line=\d+,title=new%3A http-status-method-matrix::GET \/orders\/\{id\} declares 201 Created/,
      ),
      expect.stringMatching(
        /^::error file=openapi\.yaml,line=\d+,title=breaking%3A GET \/orders\/\{id\}::GET \/orders\/\{id\}: removed 200; breaking/,
      ),
    ]);
  });

  test('JSON: the shipped schema describes it, and a change keeps its fingerprint across commits', async () => {
    const doc = clone(SAMPLE);
    (doc.paths as Record<string, Record<string, { responses: Obj }>>)['/orders']!.post!.responses['409'] = {
      description: 'Conflict',
    };
    writeFileSync(path.join(repo, 'openapi.yaml'), toYaml(doc));
    const first = (await diffJson('git:HEAD:openapi.yaml', 'openapi.yaml')).diff;
    commit({ 'unrelated.txt': 'x' }, 'unrelated');
    writeFileSync(path.join(repo, 'openapi.yaml'), `# moved down\n\n${toYaml(reorder(doc))}`);
    const second = (await diffJson('git:HEAD:openapi.yaml', 'openapi.yaml')).diff;
    expect(second.codes.map((c) => c.fingerprint)).toEqual(first.codes.map((c) => c.fingerprint));
    const Ajv = (await import('ajv')).default;
    const schema = JSON.parse(readFileSync(path.join(__dirname, '..', 'schema', 'diff.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(first) ? [] : validate.errors).toEqual([]);
  });
});

describe('the map of a change (--format html)', () => {
  /** The map embedded in the page the command wrote. */
  async function diffMap(
    ...args: string[]
  ): Promise<{ code: number; map: import('../report/map').StatusMap; stderr: string; file: string }> {
    let stderr = '';
    const code = await main(['diff', ...args, '-f', 'html'], {
      cwd: repo,
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
    });
    const file = path.join(repo, 'openapi.diff-map.html');
    const html = readFileSync(file, 'utf8');
    const json = /<script type="application\/json" id="status-map-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    return { code, map: JSON.parse(json), stderr, file };
  }

  test("head's map, with the added, removed and newly wrong cells marked, and the removed operations listed", async () => {
    writeFileSync(path.join(repo, 'openapi.yaml'), toYaml(plantCodeChanges(SAMPLE)));
    const { map, stderr } = await diffMap('git:HEAD:openapi.yaml', 'openapi.yaml');
    expect(stderr).toMatch(/Wrote .*openapi\.diff-map\.html/);
    const change = map.change!;
    expect(change).toMatchObject({
      base: 'git:HEAD:openapi.yaml',
      head: 'openapi.yaml',
      newFindings: 2,
      fixedFindings: 2,
      breaking: 2,
    });
    const label = (row: number): string => map.rows[row]!.label;
    expect(
      change.cells.map((c) => `${label(c.row)} ${c.key}: ${c.marks.join('+')}${c.breaking ? ' (breaking)' : ''}`),
    ).toEqual([
      'POST /orders 409: added',
      'GET /orders/{id} 200: removed (breaking)',
      'GET /orders/{id} own: new-finding',
      'GET /stock 401: new-finding',
    ]);
    // The removed 200 has its column (other operations still declare 200) and no cell in its row.
    const getOrder = map.rows.find((r) => r.label === 'GET /orders/{id}')!;
    expect(getOrder.cells['200']).toBeUndefined();
    expect(map.columns.some((c) => c.key === '200')).toBe(true);
    expect(change.addedOperations.map(label)).toEqual(['GET /stock']);
    expect(change.removedOperations).toEqual([{ operation: 'POST /orders/{id}/cancel', codes: ['default'] }]);
    expect(change.cells.find((c) => c.key === '409')!.notes).toEqual([
      'added in this change: a newly documented error; the rules: fine',
    ]);
    // The shipped schema describes it.
    const Ajv = (await import('ajv')).default;
    const schema = JSON.parse(
      readFileSync(path.join(__dirname, '..', 'schema', 'status-map.schema.json'), 'utf8'),
    ) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(map) ? [] : validate.errors).toEqual([]);
  });

  test('a code whose column head no longer has gets one, and nothing changed marks nothing', async () => {
    const doc = clone(SAMPLE);
    const paths = doc.paths as Record<string, Record<string, { responses: Obj }>>;
    const only = Object.entries(paths)
      .flatMap(([p, item]) => Object.entries(item).map(([m, op]) => [p, m, op] as const))
      .filter(([, , op]) => '415' in (op.responses ?? {}));
    for (const [, , op] of only) delete op.responses['415'];
    writeFileSync(path.join(repo, 'openapi.yaml'), toYaml(doc));
    const { map } = await diffMap('git:HEAD:openapi.yaml', 'openapi.yaml');
    expect(only.length).toBeGreaterThan(0);
    expect(map.columns.map((c) => c.key)).toContain('415');
    expect(map.change!.cells.filter((c) => c.key === '415').map((c) => c.marks)).toEqual(only.map(() => ['removed']));
    execFileSync('git', ['checkout', '-q', 'openapi.yaml'], { cwd: repo });
    const same = await diffMap('git:HEAD:openapi.yaml', 'openapi.yaml');
    expect(same.map.change!.cells).toEqual([]);
    expect(same.map.change!.removedOperations).toEqual([]);
  });
});
