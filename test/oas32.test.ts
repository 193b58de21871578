/**
 * An OpenAPI 3.2 document end to end (fixtures/oas32-operations.yaml): a
 * QUERY operation, additional operations (LINK, registered; PURGE, not), a
 * querystring parameter, a QUERY webhook and a callback's NOTIFY. Exactly
 * the findings the rule pages say, in both modes, and the status-code map
 * with a row per operation, named by the method as written.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { as31, lint, strict } from './helpers/lint';
import { mapOf } from './helpers/report';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'oas32-operations.yaml');
const text = readFileSync(FIXTURE, 'utf8');

const COMMON = [
  ['http-status-code-registered', 'paths./products/{id}.additionalOperations.PURGE.responses.299'],
  ['http-status-error-expected', 'paths./products/{id}.additionalOperations.PURGE.responses'],
  ['http-status-location-header', 'paths./products/{id}.additionalOperations.PURGE.responses.301'],
  ['http-status-method-matrix', 'paths./products.query.responses.201'],
  ['http-status-method-matrix', 'webhooks.productChanged.query.responses.202'],
];

describe('OpenAPI 3.2 end to end', () => {
  test('default mode: the querystring calls for 400; QUERY 201 and 202 do not belong; PURGE is judged by the method-independent rules', async () => {
    const found = await lint(text, { source: FIXTURE });
    expect(found.map((f) => [f.code, f.path]).sort()).toEqual(
      [...COMMON, ['http-status-error-expected', 'paths./products.get.responses']].sort(),
    );
    expect(found.find((f) => f.path === 'paths./products.get.responses')?.message).toBe(
      "GET /products takes the query string (the parameter 'filter') but does not declare 400 Bad Request (or 422 Unprocessable Content); add a 400 response (documentation completeness).",
    );
    // QUERY /products declares 400 and takes content: nothing more asked in the default mode; its 303 has its Location.
    expect(
      found.filter((f) => f.path.startsWith('paths./products.query') && f.code !== 'http-status-method-matrix'),
    ).toEqual([]);
    // LINK (registered, no column) and the callback's NOTIFY declare what they need.
    expect(found.filter((f) => /LINK|NOTIFY/.test(f.path))).toEqual([]);
  });

  test('strict mode: also 415 of the content of QUERY and POST, 400 of every input, and of the webhook', async () => {
    const found = await lint(text, { source: FIXTURE, ruleset: strict });
    expect(found.map((f) => [f.code, f.path]).sort()).toEqual(
      [
        ...COMMON,
        ['http-status-error-expected', 'paths./products.get.responses'],
        ['http-status-error-expected', 'paths./products.query.responses'],
        ['http-status-error-expected', 'paths./products.post.responses'],
        ['http-status-error-expected', 'paths./products/{id}.get.responses'],
        ['http-status-error-expected', 'paths./products/{id}.additionalOperations.LINK.responses'],
        ['http-status-error-expected', 'paths./products/{id}.additionalOperations.PURGE.responses'],
        ['http-status-error-expected', 'webhooks.productChanged.query.responses'],
        ['http-status-error-expected', 'webhooks.productChanged.query.responses'],
      ].sort(),
    );
  });

  test('the status-code map has a row per operation, named and filtered by the method as written', async () => {
    const { map } = await mapOf('oas32-operations.yaml');
    const rows = map.rows.filter((r) => r.kind === 'operation').map((r) => [r.method, r.label]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['get', 'GET /products'],
        ['query', 'QUERY /products'],
        ['post', 'POST /products'],
        ['link', 'LINK /products/{id}'],
        ['purge', 'PURGE /products/{id}'],
        ['query', "QUERY webhook 'productChanged'"],
      ]),
    );
    expect(rows.some(([, label]) => String(label).startsWith('NOTIFY {$request.body#/callbackUrl}'))).toBe(true);
    const purge = map.rows.find((r) => r.label === 'PURGE /products/{id}');
    expect(Object.keys(purge?.cells ?? {}).sort()).toEqual(['202', '299', '301', '404']); // 404: the code error-expected asks for
  });

  test('the 3.2 fixture is checked as its 3.1 shape, and that check can fail', async () => {
    const doc = (await import('js-yaml')).load(text) as Record<string, unknown>;
    await expect(SwaggerParser.validate(as31(doc) as never)).resolves.toBeTruthy();
    const broken = JSON.parse(JSON.stringify(doc)) as { paths: Record<string, Record<string, unknown>> };
    (broken.paths['/products'] as Record<string, unknown>).query = { responses: 'none' };
    await expect(SwaggerParser.validate(as31(broken as Record<string, unknown>) as never)).rejects.toThrow();
  });
});
