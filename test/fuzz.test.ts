/**
 * The fuzz suite (issue 18): mutants of every fixture (random deletions,
 * `null`s, arrays, numbers, huge strings, `__proto__`/`constructor` keys,
 * broken and circular `$ref`s, odd status keys, template syntax, bidi
 * characters; test/helpers/mutate.ts) linted by a real Spectral run in both
 * modes. For every mutant:
 *
 * - Spectral's run never rejects (a mutant Spectral rejects with a ruleset
 *   of one core rule too is Spectral's own failure, counted apart);
 * - none of our functions threw (no "could not check this document", the
 *   catch-all's finding in functions/lib/rule.ts, nor its `__proto__` form);
 * - `Object.prototype` (and `Array.prototype`) are as they were;
 * - no message of ours holds an evaluated or substituted template, nor a
 *   `{{` left for Spectral's engine (functions/lib/quote.ts);
 * - the status-code map builds from the lint without throwing.
 *
 * Seeded, so a run is the same run; the longer run over the corpus is
 * scripts/fuzz.ts (bench/FUZZ.md).
 */
import fc from 'fast-check';
import { readFileSync, promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { load } from 'js-yaml';
import { Document, Spectral } from '@stoplight/spectral-core';
import * as Parsers from '@stoplight/spectral-parsers';
import { truthy } from '@stoplight/spectral-functions';
import type { RulesetDefinition } from '@stoplight/spectral-core';
import { Resolver } from '@stoplight/spectral-ref-resolver';
import { ruleset, strict } from './helpers/lint';
import { J, TEMPLATE, fromValue, mutate, mutationsArb, templateEvaluated, toText } from './helpers/mutate';
import { runWithNotes } from '../report/run';
import { buildStatusMap } from '../report/map';
import { uninert } from '../functions/lib/quote';
import { defineRule } from '../functions/lib/rule';
import codeFormat from '../functions/rules/http-status-code-format';

/** The catch-all's findings (functions/lib/rule.ts): a function of ours threw. */
const INTERNAL = /could not check this document/;
/**
 * The catch-all's finding for the one known cause: a `__proto__` key left revoked proxies in the resolved
 * document and a function of ours read one. It is a function that threw all the same: the rules read such a
 * document without it (the seeded run's mutants with a `__proto__` key give none, nor does the corpus fuzz,
 * bench/FUZZ.md), so a mutant that draws it fails.
 */
const PROTO = /has a "__proto__" key, which Spectral's parser turns into an object prototype/;

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const FILES = [
  'clean-openapi-3.0.yaml',
  'clean-openapi-3.1.yaml',
  'clean-swagger-2.0.yaml',
  'level3-broken.yaml',
  'level3-example.yaml',
  'sample-openapi.yaml',
  'warnings-only.yaml',
  'invalid/malformed-keys.yaml',
  'report/openapi-3.1-webhooks.yaml',
  'report/swagger-2.0.yaml',
  'report/waivers.yaml',
];
const TREES: ReadonlyArray<readonly [string, J]> = FILES.map(
  (file) => [file, fromValue(load(readFileSync(path.join(FIXTURES, file), 'utf8')))] as const,
);

/** Local files only: a mutant's `$ref` to another file is read from fixtures/, never from the network. */
const offline = new Resolver({
  resolvers: {
    file: { resolve: (ref) => fsp.readFile(ref.href(), 'utf8') },
    http: { resolve: (ref) => Promise.reject(new Error(`network disabled: ${ref.href()}`)) },
    https: { resolve: (ref) => Promise.reject(new Error(`network disabled: ${ref.href()}`)) },
  },
});

function spectralWith(definition: RulesetDefinition): Spectral {
  const spectral = new Spectral({ resolver: offline });
  spectral.setRuleset(definition);
  return spectral;
}

/**
 * A ruleset of one trivial core rule: a mutant that makes Spectral reject
 * with it too is Spectral's own failure (its parser or `$ref` resolver,
 * before any rule of ours runs), not ours.
 */
const CORE_ONLY = spectralWith({
  rules: { 'fuzz-info': { given: '$', then: { field: 'info', function: truthy } } },
});

/** Mutants with a `__proto__` key, the ones that could draw the catch-all's `__proto__` finding. */
let withProto = 0;

/** Mutants Spectral itself rejects, with the one-rule ruleset too (counted, not failed). */
const spectralOwn: string[] = [];

const MODES = [
  ['default', spectralWith(ruleset)],
  ['strict', spectralWith(strict)],
] as const;

/** What the prototypes hold: each own key with its value or accessors (compared by identity). */
function prototypes(): unknown[][] {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].flatMap((proto) =>
    Reflect.ownKeys(proto).map((key) => {
      const d = Reflect.getOwnPropertyDescriptor(proto, key);
      return [proto, key, d?.value, d?.get, d?.set, d?.writable, d?.enumerable];
    }),
  );
}

const BEFORE = prototypes();

function prototypesChanged(): boolean {
  const now = prototypes();
  return (
    now.length !== BEFORE.length || now.some((entry, i) => entry.some((part, j) => !Object.is(part, BEFORE[i]?.[j])))
  );
}

/** Everything that is wrong with one lint of one mutant, in words ('' when nothing is). */
async function problems(
  text: string,
  source: string,
  modes: ReadonlyArray<readonly [string, Spectral]> = MODES,
): Promise<string[]> {
  const found: string[] = [];
  for (const [mode, spectral] of modes) {
    let outcome;
    try {
      outcome = await runWithNotes(spectral, text, source);
    } catch (error) {
      const own = await CORE_ONLY.runWithResolved(new Document(text, Parsers.Yaml, source)).then(
        () => false,
        () => true,
      );
      if (own) {
        spectralOwn.push(`${mode}: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      found.push(`${mode}: Spectral's run rejected: ${error instanceof Error ? error.stack : String(error)}`);
      continue;
    }
    for (const result of outcome.results) {
      const code = String(result.code);
      if (!code.startsWith('http-status-')) continue;
      if (INTERNAL.test(result.message)) found.push(`${mode}: ${code} threw: ${result.message}`);
      if (PROTO.test(result.message)) found.push(`${mode}: ${code} gave up on the __proto__ key: ${result.message}`);
      if (/\{\{/.test(result.message))
        found.push(`${mode}: ${code} left a {{ for Spectral's template engine: ${result.message.slice(0, 300)}`);
      const evaluated = templateEvaluated(uninert(result.message));
      if (evaluated !== undefined)
        found.push(
          `${mode}: ${code}'s message holds an evaluated template (${evaluated}): ${result.message.slice(0, 300)}`,
        );
    }
    try {
      const map = buildStatusMap({ ...outcome, generator: 'spectral-http-status (fuzz)' });
      JSON.stringify(map);
    } catch (error) {
      found.push(`${mode}: the map threw: ${error instanceof Error ? error.stack : String(error)}`);
    }
    if (prototypesChanged() || ({} as Record<string, unknown>).fuzzPolluted !== undefined)
      found.push(`${mode}: a prototype was changed`);
  }
  return found;
}

/** A Spectral instance with one rule of ours whose check throws (the rule's own id, so its options validator exists). */
function throwing(error: () => unknown): Spectral {
  const rule = defineRule({
    ...codeFormat,
    visit: {
      each: 'document',
      check: () => {
        throw error();
      },
    },
  });
  return spectralWith({
    rules: { [rule.id]: { given: '$', severity: 'error', then: { function: rule.fn } } },
  });
}

describe('the catch-all the fuzzer looks for', () => {
  const plain = '{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{}}';
  const proto =
    '{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{"/a":{"get":{"responses":{"200":{"description":"ok"},"__proto__":{"description":"x"}}}}}}';

  test('a function that throws gives "could not check this document", which the fuzz suite reports, on a document with a __proto__ key too', async () => {
    const spectral = throwing(() => new Error('boom'));
    for (const text of [plain, proto]) {
      const found = await problems(text, path.join(FIXTURES, 'x.json'), [['thrown', spectral]]);
      expect(found).toEqual([
        expect.stringMatching(
          /^thrown: http-status-code-format threw: httpStatusCodeFormat could not check this document \(boom\); please report this with the document$/,
        ),
      ]);
    }
  });

  test('a revoked proxy (what a __proto__ key above a $ref leaves) on a document with a __proto__ key gives the __proto__ finding; without one, "could not check"', async () => {
    const revoked = (): unknown => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      try {
        return (proxy as Record<string, unknown>).x;
      } catch (error) {
        return error;
      }
    };
    const onProto = await throwing(revoked).run(new Document(proto, Parsers.Yaml, 'x.json'));
    expect(onProto.filter((r) => r.code === 'http-status-code-format').map((r) => r.message)).toEqual([
      'This document has a "__proto__" key, which Spectral\'s parser turns into an object prototype, so httpStatusCodeFormat cannot read the document reliably; rename or remove that key.',
    ]);
    // Which the fuzz suite reports as a function of ours that threw.
    expect(await problems(proto, path.join(FIXTURES, 'x.json'), [['revoked', throwing(revoked)]])).toEqual([
      'revoked: http-status-code-format gave up on the __proto__ key: ' + (onProto[0]?.message ?? ''),
    ]);
    const onPlain = await throwing(revoked).run(new Document(plain, Parsers.Yaml, 'x.json'));
    expect(onPlain.map((r) => r.message)).toEqual([
      expect.stringMatching(
        /^httpStatusCodeFormat could not check this document \(Cannot perform 'get' on a proxy that has been revoked\)/,
      ),
    ]);
  });
});

describe('fuzz: mutants of the fixtures, both modes', () => {
  test('the mutation engine writes what it mutates (a __proto__ key stays a key, a template stays as written)', () => {
    const tree = fromValue({
      openapi: '3.0.3',
      paths: { '/a': { get: { responses: { '200': { description: 'ok' } } } } },
    });
    expect(toText(mutate(tree, [{ kind: 'hostile-key', at: 0, pick: 0, payload: 0 }]))).toBe(
      '{"openapi":"3.0.3","paths":{"/a":{"get":{"responses":{"200":{"description":"ok"}}}}},"__proto__":{"fuzzPolluted":"yes","get":{"responses":{"200":{"description":"polluted"}}}}}',
    );
    // Slot 2 is the path key '/a'.
    expect(toText(mutate(tree, [{ kind: 'template', at: 2, key: true }]))).toContain(`"/a${TEMPLATE}":`);
    expect(toText(mutate(tree, [{ kind: 'circular-ref', at: 4, up: 1 }]))).toContain(
      '"responses":{"$ref":"#/paths/~1a/get"}',
    );
    expect(templateEvaluated('GET /aZQ#{{1+1}}ZP{{path}} declares')).toBeUndefined();
    expect(templateEvaluated('GET /aZQ2ZP#/paths declares')).toBe('ZQ2ZP#/paths declares');
  });

  test('Spectral never rejects, no function of ours throws, no prototype changes, no template is evaluated, the map builds', async () => {
    let linted = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: TREES.length - 1 }), mutationsArb(20_000), async (which, mutations) => {
        const [file, tree] = TREES[which] as readonly [string, J];
        const text = toText(mutate(tree, mutations));
        if (text.includes('"__proto__"')) withProto++;
        const found = await problems(text, path.join(FIXTURES, file));
        linted++;
        if (found.length > 0) throw new Error(`${file}:\n${found.join('\n')}`);
      }),
      { numRuns: 600, seed: 18_2026, endOnFailure: true },
    );
    expect(linted).toBe(600);
    // The mutants reach the `__proto__` path: some have the key (26 of the seeded 600).
    expect(withProto).toBeGreaterThan(0);
    // Spectral's own failures are the exception, not the run: the mutants still reach the rules.
    expect(spectralOwn.length).toBeLessThan(linted / 4);
  });
});
