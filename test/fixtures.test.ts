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
import { as31, lint, strict } from './helpers/lint';
import { validateOpenApi } from './helpers/openapi-validate';

const ROOT = path.join(__dirname, '..', 'fixtures');
const valid = readdirSync(ROOT).filter((f) => /\.(ya?ml|json)$/.test(f));

describe('fixtures', () => {
  test('there are fixtures to check', () => {
    expect(valid.length).toBeGreaterThanOrEqual(5);
  });

  // swagger-parser knows no 3.2: a 3.2 fixture is validated as its 3.1 shape (test/helpers/lint.ts).
  function validationTarget(file: string): object | string {
    const text = require('node:fs').readFileSync(path.join(ROOT, file), 'utf8') as string;
    const doc = load(text) as Record<string, unknown>;
    return typeof doc.openapi === 'string' && doc.openapi.startsWith('3.2.') ? as31(doc) : path.join(ROOT, file);
  }

  test.each(valid)('%s is valid OpenAPI', async (file) => {
    await expect(SwaggerParser.validate(validationTarget(file) as never)).resolves.toBeTruthy();
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
  // (3.2's QUERY findings cite the IETF draft by its long name: left out.)
  test.each(
    valid
      .filter((f) => !f.startsWith('oas32-'))
      .flatMap(
        (file) =>
          [
            [file, 'default'],
            [file, 'strict'],
          ] as const,
      ),
  )('%s (%s mode): no message is over the limit', async (file, mode) => {
    const source = path.join(ROOT, file);
    const text = require('node:fs').readFileSync(source, 'utf8') as string;
    const found = await lint(text, { source, ...(mode === 'strict' ? { ruleset: strict } : {}) });
    expect(
      found.filter((f) => f.message.length > MESSAGE_LIMIT[mode]).map((f) => `${f.message.length}: ${f.message}`),
    ).toEqual([]);
  });

  // The test harness validates its documents with schemas compiled once
  // (test/helpers/openapi-validate.ts); it must judge as swagger-parser does.
  const INVALID: ReadonlyArray<readonly [string, object]> = [
    [
      '3.0 with a response that is not an object',
      {
        openapi: '3.0.3',
        info: { title: 't', version: '1' },
        paths: { '/a': { get: { responses: { '200': 'ok' } } } },
      },
    ],
    [
      '3.1 with a parameter without `in`',
      {
        openapi: '3.1.0',
        info: { title: 't', version: '1' },
        paths: { '/a': { get: { parameters: [{ name: 'q' }], responses: { '200': { description: 'ok' } } } } },
      },
    ],
    [
      '2.0 with two operations of one operationId',
      {
        swagger: '2.0',
        info: { title: 't', version: '1' },
        paths: {
          '/a': {
            get: { operationId: 'x', responses: { '200': { description: 'ok' } } },
            put: { operationId: 'x', responses: { '200': { description: 'ok' } } },
          },
        },
      },
    ],
    [
      '3.0 with a broken $ref',
      {
        openapi: '3.0.3',
        info: { title: 't', version: '1' },
        paths: { '/a': { get: { responses: { '200': { $ref: '#/components/responses/Nope' } } } } },
      },
    ],
  ];
  test.each(INVALID)('the harness rejects what swagger-parser rejects: %s', async (_name, doc) => {
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).rejects.toThrow();
    await expect(validateOpenApi(structuredClone(doc))).rejects.toThrow();
  });
  test.each(valid)('the harness accepts %s, as swagger-parser does', async (file) => {
    await expect(validateOpenApi(validationTarget(file))).resolves.toBeUndefined();
  });

  test('the invalid fixture is rejected by swagger-parser (so the check above can fail)', async () => {
    await expect(SwaggerParser.validate(path.join(ROOT, 'invalid', 'malformed-keys.yaml'))).rejects.toThrow();
    await expect(validateOpenApi(path.join(ROOT, 'invalid', 'malformed-keys.yaml'))).rejects.toThrow();
  });
});
