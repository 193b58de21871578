/**
 * `fix` leaves what it cannot edit safely (flow maps, anchors and aliases)
 * and says why, changing nothing; and when the re-lint of a fix would show
 * a new finding or the document no longer validates, it writes nothing and
 * says why (the fix is tampered with through planFixes, the seam the
 * command calls).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cli } from './helpers/cli';

let tamper: ((text: string) => string) | undefined;
jest.mock('../cli/fix/plan', () => {
  const actual = jest.requireActual('../cli/fix/plan');
  return {
    ...actual,
    planFixes: (...args: unknown[]) => {
      const plan = actual.planFixes(...args);
      return tamper === undefined || plan.fixed.length === 0 ? plan : { ...plan, text: tamper(plan.text) };
    },
  };
});

const FIXTURES = path.join(__dirname, '..', 'fixtures');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'fix-safety-'));
  tamper = undefined;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const copy = (name: string): string => {
  writeFileSync(path.join(dir, path.basename(name)), readFileSync(path.join(FIXTURES, name), 'utf8'));
  return path.basename(name);
};

test('a flow map and an anchored response are left for a person, with the reason; nothing changes', async () => {
  const file = copy('fix/oas30-flow-anchor.yaml');
  const before = readFileSync(path.join(dir, file), 'utf8');
  const run = await cli(dir, 'fix', file);
  expect(run.stdout).toBe('');
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('Left for a person');
  expect(run.stderr).toContain('Left for a person (3)');
  expect(run.stderr).toMatch(/DELETE \/a\/\{id\} 204 body: [^\n]*cannot be edited: it is written as a flow mapping/);
  expect(run.stderr).toMatch(/DELETE \/b\/\{id\} 204 body: [^\n]*under the YAML anchor &gone/);
  expect(run.stderr).toMatch(/DELETE \/c\/\{id\} 204 body: [^\n]*it is the YAML alias \*gone/);
  expect(readFileSync(path.join(dir, file), 'utf8')).toBe(before);
});

test('a fix whose re-lint shows a new finding: nothing written, the reason printed', async () => {
  const file = copy('fix/oas31-204.yaml');
  const before = readFileSync(path.join(dir, file), 'utf8');
  tamper = (text) => text.replace("        '404':\n          description: Not found\n", '');
  const run = await cli(dir, 'fix', file);
  expect(run.code).not.toBe(0);
  expect(run.stdout).toBe('');
  expect(run.stderr).toContain('nothing written to oas31-204.yaml, because');
  expect(run.stderr).toContain('the fixed document has a new finding at line 10: http-status-error-expected');
  expect(run.stderr).not.toContain('no longer validates');
  expect(readFileSync(path.join(dir, file), 'utf8')).toBe(before);
});

test('a fix that leaves the document invalid: nothing written, the reason printed', async () => {
  const file = copy('fix/oas31-204.yaml');
  const before = readFileSync(path.join(dir, file), 'utf8');
  tamper = (text) =>
    text.replace('          description: Deleted\n', '          description: Deleted\n          bogus: 1\n');
  const run = await cli(dir, 'fix', file);
  expect(run.code).not.toBe(0);
  expect(run.stdout).toBe('');
  expect(run.stderr).toContain('no longer validates');
  expect(readFileSync(path.join(dir, file), 'utf8')).toBe(before);
});

test('a fix whose re-lint raises a new finding on the operation it edits is held back, and the others are written', async () => {
  const file = copy('sample-openapi.yaml');
  // Spoil the ETag fix only: where it is made, a 299 appears beside it (a new finding on that operation).
  tamper = (text) =>
    text.includes('The entity tag of the representation.')
      ? text.replace(
          "        '200':\n          description: The order\n",
          "        '299':\n          description: Odd\n        '200':\n          description: The order\n",
        )
      : text;
  const run = await cli(dir, 'fix', file);
  const after = readFileSync(path.join(dir, file), 'utf8');
  expect(after).not.toContain('The entity tag of the representation.');
  expect(after).not.toContain("'299'");
  // The 204's body is removed all the same.
  expect(after).not.toBe(readFileSync(path.join(FIXTURES, 'sample-openapi.yaml'), 'utf8'));
  expect(run.stderr).toContain('http-status-no-body  DELETE /orders/{id} 204 body: removed');
  expect(run.stderr).toMatch(/http-status-etag-header {2}GET [^\n]*: its fix would make the re-lint fail/);
  expect(run.stderr).toMatch(/written/);
  expect(run.code).toBe(1);
});
