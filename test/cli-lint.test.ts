/**
 * `spectral-http-status lint`, in-process: the same findings as Spectral's
 * own run with the same ruleset, in every output format; fingerprints from
 * the semantic key that survive edits above a finding; the command line's
 * mistakes and a broken ruleset said as `spectral lint` says them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { load } from 'js-yaml';
import { Document, Spectral } from '@stoplight/spectral-core';
import { createHttpAndFileResolver } from '@stoplight/spectral-ref-resolver';
import * as Parsers from '@stoplight/spectral-parsers';
import { json } from '@stoplight/spectral-formatters';
import { cli } from './helpers/cli';
import { FINGERPRINT_NAME, FORMAT_NAMES } from '../cli/formats';
import { moveLines, reorder } from './helpers/edits';
import { ruleset, toYaml } from './helpers/lint';

const FIXTURES = path.join(__dirname, '..', 'fixtures');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cli-lint-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const copy = (name: string, as = path.basename(name)): string => {
  writeFileSync(path.join(dir, as), readFileSync(path.join(FIXTURES, name), 'utf8'));
  return as;
};

describe('lint: the findings of spectral lint', () => {
  test.each([
    'sample-openapi.yaml',
    'level3-broken.yaml',
    'report/swagger-2.0.yaml',
    'report/openapi-3.1-webhooks.yaml',
    'report/waivers.yaml',
    'invalid/malformed-keys.yaml',
  ])('%s: JSON equal to Spectral’s run with the same ruleset', async (name) => {
    const file = copy(name);
    const ours = await cli(dir, 'lint', file, '-f', 'json', '-q');
    const spectral = new Spectral({ resolver: createHttpAndFileResolver() });
    spectral.setRuleset(ruleset);
    const source = path.join(dir, file);
    const results = await spectral.run(new Document(readFileSync(source, 'utf8'), Parsers.Yaml, source));
    const expected = json(
      results.map((r) => ({ ...r, documentationUrl: undefined })),
      { failSeverity: 0 },
    );
    expect(JSON.parse(ours.stdout)).toEqual(JSON.parse(expected));
    expect(ours.code).toBe(results.some((r) => r.severity === 0) ? 1 : 0);
  });

  test('every format of spectral lint is written', async () => {
    const file = copy('sample-openapi.yaml');
    for (const format of FORMAT_NAMES) {
      const run = await cli(dir, 'lint', file, '-f', format, '-q');
      expect({ format, stderr: run.stderr }).toEqual({ format, stderr: '' });
      expect(run.stdout.length).toBeGreaterThan(50);
      expect(run.code).toBe(1);
    }
  });

  test('several formats, each to its file, one to standard output', async () => {
    const file = copy('sample-openapi.yaml');
    const run = await cli(
      dir,
      'lint',
      file,
      '-f',
      'stylish',
      '-f',
      'sarif',
      '--output.sarif',
      'out/results.sarif',
      '-q',
    );
    expect(run.stdout).toMatch(/http-status-no-body/);
    expect(JSON.parse(readFileSync(path.join(dir, 'out', 'results.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  test('-F warn fails on warnings; -D shows only failures', async () => {
    const file = copy('warnings-only.yaml');
    expect((await cli(dir, 'lint', file, '-q')).code).toBe(0);
    expect((await cli(dir, 'lint', file, '-q', '-F', 'warn')).code).toBe(1);
    const shown = JSON.parse(
      (await cli(dir, 'lint', copy('sample-openapi.yaml'), '-f', 'json', '-D', '-q')).stdout,
    ) as Array<{ severity: number }>;
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((r) => r.severity === 0)).toBe(true);
  });
});

describe('fingerprints from the semantic key', () => {
  const sarifOf = async (text: string): Promise<Map<string, string>> => {
    writeFileSync(path.join(dir, 'openapi.yaml'), text);
    const run = await cli(dir, 'lint', 'openapi.yaml', '-f', 'sarif', '-q');
    const sarif = JSON.parse(run.stdout) as {
      runs: Array<{
        results: Array<{
          ruleId: string;
          message: { text: string };
          partialFingerprints?: Record<string, string>;
          locations: Array<{ physicalLocation: { region: { startLine: number } } }>;
        }>;
      }>;
    };
    const out = new Map<string, string>();
    for (const r of sarif.runs[0]?.results ?? [])
      out.set(`${r.ruleId} ${r.message.text}`, r.partialFingerprints?.[FINGERPRINT_NAME] ?? '');
    return out;
  };

  test('SARIF validates, every result has a fingerprint of its own, and it survives lines moving and keys reordering', async () => {
    const doc = load(readFileSync(path.join(FIXTURES, 'sample-openapi.yaml'), 'utf8')) as Record<string, unknown>;
    const before = await sarifOf(toYaml(doc));
    const prints = [...before.values()];
    expect(prints.every((p) => /^[0-9a-f]{64}$/.test(p))).toBe(true);
    expect(new Set(prints).size).toBe(prints.length);
    expect(await sarifOf(moveLines(toYaml(doc)))).toEqual(before);
    expect(await sarifOf(toYaml(reorder(doc)))).toEqual(before);
    expect(await sarifOf(JSON.stringify(doc, null, 2))).toEqual(before);
    const run = await cli(dir, 'lint', 'openapi.yaml', '-f', 'sarif', '-q');
    const schema = JSON.parse(
      readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
    ) as object;
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(JSON.parse(run.stdout)) ? [] : validate.errors).toEqual([]);
  });

  test('code-climate and GitLab carry the same fingerprints, not the JSON path', async () => {
    copy('sample-openapi.yaml', 'openapi.yaml');
    const climate = JSON.parse((await cli(dir, 'lint', 'openapi.yaml', '-f', 'code-climate', '-q')).stdout) as Array<{
      fingerprint: string;
    }>;
    const gitlab = JSON.parse((await cli(dir, 'lint', 'openapi.yaml', '-f', 'gitlab', '-q')).stdout) as Array<{
      fingerprint: string;
    }>;
    const sarif = JSON.parse((await cli(dir, 'lint', 'openapi.yaml', '-f', 'sarif', '-q')).stdout) as {
      runs: Array<{ results: Array<{ partialFingerprints: Record<string, string> }> }>;
    };
    expect(climate.map((c) => c.fingerprint)).toEqual(
      sarif.runs[0]?.results.map((r) => r.partialFingerprints[FINGERPRINT_NAME]),
    );
    expect(gitlab).toEqual(climate);
  });
});

describe('mistakes, said once and plainly', () => {
  test('a usage mistake: one line and where the help is, exit 2', async () => {
    const run = await cli(dir, 'lint', '--frmat', 'json', 'x.yaml');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "spectral-http-status lint: Unknown option '--frmat'\nRun `spectral-http-status lint --help` for its options.\n",
    );
    expect((await cli(dir, 'lint')).stderr).toMatch(/^spectral-http-status lint: no documents/);
    expect((await cli(dir, 'lint', 'x.yaml', '-f', 'xml')).stderr).toMatch(
      /--format 'xml' is not one of json, stylish/,
    );
    expect((await cli(dir, 'lnt')).stderr).toBe(
      "spectral-http-status: unknown command 'lnt'; the commands are lint, baseline, diff, fix, report, playground (see --help)\n",
    );
  });

  test('a document that does not exist, a glob that matches nothing', async () => {
    const run = await cli(dir, 'lint', 'nope.yaml');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^spectral-http-status lint: the document .*nope\.yaml does not exist\n$/);
    const glob = await cli(dir, 'lint', 'apis/*.yaml');
    expect(glob.stderr).toMatch(/Glob pattern `apis\/\*\.yaml` did not match any files\n.*No files found to lint/s);
    expect((await cli(dir, 'lint', 'apis/*.yaml', '--fail-on-unmatched-globs')).stderr).toMatch(
      /Unmatched glob patterns: `apis\/\*\.yaml`/,
    );
  });

  test('a ruleset that fails Spectral’s validation: each problem with its file, line and column', async () => {
    copy('sample-openapi.yaml');
    writeFileSync(
      path.join(dir, '.spectral.yaml'),
      'rules:\n  my-rule:\n    given: $\n    severity: loud\n    then:\n      function: truthy\n',
    );
    const run = await cli(dir, 'lint', 'sample-openapi.yaml');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^spectral-http-status lint: the ruleset .*\.spectral\.yaml cannot be loaded:\n {2}.*\.spectral\.yaml:4:15 — the value has to be one of: 0, 1, 2, 3 or "error", "warn", "info", "hint", "off"\n/,
    );
  });

  test('-o to a folder, or to the document itself', async () => {
    copy('sample-openapi.yaml');
    const folder = await cli(dir, 'lint', 'sample-openapi.yaml', '-o', '.');
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(
      /^spectral-http-status lint: -o \. is a folder: give a file name, e.g\. out\.txt\n$/m,
    );
    const self = await cli(dir, 'lint', 'sample-openapi.yaml', '-o', 'sample-openapi.yaml');
    expect(self.code).toBe(2);
    expect(self.stderr).toMatch(/is the document being read/);
    expect(readFileSync(path.join(dir, 'sample-openapi.yaml'), 'utf8')).toBe(
      readFileSync(path.join(FIXTURES, 'sample-openapi.yaml'), 'utf8'),
    );
  });
});
