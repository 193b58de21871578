/**
 * The package where users meet it, each host as it really loads rulesets:
 * the packed tarball installed into a consumer project next to a pinned
 * Spectral CLI (with and without require(esm)), the README's snippets run as
 * written, SARIF and GitHub Actions output, and the VS Code extension's
 * loader with the Spectral versions it bundles. No network: the consumer
 * projects are installed by .ci/run (npm ci), the tarball offline.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { load } from 'js-yaml';
import { SAMPLE_FINDINGS, SAMPLE_STRICT_FINDINGS } from './helpers/expected';

const ROOT = path.join(__dirname, '..');
const CONSUMER = path.join(__dirname, 'hosts', 'cli');
const VSCODE = path.join(__dirname, 'hosts', 'vscode');
// The consumer project's root is the user's workspace: .spectral.yaml next to node_modules.
const WORK = CONSUMER;
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const DOCS_BASE = `${JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).homepage}/blob/main/docs/rules/`;

const INSTALLING = path.join(__dirname, 'hosts', '.installing');

/** Whether a process with this pid runs (signal 0 tests for it). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * `npm test` installs the consumer projects (scripts/prepare-hosts.cjs) while
 * it builds and on into the jest run: waits while test/hosts/.installing
 * names a live install, then says whether they are there.
 */
async function hostsReady(): Promise<boolean> {
  for (let waited = 0; existsSync(INSTALLING) && waited < 300000; waited += 250) {
    const pid = Number(readFileSync(INSTALLING, 'utf8'));
    if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return (
    existsSync(path.join(CONSUMER, 'node_modules', '@stoplight', 'spectral-cli')) &&
    existsSync(path.join(VSCODE, 'node_modules', 'rollup'))
  );
}
const ready = hostsReady();
const NOT_READY =
  'host tests need the consumer projects installed: run `npm test` (it runs scripts/prepare-hosts.cjs), or `node scripts/prepare-hosts.cjs`';

// A run without them fails here with what to do, and so does every host test: none is skipped.
test('the host projects are installed', async () => {
  if (!(await ready)) throw new Error(NOT_READY);
}, 310000);

/** The code block that follows `<!-- snippet:NAME -->` in the README. */
function snippet(name: string): string {
  const match = new RegExp(`<!-- snippet:${name} -->\\n\`\`\`\\w*\\n([\\s\\S]*?)\`\`\``).exec(README);
  if (match?.[1] === undefined) throw new Error(`README has no snippet ${name}`);
  return match[1];
}

interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The Node.js binaries the CLI runs on: this one, and Node 22, 24 and 26 installed in the consumer project as npm packages. */
const NODE_22 = path.join(CONSUMER, 'node_modules', 'node22', 'bin', 'node');
const NODE_24 = path.join(CONSUMER, 'node_modules', 'node24', 'bin', 'node');
const NODE_26 = path.join(CONSUMER, 'node_modules', 'node26', 'bin', 'node');
const NODES: ReadonlyArray<readonly [string, string, RegExp]> = [
  ['Node 22', NODE_22, /^v22\./],
  ['Node 24', NODE_24, /^v24\./],
  ['Node 26', NODE_26, /^v26\./],
];

function spectral(args: string[], env: Record<string, string> = {}, node: string = process.execPath): CliRun {
  const bin = path.join(CONSUMER, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');
  const run = spawnSync(node, [bin, ...args], {
    cwd: WORK,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function lintJson(
  file: string,
  ruleset: string,
  extra: string[] = [],
  env: Record<string, string> = {},
  node?: string,
): {
  status: number | null;
  results: Array<{
    code: string;
    path: string[];
    message: string;
    range: { start: { line: number; character: number } };
  }>;
} {
  const out = path.join(WORK, `out-${Math.random().toString(36).slice(2)}.json`);
  const run = spectral(['lint', file, '--ruleset', ruleset, '--format', 'json', '--output', out, ...extra], env, node);
  if (run.stderr !== '') throw new Error(run.stderr);
  const results = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(out, { force: true });
  return { status: run.status, results };
}

describe('hosts', () => {
  beforeAll(async () => {
    if (!(await ready)) throw new Error(NOT_READY);
    for (const f of require('node:fs').readdirSync(WORK) as string[]) {
      if (!['node_modules', 'package.json', 'package-lock.json', '.gitignore'].includes(f))
        rmSync(path.join(WORK, f), { recursive: true, force: true });
    }
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', WORK], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    );
    const tarball = path.join(WORK, packed[0].filename as string);
    execFileSync('npm', ['install', '--no-save', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], {
      cwd: CONSUMER,
      stdio: 'ignore',
    });
    for (const f of ['sample-openapi.yaml', 'warnings-only.yaml', 'clean-openapi-3.0.yaml', 'level3-broken.yaml'])
      cpSync(path.join(ROOT, 'fixtures', f), path.join(WORK, f));
    cpSync(path.join(ROOT, 'fixtures', 'sample-openapi.yaml'), path.join(WORK, 'openapi.yaml'));
    writeFileSync(path.join(WORK, '.spectral.yaml'), snippet('spectral-yaml'));
  }, 480000);

  test("the README's install-from-clone commands name the tarball npm pack writes", () => {
    const commands = snippet('install-from-clone');
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
    expect(commands).toContain('npm ci && npm run build && npm pack');
    expect(commands).toContain(
      `npm install --save-dev ../spectral-http-status/${pkg.name}-${pkg.version}.tgz @stoplight/spectral-cli`,
    );
    expect(readdirSync(WORK)).toContain(`${pkg.name}-${pkg.version}.tgz`);
  });

  test('the tarball is installed as files, not a link: dist, the license and the changelog, no sources', () => {
    const installed = path.join(CONSUMER, 'node_modules', 'spectral-http-status');
    expect(require('node:fs').lstatSync(installed).isSymbolicLink()).toBe(false);
    expect(existsSync(path.join(installed, 'dist', 'index.cjs'))).toBe(true);
    expect(existsSync(path.join(installed, 'dist', 'strict.cjs'))).toBe(true);
    expect(readFileSync(path.join(installed, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(readFileSync(path.join(installed, 'CHANGELOG.md'), 'utf8')).toMatch(/^# Changelog/);
    expect(existsSync(path.join(installed, 'functions'))).toBe(false);
  });

  describe('Spectral CLI with the README .spectral.yaml', () => {
    test.each<[string, Record<string, string>, string]>([
      ['Node as is', {}, process.execPath],
      [
        'without require(esm), as on the standalone binary',
        { NODE_OPTIONS: '--no-experimental-require-module' },
        process.execPath,
      ],
      ...NODES.map(([name, node]): [string, Record<string, string>, string] => [name, {}, node]),
    ])('%s: findings, lines and exit codes', (_what, env, node) => {
      const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
      const expected = NODES.find(([, binary]) => binary === node)?.[2];
      if (expected !== undefined) expect(version).toMatch(expected);
      const sample = lintJson('sample-openapi.yaml', '.spectral.yaml', [], env, node);
      expect(sample.results.map((r) => [r.code, r.path.join('.'), r.range.start.line + 1])).toEqual(SAMPLE_FINDINGS);
      expect(sample.status).toBe(1);
      expect(lintJson('warnings-only.yaml', '.spectral.yaml', ['--fail-severity', 'error'], env, node).status).toBe(0);
      expect(lintJson('warnings-only.yaml', '.spectral.yaml', ['--fail-severity', 'warn'], env, node).status).toBe(1);
      expect(lintJson('clean-openapi-3.0.yaml', '.spectral.yaml', ['--fail-severity', 'hint'], env, node)).toEqual({
        status: 0,
        results: [],
      });
      writeFileSync(path.join(WORK, 'strict.spectral.yaml'), snippet('spectral-yaml-strict'));
      expect(
        lintJson('sample-openapi.yaml', 'strict.spectral.yaml', [], env, node).results.map((r) => [
          r.code,
          r.path.join('.'),
          r.range.start.line + 1,
        ]),
      ).toEqual(SAMPLE_STRICT_FINDINGS);
    });

    test('a .spectral.js that imports the package by relative path (the README VS Code snippet)', () => {
      writeFileSync(path.join(WORK, 'relative.spectral.js'), snippet('vscode-js'));
      const run = lintJson('sample-openapi.yaml', 'relative.spectral.js');
      // createRuleset there picks the strict mode, allows 202 on DELETE, ignores 415 and turns Retry-After off: the sample's strict findings stay.
      expect(run.results.map((r) => [r.code, r.path.join('.'), r.range.start.line + 1])).toEqual(
        SAMPLE_STRICT_FINDINGS,
      );
    });

    test('a .spectral.js in a subfolder imports the package relative to its own folder, as the README says', () => {
      mkdirSync(path.join(WORK, 'config'), { recursive: true });
      writeFileSync(
        path.join(WORK, 'config', '.spectral.js'),
        snippet('vscode-js').replace("'./node_modules/", "'../node_modules/"),
      );
      const run = lintJson('sample-openapi.yaml', 'config/.spectral.js');
      expect(run.results.map((r) => [r.code, r.path.join('.'), r.range.start.line + 1])).toEqual(
        SAMPLE_STRICT_FINDINGS,
      );
      // Written from the project root instead, it fails as the README warns.
      writeFileSync(path.join(WORK, 'config', 'wrong.spectral.js'), snippet('vscode-js'));
      const wrong = spectral(['lint', 'sample-openapi.yaml', '--ruleset', 'config/wrong.spectral.js']);
      expect(`${wrong.stdout}${wrong.stderr}`).toMatch(/Could not resolve '\.\/node_modules\//);
    });

    test('the strict entry point from the README: extends spectral-http-status/strict', () => {
      writeFileSync(path.join(WORK, 'strict.spectral.yaml'), snippet('spectral-yaml-strict'));
      const run = lintJson('sample-openapi.yaml', 'strict.spectral.yaml');
      expect(run.results.map((r) => [r.code, r.path.join('.'), r.range.start.line + 1])).toEqual(
        SAMPLE_STRICT_FINDINGS,
      );
      expect(run.status).toBe(1);
    });

    test('severities, overrides and presets from the README', () => {
      writeFileSync(path.join(WORK, 'severities.spectral.yaml'), snippet('spectral-yaml-severities'));
      const sev = lintJson('sample-openapi.yaml', 'severities.spectral.yaml');
      expect(
        sev.results
          .filter((r) => r.code === 'http-status-error-expected')
          .map((r) => (r as unknown as { severity: number }).severity),
      ).toEqual([2]);
      // The overrides snippet as written, in a folder of its own: globs are relative to the ruleset.
      const dir = path.join(WORK, 'overrides');
      mkdirSync(path.join(dir, 'legacy'), { recursive: true });
      writeFileSync(path.join(dir, '.spectral.yaml'), snippet('spectral-yaml-overrides'));
      const probe = (p: string): string =>
        `  ${p}:\n    get:\n      parameters:\n        - {name: verbose, in: query, schema: {type: boolean}}\n      responses:\n        "200": {description: OK}\n`;
      const doc = `openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n${probe('/health')}${probe('/status')}`;
      writeFileSync(path.join(dir, 'openapi.yaml'), doc);
      writeFileSync(path.join(dir, 'legacy', 'old.yaml'), doc);
      const over = lintJson('overrides/openapi.yaml', 'overrides/.spectral.yaml');
      expect(over.results.map((r) => [r.code, r.path.join('.')])).toEqual([
        ['http-status-error-expected', 'paths./status.get.responses'],
      ]);
      expect(lintJson('overrides/legacy/old.yaml', 'overrides/.spectral.yaml').results).toEqual([]);
      writeFileSync(path.join(WORK, 'all.spectral.yaml'), snippet('spectral-yaml-all'));
      writeFileSync(
        path.join(WORK, 'undeclared.yaml'),
        'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths:\n  /orders/{id}/cancel:\n    post:\n      responses:\n        "303":\n          description: See the order\n          headers:\n            Location: {schema: {type: string}}\n',
      );
      expect(lintJson('undeclared.yaml', 'all.spectral.yaml').results.map((r) => r.code)).toContain(
        'http-status-profile-suggestion',
      );
      expect(lintJson('undeclared.yaml', '.spectral.yaml').results.map((r) => r.code)).not.toContain(
        'http-status-profile-suggestion',
      );
    });

    test("the YAML way to set a rule's own options: a function file and a redefined rule", () => {
      mkdirSync(path.join(WORK, 'functions'), { recursive: true });
      writeFileSync(path.join(WORK, 'functions', 'httpStatusErrorExpected.js'), snippet('function-file'));
      writeFileSync(path.join(WORK, 'functions.spectral.yaml'), snippet('spectral-yaml-functions'));
      writeFileSync(
        path.join(WORK, 'async-delete.yaml'),
        'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /jobs/{id}:\n    delete:\n      responses:\n        "202": {description: Accepted}\n        "400": {description: Bad id}\n        "404": {description: No job}\n',
      );
      const run = lintJson('async-delete.yaml', 'functions.spectral.yaml');
      expect(run.results.map((r) => [r.code, r.path.join('.'), r.message])).toEqual([
        [
          'http-status-error-expected',
          'paths./jobs/{id}.delete.responses',
          'DELETE /jobs/{id} does not declare 500 Internal Server Error, which the house rules ask of every operation (`always`); add a 500 response (documentation completeness).',
        ],
      ]);
    });
  });

  describe('the report command from the tarball', () => {
    const report = (args: string[]): CliRun => {
      // npx finds the bin the tarball installed, as a user types it; --offline: never the registry.
      const run = spawnSync('npx', ['--offline', '--no-install', 'spectral-http-status', ...args], {
        cwd: WORK,
        encoding: 'utf8',
        timeout: 120000,
      });
      return { status: run.status, stdout: run.stdout, stderr: run.stderr };
    };

    test("npx spectral-http-status report: the project's .spectral.yaml, the lint's findings, its exit code", () => {
      const run = report(['report', 'sample-openapi.yaml', '--format', 'json']);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      const map = JSON.parse(run.stdout) as {
        ruleset: string;
        findings: Array<{ rule: string; path: string[]; line: number }>;
      };
      expect(map.ruleset).toBe('.spectral.yaml');
      expect(map.findings.map((f) => [f.rule, f.path.join('.'), f.line])).toEqual(SAMPLE_FINDINGS);
      expect(report(['report', 'warnings-only.yaml', '-f', 'markdown', '--fail-severity', 'warn']).status).toBe(1);
      expect(report(['report', 'clean-openapi-3.0.yaml', '-f', 'markdown']).status).toBe(0);
    });

    test("the README workflow's map step: Markdown in the step summary, the HTML map, findings let through", () => {
      const workflow = load(snippet('github-workflow')) as {
        jobs: { spectral: { steps: Array<{ name?: string; run?: string; if?: string }> } };
      };
      const step = workflow.jobs.spectral.steps.find((s) => s.name === 'Status-code map');
      expect(step?.if).toBe('always()');
      const summary = path.join(WORK, 'step-summary.md');
      writeFileSync(summary, '');
      rmSync(path.join(WORK, 'status-map.html'), { force: true });
      // As GitHub runs a `run:` step: bash -e, in the workspace, with GITHUB_STEP_SUMMARY set.
      const run = spawnSync('bash', ['-e', '-c', step?.run ?? 'false'], {
        cwd: WORK,
        encoding: 'utf8',
        env: { ...process.env, GITHUB_STEP_SUMMARY: summary, npm_config_offline: 'true' },
        timeout: 120000,
      });
      expect(run.status).toBe(0);
      expect(readFileSync(summary, 'utf8')).toContain('## Status codes: ');
      expect(readFileSync(summary, 'utf8')).toContain('| `GET /orders` (line 9) | `201` |  |  | 1 |');
      expect(existsSync(path.join(WORK, 'status-map.html'))).toBe(true);
      // A document that cannot be read fails the step: exit code 2 is not let through.
      const broken = spawnSync('bash', ['-e', '-c', (step?.run ?? '').replace(/openapi\.yaml/g, 'missing.yaml')], {
        cwd: WORK,
        encoding: 'utf8',
        env: { ...process.env, GITHUB_STEP_SUMMARY: summary, npm_config_offline: 'true' },
        timeout: 120000,
      });
      expect(broken.status).not.toBe(0);
      expect(broken.stderr).toMatch(/the document .*missing\.yaml does not exist/);
    });

    test('HTML to a file, and the JSON Schema the package ships', () => {
      const run = report(['report', 'sample-openapi.yaml', '-o', 'map.html']);
      expect(run.stderr).toMatch(/^Wrote .*map\.html: 5 operations, 7 findings\.\n$/);
      expect(readFileSync(path.join(WORK, 'map.html'), 'utf8')).toContain(
        '<script type="application/json" id="status-map-data">',
      );
      const schema = require.resolve('spectral-http-status/status-map.schema.json', { paths: [CONSUMER] });
      expect(JSON.parse(readFileSync(schema, 'utf8')).title).toBe('Status-code map');
    });
  });

  describe('adoption from the tarball: baseline, lint --baseline, --prune, diff git: and fix, on each Node', () => {
    /** The installed bin, as `npx spectral-http-status` runs it, on a given Node. */
    const bin = (node: string, cwd: string, args: string[]): CliRun => {
      const run = spawnSync(
        node,
        [path.join(CONSUMER, 'node_modules', 'spectral-http-status', 'dist', 'bin.cjs'), ...args],
        { cwd, encoding: 'utf8', timeout: 120000 },
      );
      return { status: run.status, stdout: run.stdout, stderr: run.stderr };
    };
    const git = (cwd: string, args: string[]): string =>
      execFileSync(
        'git',
        ['-c', 'user.name=Host Test', '-c', 'user.email=host@test.invalid', '-c', 'init.defaultBranch=main', ...args],
        { cwd, encoding: 'utf8' },
      );
    const sample = readFileSync(path.join(ROOT, 'fixtures', 'sample-openapi.yaml'), 'utf8');
    // What a pull request does: fixes one finding (GET /orders no longer declares 201) and adds an operation with a new one (a GET that declares 201).
    const changed = sample
      .replace("        '201':\n          description: Never happens on a read\n", '')
      .replace(
        'paths:\n',
        "paths:\n  /reports:\n    get:\n      summary: A report\n      responses:\n        '200':\n          description: The report\n        '201':\n          description: Never happens on a read either\n        '401':\n          $ref: '#/components/responses/Unauthorized'\n",
      );

    test.each(NODES)('%s', (_name, node, version) => {
      expect(changed).not.toBe(sample);
      expect(spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()).toMatch(version);
      // A project folder of its own: the README's .spectral.yaml, the document, a git repository.
      const dir = path.join(WORK, `adopt-${path.basename(path.dirname(path.dirname(node)))}`);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir);
      writeFileSync(path.join(dir, '.spectral.yaml'), snippet('spectral-yaml'));
      writeFileSync(path.join(dir, 'openapi.yaml'), sample);

      // 1. baseline: accepts today's findings, one entry per semantic key.
      const made = bin(node, dir, ['baseline', 'openapi.yaml']);
      expect(made.status).toBe(0);
      expect(made.stderr).toMatch(/\.http-status-baseline\.yaml/);
      type Entries = {
        version: number;
        documents: Record<string, Record<string, Array<{ where: string; code?: string; count: number }>>>;
      };
      const entries = (file: Entries): string[] =>
        Object.values(file.documents).flatMap((rules) =>
          Object.entries(rules).flatMap(([rule, list]) => list.map((e) => `${rule} ${e.where} ${e.code ?? ''}`)),
        );
      const baseline = load(readFileSync(path.join(dir, '.http-status-baseline.yaml'), 'utf8')) as Entries;
      expect(baseline.version).toBe(1);
      expect(entries(baseline)).toHaveLength(SAMPLE_FINDINGS.length);
      expect(entries(baseline)).toContain('http-status-method-matrix GET /orders 201');

      // 2. lint --baseline on the same document: nothing new, exit 0.
      const clean = bin(node, dir, [
        'lint',
        'openapi.yaml',
        '--baseline',
        '.http-status-baseline.yaml',
        '--format',
        'json',
      ]);
      expect(clean.status).toBe(0);
      expect(JSON.parse(clean.stdout)).toEqual([]);

      // 3. The change: only the new finding fails the lint, on its line; the fixed one is no longer there.
      git(dir, ['init', '-q']);
      git(dir, ['add', '-A']);
      git(dir, ['commit', '-q', '-m', 'base']);
      writeFileSync(path.join(dir, 'openapi.yaml'), changed);
      const fresh = bin(node, dir, [
        'lint',
        'openapi.yaml',
        '--baseline',
        '.http-status-baseline.yaml',
        '--format',
        'json',
        '--fail-severity',
        'warn',
      ]);
      expect(fresh.status).toBe(1);
      const found = JSON.parse(fresh.stdout) as Array<{ code: string; path: string[] }>;
      expect(found.map((r) => [r.code, r.path.join('.')])).toEqual([
        ['http-status-method-matrix', 'paths./reports.get.responses.201'],
      ]);
      expect(fresh.stderr).toMatch(/1 finding beyond the baseline/);

      // 4. --prune drops the fixed entry and adds nothing: the new finding still fails.
      const pruned = bin(node, dir, ['baseline', 'openapi.yaml', '--prune']);
      expect(pruned.status).toBe(0);
      const after = entries(load(readFileSync(path.join(dir, '.http-status-baseline.yaml'), 'utf8')) as Entries);
      expect(after).toEqual(entries(baseline).filter((e) => e !== 'http-status-method-matrix GET /orders 201'));
      expect(
        bin(node, dir, [
          'lint',
          'openapi.yaml',
          '--baseline',
          '.http-status-baseline.yaml',
          '--format',
          'json',
          '--fail-severity',
          'warn',
        ]).status,
      ).toBe(1);

      // 5. diff against the commit: the new finding, the fixed one, the operation and codes the change added or removed.
      // The removed 201 is breaking; the new finding is a warning, under the default --fail-severity (error).
      const diff = bin(node, dir, [
        'diff',
        'git:HEAD:openapi.yaml',
        'openapi.yaml',
        '--format',
        'json',
        '--fail-on',
        'breaking',
      ]);
      expect(diff.stderr).toBe(
        'spectral-http-status diff: 1 new finding, 1 fixed; 1 status-code change, 1 breaking.\n',
      );
      expect(diff.status).toBe(1);
      const result = JSON.parse(diff.stdout) as {
        summary: Record<string, number>;
        findings: { new: Array<{ rule: string }> };
        operations: Array<{ kind: string; operation: string }>;
        codes: Array<{ kind: string; operation: string; was?: string }>;
      };
      expect(result.summary).toMatchObject({
        newFindings: 1,
        fixedFindings: 1,
        operationsAdded: 1,
        operationsRemoved: 0,
        codesRemoved: 1,
      });
      expect(result.findings.new.map((f) => f.rule)).toEqual(['http-status-method-matrix']);
      expect(result.operations).toEqual([expect.objectContaining({ kind: 'added', operation: 'GET /reports' })]);
      expect(result.codes).toEqual([
        expect.objectContaining({ kind: 'removed', operation: 'GET /orders', was: '201', breaking: true }),
      ]);
      expect(bin(node, dir, ['diff', 'git:HEAD:openapi.yaml', 'openapi.yaml', '--format', 'json']).status).toBe(0);
      expect(
        bin(node, dir, ['diff', 'git:HEAD:openapi.yaml', 'openapi.yaml', '--format', 'json', '--fail-severity', 'warn'])
          .status,
      ).toBe(1);
      const markdown = bin(node, dir, ['diff', 'git:HEAD:openapi.yaml', 'openapi.yaml', '--fail-on', 'none']);
      expect(markdown.status).toBe(0);
      expect(markdown.stdout).toMatch(/^## Status codes: what this change does/m);

      // 6. fix, on a copy of the sample (the README's diff names it sample-openapi.yaml), with the README's .spectral.yaml.
      const copy = path.join(dir, 'sample-openapi.yaml');
      writeFileSync(copy, sample);
      const lintCodes = (): string[] =>
        (
          JSON.parse(bin(node, dir, ['lint', 'sample-openapi.yaml', '--format', 'json']).stdout) as Array<{
            code: string;
          }>
        )
          .map((r) => r.code)
          .sort();
      const findingsBefore = lintCodes();
      expect(findingsBefore).toHaveLength(SAMPLE_FINDINGS.length);
      // --dry-run: the README's diff on stdout, what it fixed and left on stderr, nothing written; exit 1 (two left for a person).
      const dry = bin(node, dir, ['fix', 'sample-openapi.yaml', '--dry-run']);
      expect(dry.stdout).toBe(snippet('fix-diff'));
      expect(dry.status).toBe(1);
      const fixedRules = [
        ...(/^Fixed \(\d+\):\n((?:  .*\n)*)/m.exec(dry.stderr)?.[1] ?? '').matchAll(/^ {2}\d+:\d+ {2}(\S+)/gm),
      ].map((m) => m[1] as string);
      expect(fixedRules.sort()).toEqual(['http-status-etag-header', 'http-status-no-body']);
      // The 201's Location is left: no 201 of the sample declares one.
      expect(dry.stderr).toMatch(
        /^Left for a person \(2\):\n {2}\d+:\d+ {2}http-status-location-header {2}POST \/orders 201 Location: no 201 of the document declares a Location header[^\n]*\n {2}\d+:\d+ {2}http-status-error-expected {2}GET \/orders\/\{id\} 304: the document has no shared response for 304 to reuse/m,
      );
      expect(dry.stderr).toMatch(/: 2 fixed, 2 left, [^\n]*; nothing written \(--dry-run\)\.\n$/);
      expect(readFileSync(copy, 'utf8')).toBe(sample);
      // The fix itself: the same diff, the file written with exactly that change (taking the diff back gives the sample).
      const wrote = bin(node, dir, ['fix', 'sample-openapi.yaml']);
      expect(wrote.stdout).toBe(dry.stdout);
      expect(wrote.status).toBe(1);
      expect(wrote.stderr).toMatch(/: 2 fixed, 2 left, [^\n]*; sample-openapi\.yaml written\.\n$/);
      const fixedText = readFileSync(copy, 'utf8');
      expect(fixedText).not.toBe(sample);
      execFileSync('git', ['apply', '-R', '-'], { cwd: dir, input: wrote.stdout });
      expect(readFileSync(copy, 'utf8')).toBe(sample);
      writeFileSync(copy, fixedText);
      // The re-lint: the fixed findings are gone, the others are there, none is new.
      const findingsAfter = lintCodes();
      const expectedAfter = [...findingsBefore];
      for (const rule of fixedRules) expectedAfter.splice(expectedAfter.indexOf(rule), 1);
      expect(findingsAfter).toEqual(expectedAfter);
      expect(findingsAfter).not.toContain('http-status-no-body');
      // A second run has nothing to fix.
      const again = bin(node, dir, ['fix', 'sample-openapi.yaml', '--dry-run']);
      expect(again.stdout).toBe('');
      expect(again.stderr).toMatch(/nothing to fix in sample-openapi\.yaml; 2 left/);
      expect(readFileSync(copy, 'utf8')).toBe(fixedText);
    });
  });

  describe('CI output', () => {
    test("the README workflow's lint step: stylish on stdout, SARIF 2.1.0 that validates, exit code from --fail-severity", () => {
      const workflow = load(snippet('github-workflow')) as {
        jobs: { spectral: { steps: Array<{ name?: string; run?: string; if?: string }> } };
      };
      const steps = workflow.jobs.spectral.steps;
      const lintStep = steps.find((s) => s.name === 'Lint');
      expect(steps.find((s) => s.name === 'Upload SARIF')?.if).toBe('always()');
      const command = lintStep?.run ?? '';
      expect(command.startsWith('npx spectral-http-status lint ')).toBe(true);
      // A baseline that accepts nothing yet: every finding is new, as on the first day.
      writeFileSync(path.join(WORK, '.http-status-baseline.yaml'), 'version: 1\ndocuments: {}\n');
      const spawned = spawnSync('bash', ['-c', command.replace(/^npx /, 'npx --offline --no-install ')], {
        cwd: WORK,
        encoding: 'utf8',
        timeout: 120000,
      });
      const run = { status: spawned.status, stdout: spawned.stdout, stderr: spawned.stderr };
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/http-status-success-required/);
      const sarif = JSON.parse(readFileSync(path.join(WORK, 'spectral.sarif'), 'utf8'));
      const schema = JSON.parse(
        readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
      );
      // The published schema has a pattern that is not valid in unicode mode.
      const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
      addFormats(ajv);
      const validate = ajv.compile(schema);
      expect(validate(sarif) ? [] : validate.errors).toEqual([]);
      expect(sarif.version).toBe('2.1.0');
      const rules = sarif.runs[0].tool.driver.rules as Array<{
        id: string;
        shortDescription?: { text: string };
        helpUri?: string;
      }>;
      const fired = new Set((sarif.runs[0].results as Array<{ ruleId: string }>).map((r) => r.ruleId));
      expect(fired.size).toBeGreaterThanOrEqual(5);
      for (const id of fired) {
        const rule = rules.find((r) => r.id === id);
        expect(rule?.shortDescription?.text).toBeTruthy();
        expect(rule?.helpUri).toBe(`${DOCS_BASE}${id}.md`);
      }
    });

    test('--format github-actions names the rule and links its page', () => {
      const run = spectral(['lint', 'warnings-only.yaml', '--ruleset', '.spectral.yaml', '--format', 'github-actions']);
      expect(run.stdout.trim()).toBe(
        `::warning title=http-status-method-matrix,file=warnings-only.yaml,col=15,endColumn=51,line=11,endLine=12::GET /reports declares 201 Created, which reports a creation, but GET is safe and creates nothing (RFC 9110 §9.2.1, §15.3.2); answer 200 OK, or create with POST or PUT.%0ADocumentation: ${DOCS_BASE}http-status-method-matrix.md`,
      );
    });
  });

  describe('VS Code extension loader (core 1.19.4, functions 1.9.3, formats 1.8.2, bundler 1.6.1, migrator 1.11.1)', () => {
    interface LoaderOut {
      versions: Record<string, string>;
      fetches: string[];
      error: string | null;
      results: Array<{ code: string; path: string[]; range: { start: { line: number; character: number } } }>;
    }
    const load_ = (ruleset: string, doc: string): LoaderOut =>
      JSON.parse(
        execFileSync(
          process.execPath,
          [path.join(VSCODE, 'lint.cjs'), path.join(WORK, ruleset), path.join(WORK, doc)],
          { cwd: VSCODE, encoding: 'utf8' },
        ),
      );

    test('the README .spectral.yaml loads with no network fetch, and diagnostics sit on the status-code keys (0-based)', () => {
      const out = load_('.spectral.yaml', 'sample-openapi.yaml');
      expect(out.versions).toEqual({
        'spectral-core': '1.19.4',
        'spectral-functions': '1.9.3',
        'spectral-formats': '1.8.2',
        'spectral-ruleset-bundler': '1.6.1',
        'spectral-ruleset-migrator': '1.11.1',
      });
      expect(out.error).toBeNull();
      expect(out.fetches).toEqual([]);
      expect(out.results.map((r) => [r.code, r.path.join('.'), r.range.start.line])).toEqual(
        SAMPLE_FINDINGS.map(([c, p, l]) => [c, p, l - 1]),
      );
      // The finding is on the code's line, its range starting just after `'201':` (the README's "Where a finding sits").
      const lines = readFileSync(path.join(WORK, 'sample-openapi.yaml'), 'utf8').split('\n');
      const matrix = out.results.find((r) => r.code === 'http-status-method-matrix')!;
      const line = lines[matrix.range.start.line] ?? '';
      expect(line.trim()).toBe("'201':");
      // 0-based here; the CLI prints the same place 1-based (`25:15`).
      expect(matrix.range.start.character).toBe(line.indexOf("'201':") + "'201':".length);
    });

    test('the strict entry point loads there without a fetch, with the strict findings', () => {
      writeFileSync(path.join(WORK, 'strict.spectral.yaml'), snippet('spectral-yaml-strict'));
      const out = load_('strict.spectral.yaml', 'sample-openapi.yaml');
      expect(out.error).toBeNull();
      expect(out.fetches).toEqual([]);
      expect(out.results.map((r) => [r.code, r.path.join('.'), r.range.start.line])).toEqual(
        SAMPLE_STRICT_FINDINGS.map(([c, p, l]) => [c, p, l - 1]),
      );
    });

    test('profile rules run there too', () => {
      const out = load_('.spectral.yaml', 'level3-broken.yaml');
      expect(out.fetches).toEqual([]);
      expect(out.results.map((r) => r.code)).toEqual([
        'http-status-profile-headers',
        'http-status-profile-forbidden',
        'http-status-profile-required',
        'http-status-profile-forbidden',
        'http-status-profile-methods',
        'http-status-profile-unknown',
      ]);
    });

    test('the relative-path .spectral.js and the YAML function file load there without a fetch', () => {
      writeFileSync(path.join(WORK, 'relative.spectral.js'), snippet('vscode-js'));
      const js = load_('relative.spectral.js', 'sample-openapi.yaml');
      expect(js.error).toBeNull();
      expect(js.fetches).toEqual([]);
      expect(js.results).toHaveLength(SAMPLE_STRICT_FINDINGS.length);
      mkdirSync(path.join(WORK, 'functions'), { recursive: true });
      writeFileSync(path.join(WORK, 'functions', 'httpStatusErrorExpected.js'), snippet('function-file'));
      writeFileSync(path.join(WORK, 'functions.spectral.yaml'), snippet('spectral-yaml-functions'));
      const yaml = load_('functions.spectral.yaml', 'sample-openapi.yaml');
      expect(yaml.error).toBeNull();
      expect(yaml.fetches).toEqual([]);
    });

    test('what the README warns against: a bare import in a .spectral.js goes to the CDN', () => {
      writeFileSync(
        path.join(WORK, 'bare.spectral.js'),
        "import httpStatus from 'spectral-http-status';\nexport default { extends: [httpStatus] };\n",
      );
      const out = load_('bare.spectral.js', 'sample-openapi.yaml');
      expect(out.fetches).toEqual(['https://cdn.skypack.dev/spectral-http-status']);
      expect(out.error).toMatch(/network fetch attempted/);
    });
  });
});
