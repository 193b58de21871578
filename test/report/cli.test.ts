/**
 * `spectral-http-status report`: its command line, its exit codes, where it
 * finds the ruleset, and its JSON against what the real `spectral lint -f
 * json` prints for the same document and ruleset.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../cli/main';
import type { StatusMap } from '../../report/map';
import { REPORT_FIXTURES } from '../helpers/report';

const ROOT = path.join(__dirname, '..', '..');
const SEVERITY = ['error', 'warn', 'info', 'hint'];

async function run(args: string[], cwd: string = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** What the real Spectral CLI reports. */
function spectralLint(
  file: string,
  ruleset: string,
  cwd: string = ROOT,
): Array<{ code: string; path: string[]; message: string; severity: number; range: { start: { line: number } } }> {
  const bin = path.join(ROOT, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');
  const out = spawnSync(process.execPath, [bin, 'lint', file, '--ruleset', ruleset, '--format', 'json', '--quiet'], {
    cwd,
    encoding: 'utf8',
  });
  return JSON.parse(out.stdout || '[]');
}

describe('the command line', () => {
  test.each([
    [[], /^Usage: spectral-http-status <command>/],
    [
      ['lnt', 'x.yaml'],
      /^spectral-http-status: unknown command 'lnt'; the commands are lint, baseline, diff, fix, report, playground/,
    ],
    [['report'], /the document is missing/],
    [['report', 'a.yaml', 'b.yaml'], /the document .*a\.yaml does not exist/],
    [
      ['report', 'fixtures/sample-openapi.yaml', '--format', 'pdf'],
      /--format 'pdf' is not one of html, markdown, json/,
    ],
    [
      ['report', 'fixtures/sample-openapi.yaml', '--fail-severity', 'fatal'],
      /--fail-severity 'fatal' is not one of error, warn, info, hint/,
    ],
    [
      ['report', 'fixtures/sample-openapi.yaml', '--markdown-limit', '12'],
      /--markdown-limit '12' is not a whole number of characters of at least 1000/,
    ],
    [['report', 'fixtures/sample-openapi.yaml', '--colour'], /Unknown option '--colour'/],
    [['report', 'fixtures/nothing-here.yaml'], /the document .*nothing-here\.yaml does not exist/],
    [
      ['report', 'fixtures/sample-openapi.yaml', '--ruleset', 'no-such.spectral.yaml'],
      /the ruleset .*no-such\.spectral\.yaml does not exist/,
    ],
  ])('%j: exit 2 with what is wrong', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  test('--help and --version', async () => {
    expect(await run(['--help'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Usage: spectral-http-status <command> [options]'),
    });
    expect(await run(['report', '--help'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Usage: spectral-http-status report <documents...>'),
    });
    expect(await run(['help', 'lint'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Usage: spectral-http-status lint <documents...>'),
    });
    const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
    expect(await run(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });
});

describe('the JSON agrees with spectral lint -f json', () => {
  test.each(REPORT_FIXTURES)('%s', async (fixture) => {
    const file = path.join('fixtures', fixture);
    const report = await run(['report', file, '--format', 'json', '--ruleset', '.spectral.yaml']);
    const map = JSON.parse(report.stdout) as StatusMap;
    const lint = spectralLint(file, '.spectral.yaml');
    expect(map.findings.map((f) => [f.rule, f.path, f.message, f.severity, f.line])).toEqual(
      lint.map((r) => [r.code, r.path, r.message, SEVERITY[r.severity], r.range.start.line + 1]),
    );
    expect(report.code).toBe(lint.some((r) => r.severity === 0) ? 1 : 0);
  });
});

describe('exit codes like spectral lint', () => {
  test('a document whose __proto__ key leaves revoked proxies in the resolved document: the map, and the exit code of the lint (not 2)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'report-proto-'));
    const file = path.join(dir, 'proto.yaml');
    writeFileSync(
      file,
      [
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
        '      headers: {Profile: {schema: {type: string}, example: "<https://level3.rest/profiles/data>"}}',
        '      content: {application/json: {schema: {$ref: "#/components/schemas/Node"}}}',
        '  schemas:',
        '    Node: {type: object, properties: {next: {$ref: "#/components/schemas/Node"}}}',
      ].join('\n'),
    );
    try {
      const report = await run(['report', file, '-f', 'json', '-r', path.join(ROOT, '.spectral.yaml')]);
      const lint = spectralLint(file, path.join(ROOT, '.spectral.yaml'));
      expect(lint.length).toBeGreaterThan(0);
      expect(report.stderr).not.toMatch(/revoked/);
      const map = JSON.parse(report.stdout) as StatusMap;
      expect(map.findings.map((f) => [f.rule, f.message])).toEqual(lint.map((r) => [r.code, r.message]));
      expect(report.code).toBe(lint.some((r) => r.severity === 0) ? 1 : 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('--fail-severity: warnings pass at error, fail at warn', async () => {
    expect((await run(['report', 'fixtures/warnings-only.yaml', '-f', 'json', '-r', '.spectral.yaml'])).code).toBe(0);
    expect(
      (await run(['report', 'fixtures/warnings-only.yaml', '-f', 'json', '-r', '.spectral.yaml', '-F', 'warn'])).code,
    ).toBe(1);
    expect(
      (await run(['report', 'fixtures/clean-openapi-3.0.yaml', '-f', 'json', '-r', '.spectral.yaml', '-F', 'hint']))
        .code,
    ).toBe(0);
  });
});

describe('the ruleset, found as the Spectral CLI finds it', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'report-'));
    writeFileSync(path.join(dir, 'openapi.yaml'), readFileSync(path.join(ROOT, 'fixtures', 'sample-openapi.yaml')));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("the project's .spectral.yaml applies: extends, rules turned off, severities changed, overrides", async () => {
    writeFileSync(
      path.join(dir, '.spectral.yaml'),
      [
        'extends:',
        `  - ${JSON.stringify(path.join(ROOT, 'dist', 'index.cjs'))}`,
        'rules:',
        '  http-status-etag-header: off',
        '  http-status-no-body: warn',
        'overrides:',
        '  - files: ["**/openapi.yaml#/paths/~1orders/get"]',
        '    rules:',
        '      http-status-method-matrix: off',
      ].join('\n'),
    );
    const report = await run(['report', 'openapi.yaml', '-f', 'json'], dir);
    const map = JSON.parse(report.stdout) as StatusMap;
    expect(map.ruleset).toBe('.spectral.yaml');
    expect(map.source).toBe('openapi.yaml');
    expect(map.findings.map((f) => f.rule)).not.toContain('http-status-etag-header');
    expect(map.findings.map((f) => f.rule)).not.toContain('http-status-method-matrix');
    expect(map.findings.find((f) => f.rule === 'http-status-no-body')?.severity).toBe('warn');
    expect(map.findings.map((f) => [f.rule, f.path, f.message, f.severity])).toEqual(
      spectralLint('openapi.yaml', '.spectral.yaml', dir).map((r) => [r.code, r.path, r.message, SEVERITY[r.severity]]),
    );
    // success-required is still an error: exit 1.
    expect(report.code).toBe(1);
  });

  test("without a ruleset in the working directory, the package's own, said so", async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'report-empty-'));
    writeFileSync(path.join(empty, 'openapi.yaml'), readFileSync(path.join(ROOT, 'fixtures', 'sample-openapi.yaml')));
    const report = await run(['report', 'openapi.yaml', '-f', 'json'], empty);
    expect(report.stderr).toMatch(/No \.spectral\.yaml .* using spectral-http-status's recommended ruleset/);
    const map = JSON.parse(report.stdout) as StatusMap;
    expect(map.findings).toHaveLength(7);
    expect(report.code).toBe(1);
    rmSync(empty, { recursive: true, force: true });
  });
});

describe('outputs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'report-out-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('-o writes the file and says what it wrote; html is the page, markdown the summary', async () => {
    const html = await run([
      'report',
      'fixtures/sample-openapi.yaml',
      '-r',
      '.spectral.yaml',
      '-o',
      path.join(dir, 'map.html'),
    ]);
    expect(html.stdout).toBe('');
    expect(html.stderr).toMatch(/^Wrote .*map\.html: 5 operations, 7 findings\.\n$/);
    const page = readFileSync(path.join(dir, 'map.html'), 'utf8');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('id="status-map-data"');
    const md = await run(['report', 'fixtures/sample-openapi.yaml', '-r', '.spectral.yaml', '-f', 'markdown']);
    expect(md.stdout).toContain('**5 operations**, 0 without findings (0%). 7 findings (2 errors, 5 warnings).');
    expect(md.stdout).toContain('| `GET /orders/{id}` (line 61) |  | `304` | `200` | 2 |');
  });
});
