/**
 * An OpenAPI 3.2 document end to end (fixtures/oas32-operations.yaml): a
 * QUERY operation, additional operations (LINK, registered; PURGE, not;
 * HEAD, which has a field of its own), a querystring parameter, a QUERY
 * webhook and a callback's NOTIFY. Exactly the findings the rule pages say,
 * in both modes, and the status-code map with a row per operation, named by
 * the method as written, its cells labelled by the responses' `summary`.
 * The same fixture is the playground's 3.2 sample (test/playground.test.ts:
 * the page's findings are the CLI's, in both modes) and one of the map's
 * fixtures (test/report/: the report's JSON is the CLI lint's, and valid).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { as31, lint, strict } from './helpers/lint';
import { mapOf } from './helpers/report';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'oas32-operations.yaml');
const text = readFileSync(FIXTURE, 'utf8');

const COMMON = [
  ['http-status-method-matrix', 'paths./products/{id}.additionalOperations.HEAD'],
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
    // HEAD has a field of its own: reported on its key; judged as HEAD (its 404 is there, so nothing more).
    expect(found.find((f) => f.path === 'paths./products/{id}.additionalOperations.HEAD')?.message).toBe(
      "HEAD /products/{id} is written under `additionalOperations` as 'HEAD', but HEAD has a field of its own (OpenAPI 3.2 Path Item Object: `additionalOperations` MUST NOT hold a method that another field defines); move it to the path item's `head:` field.",
    );
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
        ['http-status-error-expected', 'paths./products/{id}.additionalOperations.HEAD.responses'],
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
        ['head', 'HEAD /products/{id}'],
        ['link', 'LINK /products/{id}'],
        ['purge', 'PURGE /products/{id}'],
        ['query', "QUERY webhook 'productChanged'"],
      ]),
    );
    expect(rows.some(([, label]) => String(label).startsWith('NOTIFY {$request.body#/callbackUrl}'))).toBe(true);
    const purge = map.rows.find((r) => r.label === 'PURGE /products/{id}');
    expect(Object.keys(purge?.cells ?? {}).sort()).toEqual(['202', '299', '301', '404']); // 404: the code error-expected asks for
    // The repeated HEAD is a problem of the operation itself (its own cell), not a code that does not belong.
    const head = map.rows.find((r) => r.label === 'HEAD /products/{id}');
    expect(head?.own).toMatchObject({ state: 'problem', declared: false });
    expect(map.findings.find((f) => f.row === head?.id && f.cell === null)).toMatchObject({
      rule: 'http-status-method-matrix',
      kind: 'problem',
    });
    // Cells are labelled by the response's 3.2 `summary` when it has one, else by its description.
    const query = map.rows.find((r) => r.label === 'QUERY /products');
    expect(query?.cells['303']?.label).toBe('A stored result');
    expect(query?.cells['400']?.label).toBe('The query is malformed');
    expect(map.version).toBe('3.2');
  });

  test('the 3.2 fixture is checked as its 3.1 shape, and that check can fail', async () => {
    const doc = (await import('js-yaml')).load(text) as Record<string, unknown>;
    await expect(SwaggerParser.validate(as31(doc) as never)).resolves.toBeTruthy();
    const broken = JSON.parse(JSON.stringify(doc)) as { paths: Record<string, Record<string, unknown>> };
    (broken.paths['/products'] as Record<string, unknown>).query = { responses: 'none' };
    await expect(SwaggerParser.validate(as31(broken as Record<string, unknown>) as never)).rejects.toThrow();
  });
});
