/**
 * Property-based robustness: documents with random shapes wherever an
 * OpenAPI document has objects (paths, operations, responses, parameters,
 * headers, security, profiles, waivers): null, arrays, numbers, strings,
 * deep nesting, hostile keys, numeric and empty keys, $refs that point
 * nowhere or in a cycle. No check may throw, and every finding Spectral
 * reports has a path that exists in the document.
 */
import fc from 'fast-check';
import { Document, Spectral } from '@stoplight/spectral-core';
import * as Parsers from '@stoplight/spectral-parsers';
import { ruleset } from './helpers/lint';
import { allRulesEnabled } from './helpers/rulesets';
import { getModel } from '../functions/lib/model';
import { getAt } from '../functions/lib/safe';
import { RULES } from '../functions/rules';
import locationHeader from '../functions/rules/http-status-location-header';
import retryAfterHeader from '../functions/rules/http-status-retry-after-header';
import allowHeader from '../functions/rules/http-status-allow-header';
import { Rule, defineRule } from '../functions/lib/rule';

/** A JSON value whose objects are lists of entries, so that keys such as `__proto__` survive as own keys. */
type J = null | boolean | number | string | J[] | { readonly entries: Array<[string, J]> };

function text(value: J): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(text).join(',')}]`;
  return `{${value.entries.map(([k, v]) => `${JSON.stringify(k)}:${text(v)}`).join(',')}}`;
}

const obj = (...entries: Array<[string, J]>): J => ({ entries });

// Spectral's own $ref resolver crashes on a key named `hasOwnProperty` before
// any rule runs, so that one key is left out (see test/robustness.test.ts).
const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  '',
  '0',
  '1',
  '200',
  '2XX',
  '2xx',
  '600',
  'default',
  'x-any',
  '$ref',
];
const FIELD_KEYS = [
  'responses',
  'parameters',
  'headers',
  'content',
  'schema',
  'security',
  'requestBody',
  'callbacks',
  'name',
  'in',
  'description',
  'x-profiles',
  'x-http-status-ignore',
];
const REFS = [
  '#/components/responses/R',
  '#/components/parameters/P',
  '#/components/headers/H',
  '#/nowhere/at/all',
  '#',
  '#/paths',
  '#/components/responses/Loop',
  'other.yaml#/x',
  '#/components/responses/R/content',
];

const scalar = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 700 }),
  fc.string({ maxLength: 8 }),
  fc.constantFrom('data', 'entity', 'dta', '*', 'Location', 'If-Match', 'Range', 'header', 'query', 'path'),
);

const { tree } = fc.letrec<{ tree: J; node: J }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('node')),
  node: fc.oneof(
    { depthSize: 'small' },
    fc.array(tie('tree'), { maxLength: 3 }),
    fc
      .array(fc.tuple(fc.constantFrom(...HOSTILE_KEYS, ...FIELD_KEYS), tie('tree')), { maxLength: 4 })
      .map((entries) => ({ entries })),
    fc.constantFrom(...REFS).map((ref) => obj(['$ref', ref])),
  ),
}));

const header = fc.oneof(
  tree,
  fc.constant(obj(['schema', obj(['type', 'string'])])),
  fc.constantFrom(...REFS).map((r) => obj(['$ref', r])),
);
const response = fc.oneof(
  tree,
  fc
    .record({
      headers: fc.array(
        fc.tuple(fc.constantFrom('Location', 'ETag', 'Allow', 'Content-Range', '__proto__', 'profile'), header),
        { maxLength: 3 },
      ),
      body: fc.boolean(),
    })
    .map(({ headers, body }) =>
      obj(
        ['description', 'r'],
        ['headers', { entries: headers }],
        ...(body ? ([['content', obj(['application/json', obj(['schema', obj()])])]] as Array<[string, J]>) : []),
      ),
    ),
);
const statusKey = fc.constantFrom(
  '200',
  '201',
  '204',
  '206',
  '303',
  '304',
  '307',
  '400',
  '404',
  '412',
  '416',
  '2XX',
  '4XX',
  '2xx',
  '600',
  '299',
  'default',
  '__proto__',
  'constructor',
  '',
  'x-note',
  ' 200',
);
const responses = fc.oneof(
  tree,
  fc.array(fc.tuple(statusKey, response), { maxLength: 6 }).map((entries) => ({ entries })),
);
const parameter = fc.oneof(
  tree,
  fc
    .record({
      name: fc.constantFrom('id', 'If-Match', 'If-None-Match', 'Range', 'Expect', '__proto__', 'constructor'),
      in: fc.constantFrom('path', 'query', 'header', 'body', 'formData', 'cookie'),
    })
    .map(({ name, in: where }) => obj(['name', name], ['in', where])),
);
const profiles = fc.oneof(
  tree,
  fc.array(
    fc.constantFrom(
      'data',
      'entity',
      'action',
      'form',
      'alias',
      'content',
      'async',
      'dta',
      'https://level3.rest/profiles/mixins/entity',
      '__proto__',
    ),
    { maxLength: 3 },
  ) as fc.Arbitrary<J>,
);
const waiver = fc.oneof(
  tree,
  fc
    .array(
      fc.tuple(
        fc.constantFrom('*', 'http-status-error-expected', 'http-status-method-matrix', 'nope', '__proto__'),
        fc.oneof(fc.constant(''), fc.constant('why'), tree),
      ),
      { maxLength: 2 },
    )
    .map((entries) => ({ entries })),
);
const operation = fc.oneof(
  tree,
  fc
    .record({
      responses,
      parameters: fc.oneof(tree, fc.array(parameter, { maxLength: 3 }) as fc.Arbitrary<J>),
      security: fc.oneof(tree, fc.constant([] as J), fc.constant([obj()] as J), fc.constant([obj(['k', []])] as J)),
      body: fc.boolean(),
      xp: fc.option(profiles),
      ignore: fc.option(waiver),
      callbacks: fc.option(tree),
    })
    .map(({ responses: r, parameters: p, security, body, xp, ignore, callbacks }) => {
      const entries: Array<[string, J]> = [
        ['responses', r],
        ['parameters', p],
        ['security', security],
      ];
      if (body) entries.push(['requestBody', obj(['content', obj(['application/json', obj()])])]);
      if (xp !== null) entries.push(['x-profiles', xp]);
      if (ignore !== null) entries.push(['x-http-status-ignore', ignore]);
      if (callbacks !== null) entries.push(['callbacks', callbacks]);
      return { entries };
    }),
);
const pathItem = fc.oneof(
  tree,
  fc
    .array(
      fc.tuple(
        fc.constantFrom(
          'get',
          'put',
          'post',
          'delete',
          'options',
          'head',
          'patch',
          'trace',
          'parameters',
          'x-profiles',
          '__proto__',
          '$ref',
        ),
        operation,
      ),
      { maxLength: 5 },
    )
    .map((entries) => ({ entries })),
);
const pathKey = fc.constantFrom(
  '/a',
  '/a/{id}',
  '/{x}/{y}',
  '',
  '__proto__',
  '/constructor',
  'x-ext',
  '0',
  '{$request.body#/url}',
);
const documentArb = fc
  .record({
    version: fc.constantFrom<Array<Array<[string, J]>>>(
      [['swagger', '2.0']],
      [['openapi', '3.0.3']],
      [['openapi', '3.1.0']],
      [['openapi', 3]],
      [],
    ),
    paths: fc.oneof(
      tree,
      fc.array(fc.tuple(pathKey, pathItem), { maxLength: 4 }).map((entries) => ({ entries })),
    ),
    webhooks: fc.option(
      fc.oneof(
        tree,
        fc
          .array(fc.tuple(fc.constantFrom('hook', '__proto__'), pathItem), { maxLength: 2 })
          .map((entries) => ({ entries })),
      ),
    ),
    components: fc.record({
      R: response,
      P: parameter,
      H: header,
      Loop: fc.constant(obj(['$ref', '#/components/responses/Loop'])),
    }),
    rootProfiles: fc.option(profiles),
    rootIgnore: fc.option(waiver),
    security: fc.option(tree),
  })
  .map(({ version, paths, webhooks, components, rootProfiles, rootIgnore, security }) => {
    const entries: Array<[string, J]> = [...version, ['info', obj(['title', 't'], ['version', '1'])], ['paths', paths]];
    if (webhooks !== null) entries.push(['webhooks', webhooks]);
    entries.push([
      'components',
      obj(
        ['responses', obj(['R', components.R], ['Loop', components.Loop])],
        ['parameters', obj(['P', components.P])],
        ['headers', obj(['H', components.H])],
      ),
    ]);
    if (rootProfiles !== null) entries.push(['x-profiles', rootProfiles]);
    if (rootIgnore !== null) entries.push(['x-http-status-ignore', rootIgnore]);
    if (security !== null) entries.push(['security', security]);
    return text({ entries });
  });

type HeaderRule = Rule<string, object>;

/**
 * A twin of a response-header rule that visits every response and keeps
 * those with the rule's codes, instead of reading them through the index
 * by code: the two must find the same.
 */
function everyResponse(rule: HeaderRule): HeaderRule {
  const visit = rule.visit;
  if (visit.each !== 'response' || visit.codes === undefined)
    throw new Error(`${rule.id} does not read responses by code`);
  const codes = visit.codes;
  return defineRule({
    ...rule,
    id: `${rule.id}-twin`,
    visit: {
      each: 'response',
      check: (entry, run) =>
        entry.code !== undefined && codes.includes(entry.code) ? visit.check(entry, run) : undefined,
    },
  });
}

const HEADER_RULES = [locationHeader, retryAfterHeader, allowHeader].map(
  (rule) => [rule, everyResponse(rule)] as const,
);

describe('properties', () => {
  test('no rule throws on any document shape (pure layer, many documents)', () => {
    fc.assert(
      fc.property(documentArb, (json) => {
        const doc = JSON.parse(json) as unknown;
        const model = getModel(doc, doc, json);
        for (const rule of RULES) rule.findings(model, undefined, doc);
        for (const rule of RULES)
          rule.findings(
            model,
            {
              allow: { get: [201] },
              forbid: { get: [405] },
              profiles: { report: { kind: 'core', methods: { get: { required: [[200]] } } } },
            },
            doc,
          );
      }),
      { numRuns: 1500, seed: 20261122 },
    );
  });

  test('the response-header rules find, through their index by code, what a visit of every response finds', () => {
    const key = (f: { path: readonly unknown[]; message: string }): string => `${JSON.stringify(f.path)} ${f.message}`;
    let compared = 0;
    fc.assert(
      fc.property(documentArb, (json) => {
        const doc = JSON.parse(json) as unknown;
        const model = getModel(doc, doc, json);
        for (const [indexed, twin] of HEADER_RULES) {
          const every = twin.findings(model).map(key).sort();
          expect(indexed.findings(model).map(key).sort()).toEqual(every);
          compared += every.length;
        }
      }),
      { numRuns: 1500, seed: 20261122 },
    );
    // The comparison means something only if some generated documents have findings.
    expect(compared).toBeGreaterThan(10);
  });

  test('the same on a document where every header rule has findings, several per operation', () => {
    const responses = Object.fromEntries(
      ['201', '206', '301', '401', '405', '416', '429', '503', 'default'].map((c) => [c, { description: c }]),
    );
    const doc = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: Object.fromEntries(
        ['/a', '/b/{id}'].map((p) => [p, { get: { responses }, post: { responses }, put: { responses } }]),
      ),
      webhooks: { hook: { post: { responses } } },
    };
    const model = getModel(doc, doc, JSON.stringify(doc));
    const key = (f: { path: readonly unknown[]; message: string }): string => `${JSON.stringify(f.path)} ${f.message}`;
    for (const [indexed, twin] of HEADER_RULES) {
      const every = twin.findings(model).map(key);
      expect(every.length).toBeGreaterThan(1);
      expect(indexed.findings(model).map(key).sort()).toEqual(every.sort());
    }
  });

  test('through Spectral: the run never fails, no function reports an internal error, every finding path exists', async () => {
    const all = allRulesEnabled();
    const noop = {
      rules: { noop: { given: '$', resolved: false, severity: 'hint', then: { function: () => undefined } } },
    } as never;
    const run = async (rs: unknown, json: string): Promise<Awaited<ReturnType<Spectral['run']>>> => {
      const spectral = new Spectral();
      spectral.setRuleset(rs as never);
      return spectral.run(new Document(json, Parsers.Json, '/virtual/doc.json'), { ignoreUnknownFormat: true });
    };
    let spectralOwnFailures = 0;
    await fc.assert(
      fc.asyncProperty(documentArb, async (json) => {
        const doc = JSON.parse(json) as unknown;
        // Spectral itself fails on some hostile shapes (a `__proto__` key set
        // to a scalar makes its resolver trip over a frozen proxy) before any
        // rule runs; those documents are Spectral's limit, not this ruleset's.
        try {
          await run(noop, json);
        } catch {
          spectralOwnFailures++;
          return;
        }
        for (const rs of [ruleset, all]) {
          const results = await run(rs, json);
          for (const r of results.filter((x) => String(x.code).startsWith('http-status-'))) {
            expect(r.message).not.toMatch(/could not check this document/);
            if (r.path.length === 0)
              expect(r.message).toMatch(/"__proto__" key, which Spectral's parser turns into an object prototype/);
            if (r.path.length > 0) expect(getAt(doc, r.path)).not.toBeUndefined();
          }
        }
      }),
      { numRuns: 150, seed: 20261122 },
    );
    expect(spectralOwnFailures).toBeLessThan(75);
  }, 120000);
});
