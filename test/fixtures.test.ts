/**
 * Every fixture that claims to be valid OpenAPI is validated with
 * swagger-parser, so no test passes on a malformed document by accident.
 * Fixtures under `fixtures/invalid/` are malformed on purpose, and
 * `fixtures/multi-file/` holds fragments that are $ref'd, not documents.
 */
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { load } from 'js-yaml';
import { as31, lint } from './helpers/lint';

const ROOT = path.join(__dirname, '..', 'fixtures');
const valid = readdirSync(ROOT).filter((f) => /\.(ya?ml|json)$/.test(f));

describe('fixtures', () => {
  test('there are fixtures to check', () => {
    expect(valid.length).toBeGreaterThanOrEqual(5);
  });

  test.each(valid)('%s is valid OpenAPI', async (file) => {
    const text = require('node:fs').readFileSync(path.join(ROOT, file), 'utf8') as string;
    const doc = load(text) as Record<string, unknown>;
    // swagger-parser knows no 3.2: a 3.2 fixture is validated as its 3.1 shape (test/helpers/lint.ts).
    const target = typeof doc.openapi === 'string' && doc.openapi.startsWith('3.2.') ? as31(doc) : path.join(ROOT, file);
    await expect(SwaggerParser.validate(target as never)).resolves.toBeTruthy();
  });

  test.each(valid.filter((f) => f.startsWith('clean-')))('%s lints clean with the whole ruleset', async (file) => {
    const text = require('node:fs').readFileSync(path.join(ROOT, file), 'utf8') as string;
    const found = await lint(text, { source: path.join(ROOT, file) });
    expect(found).toEqual([]);
  });

  test('the invalid fixture is rejected by swagger-parser (so the check above can fail)', async () => {
    await expect(SwaggerParser.validate(path.join(ROOT, 'invalid', 'malformed-keys.yaml'))).rejects.toThrow();
  });
});
