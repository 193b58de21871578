/**
 * Life beside other rulesets: the README's "Using it with other rulesets"
 * snippets, run against the real packages (spectral:oas, IBM's ruleset, the
 * OWASP ruleset, Redocly's linter). Without the snippets' `rules` lines each
 * listed pair reports the same problem twice; with them, once.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { RulesetDefinition } from '@stoplight/spectral-core';
import { oas } from '@stoplight/spectral-rulesets';
import { load } from 'js-yaml';
import { LintFinding, lint, ruleset as ours } from './helpers/lint';

const ibm = require('@ibm-cloud/openapi-ruleset') as RulesetDefinition;

const owaspModule = require('@stoplight/spectral-owasp-ruleset') as { default?: RulesetDefinition } & RulesetDefinition;
const owasp = owaspModule.default ?? owaspModule;

/**
 * Redocly's linter (@redocly/openapi-core) is an ES module, which Jest's
 * CommonJS runtime cannot load: a Node process runs it, with the document
 * and the config on its standard input.
 */
function lintRedocly(raw: unknown, rule: string): string[] {
  const script = `
    import { createConfig, lintFromString } from '@redocly/openapi-core';
    let input = '';
    for await (const chunk of process.stdin) input += chunk;
    const { source, raw, rule } = JSON.parse(input);
    const config = await createConfig(raw);
    const problems = await lintFromString({ source, absoluteRef: '/virtual/openapi.yaml', config });
    console.log(JSON.stringify(problems.filter((p) => p.ruleId === rule).map((p) => p.location[0].pointer)));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: path.join(__dirname, '..'),
    input: JSON.stringify({ source: DOCUMENT, raw, rule }),
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[];
}

const README = readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');

function snippet(name: string): Record<string, unknown> {
  const match = new RegExp(`<!-- snippet:${name} -->\\n\`\`\`\\w*\\n([\\s\\S]*?)\`\`\``).exec(README);
  if (match?.[1] === undefined) throw new Error(`README has no snippet ${name}`);
  return load(match[1]) as Record<string, unknown>;
}

/** A document with one instance of every overlap the README lists. */
const DOCUMENT = `openapi: 3.0.3
info: {title: Orders, version: "1.0.0", description: Orders., contact: {email: a@example.com}, license: {name: MIT}}
servers: [{url: "https://api.example.com/v1"}]
security: [{bearer: []}]
tags: [{name: orders, description: Orders.}]
paths:
  /orders:
    get:
      operationId: listOrders
      summary: List orders
      description: Lists orders.
      tags: [orders]
      responses:
        "400": {description: Bad, content: {application/json: {schema: {$ref: "#/components/schemas/Error"}}}}
    post:
      operationId: createOrder
      summary: Create an order
      description: Creates an order.
      tags: [orders]
      requestBody: {required: true, content: {application/json: {schema: {$ref: "#/components/schemas/Order"}}}}
      responses:
        "201": {description: Created, headers: {Location: {schema: {type: string}}}, content: {application/json: {schema: {$ref: "#/components/schemas/Order"}}}}
        "401": {description: Who, content: {application/json: {schema: {$ref: "#/components/schemas/Error"}}}}
  /health:
    get:
      operationId: health
      summary: Health
      description: Says whether the service is up.
      tags: [orders]
  /orders/{id}:
    parameters:
      - {name: id, in: path, required: true, description: The id., schema: {type: string}}
    get:
      operationId: getOrder
      summary: Read an order
      description: Reads an order.
      tags: [orders]
      parameters:
        - {name: If-None-Match, in: header, description: A tag., schema: {type: string}}
      responses:
        "200": {description: The order, content: {application/json: {schema: {$ref: "#/components/schemas/Order"}}}}
        "304": {description: Not modified}
        "401": {description: Who, content: {application/json: {schema: {$ref: "#/components/schemas/Error"}}}}
        "404": {description: None, content: {application/json: {schema: {$ref: "#/components/schemas/Error"}}}}
    delete:
      operationId: deleteOrder
      summary: Delete an order
      description: Deletes an order.
      tags: [orders]
      responses:
        "204": {description: Deleted, content: {application/json: {schema: {$ref: "#/components/schemas/Error"}}}}
        "401": {description: Who, content: {application/json: {schema: {$ref: "#/components/schemas/Error"}}}}
        "404": {description: None, content: {application/json: {schema: {$ref: "#/components/schemas/Error"}}}}
        "412": {description: Changed, content: {application/json: {schema: {$ref: "#/components/schemas/Error"}}}}
        "429": {description: Slow down, headers: {X-Request-Id: {schema: {type: string}}}, content: {application/json: {schema: {$ref: "#/components/schemas/Error"}}}}
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
  schemas:
    Order:
      type: object
      description: An order.
      properties: {id: {type: string, description: The id., maxLength: 64}}
    Error:
      type: object
      description: A problem.
      properties: {title: {type: string, description: What., maxLength: 200}}
`;

/** The operation a finding is about (`paths./orders.get`), whatever key of it the rule reports on. */
const operationOf = (f: LintFinding): string => f.path.split('.').slice(0, 3).join('.');

/** The operations on which both rules report. */
async function both(rs: RulesetDefinition, theirs: string, mine: string): Promise<string[]> {
  const found = await lint(DOCUMENT, { ruleset: rs, valid: false });
  const a = new Set(found.filter((f) => f.code === theirs).map(operationOf));
  return [...new Set(found.filter((f) => f.code === mine).map(operationOf))].filter((op) => a.has(op));
}

const CASES: Array<[string, RulesetDefinition, string, ReadonlyArray<readonly [string, string]>]> = [
  [
    'spectral:oas',
    oas as RulesetDefinition,
    'with-oas',
    [['operation-success-response', 'http-status-success-required']],
  ],
  [
    '@ibm-cloud/openapi-ruleset',
    ibm,
    'with-ibm',
    [
      ['ibm-etag-header', 'http-status-etag-header'],
      ['ibm-precondition-headers', 'http-status-request-headers'],
      ['ibm-response-status-codes', 'http-status-no-body'],
    ],
  ],
  [
    '@stoplight/spectral-owasp-ruleset',
    owasp,
    'with-owasp',
    [
      ['owasp:api8:2023-define-error-responses-401', 'http-status-error-expected'],
      ['owasp:api8:2023-define-error-validation', 'http-status-error-expected'],
      ['owasp:api4:2023-rate-limit-retry-after', 'http-status-retry-after-header'],
    ],
  ],
];

describe.each(CASES)('beside %s', (_name, theirs, name, pairs) => {
  const rules = snippet(name).rules as Record<string, string>;

  test.each(pairs)(
    'without the README lines, %s and %s report the same problem on the same operation',
    async (their, mine) => {
      const rs = { extends: [theirs, ours] } as unknown as RulesetDefinition;
      expect(await both(rs, their, mine)).not.toEqual([]);
    },
  );

  test.each(pairs)('with the README lines, %s and %s report it once', async (their, mine) => {
    const rs = { extends: [theirs, ours], rules } as unknown as RulesetDefinition;
    expect(await both(rs, their, mine)).toEqual([]);
    // One of the two is off, the other still reports the problem.
    const found = await lint(DOCUMENT, { ruleset: rs, valid: false });
    const kept = rules[their] === 'off' ? mine : their;
    expect(found.some((f) => f.code === kept)).toBe(true);
  });
});

describe('beside Redocly CLI', () => {
  test('redocly.yaml from the README turns off the rule ours reports on the same operation', async () => {
    const ourFindings = (await lint(DOCUMENT, { valid: false }))
      .filter((f) => f.code === 'http-status-success-required')
      .map(operationOf);
    expect(ourFindings).toEqual(['paths./orders.get', 'paths./health.get']);
    expect(lintRedocly({ extends: ['recommended'] }, 'operation-2xx-response')).toEqual([
      '#/paths/~1orders/get/responses',
    ]);
    expect(lintRedocly(snippet('redocly-yaml'), 'operation-2xx-response')).toEqual([]);
  });
});
