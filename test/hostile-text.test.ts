/**
 * Hostile text: document strings in messages are quoted the one way
 * (functions/lib/quote.ts). Spectral evaluates `#{{...}}` and substitutes
 * `{{name}}` in every message a function returns, so a message that quoted
 * a path key as written could hang the lint or rewrite itself.
 *
 * The fixtures are rewritten so that every string a user chooses (path keys,
 * component and header names, descriptions, summaries, profile names,
 * waiver rule names, callback names and expressions) ends with
 * `#{{1+1}}{{path}}\u202E`, and every message of every rule must show that
 * text literally: braces unbroken for a reader, nothing evaluated or
 * substituted, the bidi override shown as `\u202E`. The test walks the
 * registry: every rule must fire on the rewritten fixtures, so a rule that
 * quotes document text without `quote` cannot hide.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { load } from 'js-yaml';
import { RULE_NAMES } from '../functions/rules';
import { uninert, quote, visible, inert, QUOTE_LIMIT } from '../functions/lib/quote';
import { LintFinding, lint, strict, toYaml } from './helpers/lint';
import { allRulesEnabled } from './helpers/rulesets';

const EVIL = '#{{1+1}}{{path}}\u202E';
/** How a message shows it: the braces as written (once the zero-width breaks are taken out), the override as `\u202E`. */
const SHOWN = '#{{1+1}}{{path}}\\u202E';

/** Maps whose keys are names a user chooses (not field names of the specification). */
const NAMED_MAPS = new Set([
  'paths',
  'webhooks',
  'x-webhooks',
  'headers',
  'callbacks',
  'responses@components',
  'schemas',
  'parameters@components',
  'x-http-status-ignore',
  'definitions',
  'responses@root',
  'parameters@root',
  'properties',
]);
/** String fields whose text is the user's. */
const TEXT_FIELDS = new Set(['description', 'summary', 'title']);

type Json = unknown;

function encode(segment: string): string {
  return encodeURIComponent(segment.replace(/~/g, '~0').replace(/\//g, '~1'));
}

/** The same `$ref`, pointing at the renamed component. */
function renameRef(ref: string): string {
  const match =
    /^#\/(components\/(?:responses|schemas|parameters|headers|callbacks)|definitions|responses|parameters)\/([^/]+)(.*)$/.exec(
      ref,
    );
  if (match === null) return ref;
  const name = decodeURIComponent(match[2] ?? '')
    .replace(/~1/g, '/')
    .replace(/~0/g, '~');
  return `#/${match[1]}/${encode(name + EVIL)}${match[3] ?? ''}`;
}

function mapKind(key: string, parentKey: string | undefined): string {
  if (key === 'responses' || key === 'parameters')
    return parentKey === 'components' ? `${key}@components` : parentKey === undefined ? `${key}@root` : key;
  return key;
}

/**
 * The document with every user-chosen name and text made hostile. With
 * `all` false, the names the rules read for their meaning stay as they are
 * (header names, profile names, header parameters), so that every rule
 * still has something to report.
 */
function hostile(value: Json, all: boolean, parentKey?: string, grandKey?: string): Json {
  if (Array.isArray(value))
    return value.map((item) =>
      typeof item === 'string' && parentKey === 'x-profiles' && all
        ? item + EVIL
        : hostile(item, all, parentKey, grandKey),
    );
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, Json> = {};
  for (const [key, child] of Object.entries(value as Record<string, Json>)) {
    if (key === '$ref' && typeof child === 'string') {
      out[key] = renameRef(child);
      continue;
    }
    if (TEXT_FIELDS.has(key) && typeof child === 'string' && parentKey !== 'info') {
      out[key] = child + EVIL;
      continue;
    }
    if (key === 'x-profiles') {
      out[key] = typeof child === 'string' && all ? child + EVIL : hostile(child, all, key, parentKey);
      continue;
    }
    // Query (and, with `all`, header) parameter names; a path parameter's name must match its template.
    const location = (value as Record<string, Json>).in;
    if (
      key === 'name' &&
      typeof child === 'string' &&
      (location === 'query' || location === 'cookie' || (all && location === 'header'))
    ) {
      out[key] = child + EVIL;
      continue;
    }
    const kind = mapKind(key, parentKey === undefined && grandKey === undefined ? undefined : parentKey);
    if (
      NAMED_MAPS.has(kind) &&
      (all || kind !== 'headers') &&
      typeof child === 'object' &&
      child !== null &&
      !Array.isArray(child)
    ) {
      const renamed: Record<string, Json> = {};
      for (const [name, item] of Object.entries(child as Record<string, Json>)) {
        const keep = name.startsWith('x-') || (kind === 'x-http-status-ignore' && name === '*');
        renamed[keep ? name : name + EVIL] = hostile(item, all, key, parentKey);
      }
      out[key] = renamed;
      continue;
    }
    out[key] = hostile(child, all, key, parentKey);
  }
  return out;
}

const FIXTURES = [
  'sample-openapi.yaml',
  'warnings-only.yaml',
  'level3-broken.yaml',
  'level3-example.yaml',
  'invalid/malformed-keys.yaml',
  'report/openapi-3.1-webhooks.yaml',
  'report/swagger-2.0.yaml',
  'report/waivers.yaml',
  'clean-openapi-3.0.yaml',
  'clean-openapi-3.1.yaml',
  'clean-swagger-2.0.yaml',
];

/** Small documents for the rules the fixtures do not reach with hostile text. */
const HEADERS_DOCUMENT = {
  openapi: '3.0.3',
  info: { title: 't', version: '1' },
  paths: {
    '/files/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      get: {
        description: 'A file.',
        parameters: [
          { name: 'Range', in: 'header', schema: { type: 'string' } },
          { name: 'If-None-Match', in: 'header', schema: { type: 'string' } },
        ],
        responses: {
          '200': {
            description: 'The file.',
            headers: { ETag: { schema: { type: 'string' } }, 'Cache-Control': { schema: { type: 'string' } } },
          },
          '206': { $ref: '#/components/responses/Partial' },
          '304': { description: 'Not modified.' },
          '404': { description: 'No such file.' },
          '416': { description: 'Bad range.' },
          '426': { description: 'Upgrade.' },
        },
      },
      post: {
        responses: {
          '200': { description: 'Done.' },
          '400': { description: 'Bad.' },
          '404': { description: 'None.' },
          '426': { description: 'Upgrade.' },
        },
      },
    },
  },
  components: { responses: { Partial: { description: 'Part of the file.' } } },
};

const EXTRA = [
  toYaml(hostile(HEADERS_DOCUMENT, false)),
  // A malformed status key and a waiver of a rule that does not exist.
  toYaml({
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    paths: {
      '/keys': { get: { responses: { [`2xx${EVIL}`]: { description: 'x' }, [` 200 `]: { description: 'x' } } } },
    },
  }),
];

/** Every rule page's failing examples (docs/rules/*.md): documents that reach the rule, whatever rule is added. */
function failingExamples(): unknown[] {
  const dir = path.join(__dirname, '..', 'docs', 'rules');
  return RULE_NAMES.flatMap((name) => {
    const text = readFileSync(path.join(dir, `${name}.md`), 'utf8');
    const rest = text.slice(text.indexOf('## Failing example') + 3);
    const end = rest.search(/\n## /);
    const failing = end < 0 ? rest : rest.slice(0, end);
    return [...failing.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => load(m[1] ?? '{}'));
  });
}

function texts(): string[] {
  const out: string[] = [];
  for (const doc of failingExamples()) out.push(toYaml(hostile(doc, false)), toYaml(hostile(doc, true)));
  for (const file of FIXTURES) {
    const doc = load(readFileSync(path.join(__dirname, '..', 'fixtures', file), 'utf8'));
    out.push(toYaml(hostile(doc, false)), toYaml(hostile(doc, true)));
  }
  return [...out, ...EXTRA];
}

function checkMessage(finding: LintFinding): void {
  const message = finding.message;
  // Nothing left for Spectral's template engine, nothing substituted or evaluated.
  expect(message).not.toMatch(/\{\{/);
  expect(message).not.toContain('#/paths/');
  // Invisible and bidi characters are shown, not sent.
  expect(message).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  const shown = uninert(message);
  // Every quoted hostile text is whole: what a reader sees is what was written.
  const starts = shown.split('#{{1+1}}').length - 1;
  const whole = shown.split(SHOWN).length - 1;
  if (starts !== whole) throw new Error(`${finding.code} quotes document text without quote(): ${message}`);
}

describe('hostile text in messages', () => {
  const documents = texts();

  // Every rule on, the ones off by default included.
  const strictAll = {
    ...strict,
    rules: Object.fromEntries(
      Object.entries((strict as unknown as { rules: Record<string, object> }).rules).map(([n, r]) => [
        n,
        { ...r, recommended: true },
      ]),
    ),
  } as typeof strict;
  test.each([
    ['the default mode', allRulesEnabled()],
    ['the strict mode', strictAll],
  ])('%s: every message shows document text literally, and every rule is reached', async (_name, ruleset) => {
    const fired = new Set<string>();
    const quoting = new Set<string>();
    for (const text of documents) {
      const found = await lint(text, { valid: false, ruleset });
      for (const finding of found) {
        if (!(RULE_NAMES as readonly string[]).includes(finding.code)) continue;
        checkMessage(finding);
        fired.add(finding.code);
        if (uninert(finding.message).includes(SHOWN)) quoting.add(finding.code);
      }
    }
    // The registry, walked: a rule that no hostile document reaches is a hole in this test.
    const silent = RULE_NAMES.filter((name) => !fired.has(name));
    // The strict mode's matrix gives 426 to no method, and its profile rules
    // judge what the suggestion rule would suggest: both are reached in the
    // default mode's run.
    if (ruleset === strictAll)
      expect(
        silent.filter((n) => n !== 'http-status-profile-suggestion' && n !== 'http-status-upgrade-header'),
      ).toEqual([]);
    else expect(silent).toEqual([]);
    // The rules whose messages name an operation, a key, a name or a waiver quote it.
    for (const rule of [
      'http-status-method-matrix',
      'http-status-error-expected',
      'http-status-code-format',
      'http-status-ignore-reason',
      'http-status-profile-unknown',
      'http-status-location-header',
    ])
      expect(quoting).toContain(rule);
  });

  test("the issue's document lints at once, and its message shows the expression literally", async () => {
    const text = `openapi: 3.0.3
info: { title: t, version: '1' }
paths:
  /a#{{f(n)=n>0?f(n-1)-(0-f(n-1)):1; f(40)}}:
    get:
      responses:
        '201': { description: created }
`;
    const found = await lint(text, { valid: false });
    expect(found.map((f) => f.code).sort()).toEqual(['http-status-error-expected', 'http-status-method-matrix']);
    for (const finding of found)
      expect(uninert(finding.message)).toContain('GET /a#{{f(n)=n>0?f(n-1)-(0-f(n-1)):1; f(40)}} ');
  });

  test('{{path}} and #{{1+2}} in a path key stay as written', async () => {
    const found = await lint(
      {
        openapi: '3.0.3',
        info: { title: 't', version: '1' },
        paths: { '/a/{{path}}/#{{1+2}}': { get: { responses: { '201': { description: 'x' } } } } },
      },
      { valid: false, rule: 'http-status-method-matrix' },
    );
    expect(found).toHaveLength(1);
    expect(uninert(found[0]?.message ?? '')).toMatch(/^GET \/a\/\{\{path\}\}\/#\{\{1\+2\}\} declares 201 Created/);
  });

  test('a megabyte path key gives a message of a line', async () => {
    const key = `/${'{'.repeat(300_000)}x${'}'.repeat(300_000)}`;
    const found = await lint(
      {
        openapi: '3.0.3',
        info: { title: 't', version: '1' },
        paths: { [key]: { get: { responses: { '201': { description: 'x' } } } } },
      },
      { valid: false, rule: 'http-status-method-matrix' },
    );
    expect(found).toHaveLength(1);
    const message = found[0]?.message ?? '';
    expect(message.length).toBeLessThan(QUOTE_LIMIT * 2 + 400);
    expect(message).toContain('…');
  });
});

describe('quote', () => {
  test('breaks every pair of braces, so that Spectral’s pattern #?{{([^}\\n]+)}} never matches', () => {
    const pattern = /#?\{\{([^}\n]+)\}\}/;
    for (const text of ['{{a}}', '#{{1+1}}', '{{{{x}}}}', '{{', 'a{{b}}c{{d}}', '{'.repeat(1000) + 'x}}']) {
      expect(quote(text, 10_000)).not.toMatch(pattern);
      expect(inert(text)).not.toMatch(pattern);
      expect(uninert(inert(text))).toBe(text);
    }
  });

  test('caps the length, with an ellipsis, and describes what is not a string', () => {
    expect(quote('x'.repeat(QUOTE_LIMIT + 1))).toBe(`${'x'.repeat(QUOTE_LIMIT)}…`);
    expect(quote('x'.repeat(QUOTE_LIMIT))).toBe('x'.repeat(QUOTE_LIMIT));
    expect(quote(null)).toBe('null');
    expect(quote(['a'])).toBe('a list');
    expect(quote({})).toBe('an object');
    expect(quote(7)).toBe('7');
  });

  test('shows control, invisible and bidi characters', () => {
    expect(visible('/files/\u202Egnp.exe')).toBe('/files/\\u202Egnp.exe');
    expect(visible('a\u0000b\u200Bc\u2066d\uFEFFe\nf')).toBe('a\\u0000b\\u200Bc\\u2066d\\uFEFFe\\u000Af');
    expect(visible('tab\tand ünïcødé 😀')).toBe('tab\tand ünïcødé 😀');
    expect(visible('lone \uD800 surrogate')).toBe('lone \\uD800 surrogate');
    // The breaks `inert` makes are put in after `visible`, so they are not shown.
    expect(quote('{{')).toBe('{\u200B{');
  });
});
