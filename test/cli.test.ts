/**
 * End to end through the real `spectral` CLI (the devDependency), with the
 * repository's `.spectral.yaml`, which extends the built `dist/index.cjs`,
 * and with a ruleset that extends the built strict mode (`dist/strict.cjs`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { SAMPLE_FINDINGS, SAMPLE_STRICT_FINDINGS } from './helpers/expected';

const ROOT = path.join(__dirname, '..');
const CLI = path.join(ROOT, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');

interface CliResult {
  readonly status: number | null;
  readonly results: Array<{
    code: string;
    path: string[];
    severity: number;
    message: string;
    range: { start: { line: number } };
  }>;
  readonly stderr: string;
}

function spectral(file: string, ...args: string[]): CliResult {
  return spectralWith('.spectral.yaml', file, ...args);
}

function spectralWith(ruleset: string, file: string, ...args: string[]): CliResult {
  const dir = mkdtempSync(path.join(tmpdir(), 'shs-cli-'));
  const out = path.join(dir, 'out.json');
  try {
    const run = spawnSync(
      process.execPath,
      [CLI, 'lint', file, '--ruleset', ruleset, '--format', 'json', '--output', out, ...args],
      {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 60000,
      },
    );
    let results: CliResult['results'] = [];
    try {
      results = JSON.parse(readFileSync(out, 'utf8'));
    } catch {
      results = [];
    }
    return { status: run.status, results, stderr: run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('spectral CLI', () => {
  test('the sample document: findings on their lines, and exit code 1 for its errors', () => {
    const run = spectral('fixtures/sample-openapi.yaml');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const rows = run.results.map((r) => [r.code, r.path.join('.'), r.range.start.line + 1]);
    expect(rows).toEqual(SAMPLE_FINDINGS);
    expect(run.results.find((r) => r.code === 'http-status-success-required')?.severity).toBe(0);
  });

  test('the strict mode through `extends` of the built dist/strict.cjs', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'shs-strict-'));
    try {
      const ruleset = path.join(dir, '.spectral.yaml');
      writeFileSync(ruleset, `extends:\n  - ${path.join(ROOT, 'dist', 'strict.cjs')}\n`);
      const run = spectralWith(ruleset, 'fixtures/sample-openapi.yaml');
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      expect(run.results.map((r) => [r.code, r.path.join('.'), r.range.start.line + 1])).toEqual(
        SAMPLE_STRICT_FINDINGS,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('--fail-severity: a document with only warnings passes at error and fails at warn', () => {
    const atError = spectral('fixtures/warnings-only.yaml', '--fail-severity', 'error');
    expect(atError.status).toBe(0);
    expect(atError.results.map((r) => r.code)).toEqual(['http-status-method-matrix']);
    expect(spectral('fixtures/warnings-only.yaml', '--fail-severity', 'warn').status).toBe(1);
  });

  test.each(['fixtures/clean-openapi-3.0.yaml', 'fixtures/clean-openapi-3.1.yaml', 'fixtures/clean-swagger-2.0.yaml'])(
    '%s: no findings, exit code 0 even at --fail-severity hint',
    (file) => {
      const run = spectral(file, '--fail-severity', 'hint');
      expect(run.results).toEqual([]);
      expect(run.status).toBe(0);
    },
  );

  test('malformed keys are errors of http-status-code-format', () => {
    const run = spectral('fixtures/invalid/malformed-keys.yaml');
    expect(run.status).toBe(1);
    expect(run.results.map((r) => [r.code, r.path.join('.')])).toEqual([
      ['http-status-code-format', 'paths./things.get.responses.2xx'],
      ['http-status-code-format', 'paths./things.get.responses.600'],
      ['http-status-code-registered', 'paths./things.get.responses.299'],
    ]);
  });
});

describe('the built command (dist/bin.cjs)', () => {
  const BIN = path.join(ROOT, 'dist', 'bin.cjs');
  const bin = (cwd: string, ...args: string[]) =>
    spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60000 });

  test('playground writes the shipped page, self-contained, and says where', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'shs-playground-'));
    try {
      const run = bin(dir, 'playground', '-o', 'page.html');
      expect(run.status).toBe(0);
      expect(run.stderr).toMatch(/^Wrote .*page\.html: open it in a browser, or host it as a static page\.\n$/);
      const html = readFileSync(path.join(dir, 'page.html'), 'utf8');
      expect(html).toBe(readFileSync(path.join(ROOT, 'dist', 'playground.html'), 'utf8'));
      expect(html).toMatch(/<meta http-equiv="Content-Security-Policy"/);
      expect(html).not.toMatch(/<script[^>]+src=/);
      const fallback = bin(dir, 'playground');
      expect(fallback.status).toBe(0);
      expect(readFileSync(path.join(dir, 'spectral-http-status-playground.html'), 'utf8')).toBe(html);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("fix validates in a worker it stops at --validation-seconds: the document's own validation answered, or a notice and the re-lint alone", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'shs-fix-validate-'));
    try {
      writeFileSync(path.join(dir, 'openapi.yaml'), readFileSync(path.join(ROOT, 'fixtures', 'sample-openapi.yaml')));
      writeFileSync(
        path.join(dir, '.spectral.yaml'),
        `extends:\n  - ${JSON.stringify(path.join(ROOT, 'dist', 'index.cjs'))}\n`,
      );
      // The worker answers: the document validated, so no notice, and the fix is made (2 fixed; the 201 Location and a 304 left).
      const answered = bin(dir, 'fix', 'openapi.yaml', '--dry-run');
      expect(answered.stderr).not.toContain('did not finish');
      expect(answered.stderr).toContain('2 fixed, 2 left');
      expect(answered.stdout).toContain('+++ b/openapi.yaml');
      // A bound the worker cannot meet: it is stopped, the user is told, and the re-lint alone checks the fix.
      const stopped = bin(dir, 'fix', 'openapi.yaml', '--dry-run', '--validation-seconds', '0.001');
      expect(stopped.stderr).toContain(
        'spectral-http-status fix: swagger-parser did not finish validating the document in 0.001 s (--validation-seconds), so the fix was checked by the re-lint alone.',
      );
      expect(stopped.stdout).toBe(answered.stdout);
      expect(stopped.status).toBe(answered.status);
      const wrong = bin(dir, 'fix', 'openapi.yaml', '--validation-seconds', '0');
      expect(wrong.status).toBe(2);
      expect(wrong.stderr).toContain("--validation-seconds takes a number of seconds above 0, not '0'");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('--help lists every command; a mistake is one line with exit 2', () => {
    const help = bin(ROOT, '--help');
    expect(help.status).toBe(0);
    for (const command of ['lint', 'baseline', 'diff', 'report', 'playground'])
      expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    const wrong = bin(ROOT, 'lint', 'fixtures/sample-openapi.yaml', '--nope');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toBe(
      "spectral-http-status lint: Unknown option '--nope'\nRun `spectral-http-status lint --help` for its options.\n",
    );
  });
});
