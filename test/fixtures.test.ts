/**
 * Every fixture that claims to be valid OpenAPI is validated with
 * swagger-parser, so no test passes on a malformed document by accident.
 * Fixtures under `fixtures/invalid/` are malformed on purpose, and
 * `fixtures/multi-file/` holds fragments that are $ref'd, not documents.
 */
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { lint, strict } from './helpers/lint';

const ROOT = path.join(__dirname, '..', 'fixtures');
const valid = readdirSync(ROOT).filter((f) => /\.(ya?ml|json)$/.test(f));

describe('fixtures', () => {
  test('there are fixtures to check', () => {
    expect(valid.length).toBeGreaterThanOrEqual(5);
  });

  test.each(valid)('%s is valid OpenAPI', async (file) => {
    await expect(SwaggerParser.validate(path.join(ROOT, file))).resolves.toBeTruthy();
  });

  test.each(valid.filter((f) => f.startsWith('clean-')))('%s lints clean with the whole ruleset', async (file) => {
    const text = require('node:fs').readFileSync(path.join(ROOT, file), 'utf8') as string;
    const found = await lint(text, { source: path.join(ROOT, file) });
    expect(found).toEqual([]);
  });

  // Stylish prints one line per finding: the message says the essential
  // first and keeps the basis and the fix, with nothing said twice, so
  // that a line of the demo's output stays readable in a terminal.
  // The strict mode's policy findings carry the line of a .spectral.js
  // that allows the code, which is longer.
  const MESSAGE_LIMIT = { default: 180, strict: 270 } as const;
  test.each(valid.flatMap((file) => [[file, 'default'], [file, 'strict']] as const))('%s (%s mode): no message is over the limit', async (file, mode) => {
    const source = path.join(ROOT, file);
    const text = require('node:fs').readFileSync(source, 'utf8') as string;
    const found = await lint(text, { source, ...(mode === 'strict' ? { ruleset: strict } : {}) });
    expect(found.filter((f) => f.message.length > MESSAGE_LIMIT[mode]).map((f) => `${f.message.length}: ${f.message}`)).toEqual([]);
  });

  test('the invalid fixture is rejected by swagger-parser (so the check above can fail)', async () => {
    await expect(SwaggerParser.validate(path.join(ROOT, 'invalid', 'malformed-keys.yaml'))).rejects.toThrow();
  });
});
