/**
 * A command loads only what it needs: `lint` (with or without a baseline)
 * and `--version` do not load the `yaml` package (which writes baselines and
 * edits documents for `fix`) or swagger-parser (which `fix` validates with).
 * Each would cost `lint --baseline` tens of milliseconds of start-up against
 * `spectral lint` (bench/LINT.md). The two packages are replaced by modules
 * that throw when loaded, so a static import of either on the lint path fails
 * the test.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cli } from './helpers/cli';

jest.mock('yaml', () => {
  throw new Error('the yaml package was loaded');
});
jest.mock('@apidevtools/swagger-parser', () => {
  throw new Error('swagger-parser was loaded');
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cli-lazy-'));
  writeFileSync(
    path.join(dir, 'openapi.yaml'),
    readFileSync(path.join(__dirname, '..', 'fixtures', 'sample-openapi.yaml'), 'utf8'),
  );
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('what a command loads', () => {
  test('--version and --help load no command', async () => {
    expect((await cli(dir, '--version')).code).toBe(0);
    expect((await cli(dir, '--help')).stdout).toMatch(/Commands:/);
  });

  test('lint loads neither the yaml package nor swagger-parser', async () => {
    const run = await cli(dir, 'lint', 'openapi.yaml', '-f', 'json', '-q');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as unknown[]).length).toBeGreaterThan(0);
  });

  test('lint --baseline reads the baseline without them', async () => {
    writeFileSync(path.join(dir, 'baseline.yaml'), 'version: 1\ndocuments: {}\n');
    const run = await cli(dir, 'lint', 'openapi.yaml', '--baseline', 'baseline.yaml', '-f', 'json', '-q');
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as unknown[]).length).toBeGreaterThan(0);
  });

  test('a command that needs the yaml package loads it when it runs (the mock is in force)', async () => {
    const run = await cli(dir, 'baseline', 'openapi.yaml', '-o', 'b.yaml', '-q');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/the yaml package was loaded/);
  });
});
