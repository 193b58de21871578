/** Configuring without forking: waivers in the document, presets, and the createRuleset factory. */
import fc from 'fast-check';
import { Ruleset } from '@stoplight/spectral-core';
import type { RulesetDefinition } from '@stoplight/spectral-core';
import { lint, ruleset } from './helpers/lint';
import { document, oneOperation, parameter, responses } from './helpers/docs';
import { profileDocument } from './helpers/profiles';

import * as fns from '../entry/functions';

describe('waivers: x-http-status-ignore', () => {
  const base = (): Record<string, unknown> =>
    document('3.1', {
      '/health/{probe}': {
        get: { parameters: [parameter('3.1', { name: 'probe', in: 'path' })], responses: responses('3.1', [200, 201]) },
      },
      '/other/{id}': {
        get: { parameters: [parameter('3.1', { name: 'id', in: 'path' })], responses: responses('3.1', [200]) },
      },
    });
  const codes = async (doc: unknown): Promise<string[]> => (await lint(doc)).map((f) => `${f.code} ${f.path}`);

  test('without waivers the findings are there', async () => {
    expect(await codes(base())).toEqual([
      'http-status-error-expected paths./health/{probe}.get.responses',
      'http-status-method-matrix paths./health/{probe}.get.responses.201',
      'http-status-error-expected paths./other/{id}.get.responses',
    ]);
  });

  test('on an operation, a rule name with a reason waives that rule below it', async () => {
    const doc = base() as { paths: Record<string, Record<string, Record<string, unknown>>> };
    doc.paths['/health/{probe}']!.get!['x-http-status-ignore'] = {
      'http-status-error-expected': 'Probes never fail: they report.',
    };
    expect(await codes(doc)).toEqual([
      'http-status-method-matrix paths./health/{probe}.get.responses.201',
      'http-status-error-expected paths./other/{id}.get.responses',
    ]);
  });

  test('on a response, `*` waives every rule for that response only', async () => {
    const doc = base() as {
      paths: Record<string, Record<string, Record<string, Record<string, Record<string, unknown>>>>>;
    };
    doc.paths['/health/{probe}']!.get!.responses!['201']!['x-http-status-ignore'] = {
      '*': 'Legacy gateway answer, documented as is.',
    };
    expect((await codes(doc)).filter((c) => c.includes('201'))).toEqual([]);
    expect(await codes(doc)).toHaveLength(2);
  });

  test('on the root, it waives the whole document', async () => {
    const doc = {
      ...base(),
      'x-http-status-ignore': { 'http-status-error-expected': 'Errors are documented in prose.' },
    };
    expect(await codes(doc)).toEqual(['http-status-method-matrix paths./health/{probe}.get.responses.201']);
  });

  test('a waiver without a reason still applies but is reported, as are unknown rule names and bad shapes', async () => {
    const doc = base() as { paths: Record<string, Record<string, unknown>> } & Record<string, unknown>;
    (doc.paths['/health/{probe}'] as Record<string, unknown>)['x-http-status-ignore'] = {
      'http-status-error-expected': '',
      'http-status-method-matrx': 'typo',
    };
    (doc.paths['/other/{id}'] as Record<string, unknown>)['x-http-status-ignore'] = 'everything';
    doc['x-http-status-ignore'] = ['http-status-no-body'];
    const found = (await lint(doc)).filter((f) => f.code === 'http-status-ignore-reason');
    expect(found.map((f) => [f.path, f.severity, f.message])).toEqual([
      [
        'paths./health/{probe}.x-http-status-ignore.http-status-error-expected',
        'warn',
        "/health/{probe} waives 'http-status-error-expected' without a reason; write why it does not apply (`http-status-error-expected: <reason>`), so reviewers can judge the waiver.",
      ],
      [
        'paths./health/{probe}.x-http-status-ignore.http-status-method-matrx',
        'warn',
        "/health/{probe} waives 'http-status-method-matrx', which is no rule of spectral-http-status; did you mean 'http-status-method-matrix'?",
      ],
      [
        'paths./other/{id}.x-http-status-ignore',
        'warn',
        '/other/{id} has `x-http-status-ignore` that is not a map of rule names to reasons; write `x-http-status-ignore: { <rule>: <why it does not apply> }`.',
      ],
      [
        'x-http-status-ignore.0',
        'warn',
        "The document waives 'http-status-no-body' without a reason; write why it does not apply (`http-status-no-body: <reason>`), so reviewers can judge the waiver.",
      ],
    ]);
    expect(
      (await lint(doc)).filter((f) => f.path.startsWith('paths./health') && f.code === 'http-status-error-expected'),
    ).toEqual([]);
  });

  test('`*` does not silence the waiver check itself', async () => {
    const doc = { ...base(), 'x-http-status-ignore': { '*': '' } };
    expect((await lint(doc)).map((f) => f.code)).toEqual(['http-status-ignore-reason']);
  });
});

describe('presets', () => {
  const suggestionDoc = profileDocument('3.0', { '/r/cancel': { get: ['200'], post: ['303:Location'] } });
  const withMode = (mode: 'all' | 'recommended' | 'off'): RulesetDefinition =>
    ({ extends: [[ruleset, mode]] }) as unknown as RulesetDefinition;

  test('the recommended set (the default) leaves http-status-profile-suggestion off; `all` turns it on', async () => {
    expect((await lint(suggestionDoc, { ruleset: withMode('recommended') })).map((f) => f.code)).toEqual([]);
    expect(
      (await lint(suggestionDoc, { ruleset: { extends: [ruleset] } as unknown as RulesetDefinition })).map(
        (f) => f.code,
      ),
    ).toEqual([]);
    expect((await lint(suggestionDoc, { ruleset: withMode('all') })).map((f) => f.code)).toEqual([
      'http-status-profile-suggestion',
    ]);
  });
});

describe('createRuleset', () => {
  test('with no options it is the default ruleset', () => {
    const made = fns.createRuleset() as unknown as { rules: Record<string, { severity: string }> };
    const def = ruleset as unknown as { rules: Record<string, { severity: string }> };
    expect(Object.keys(made.rules)).toEqual(Object.keys(def.rules));
    expect(Object.values(made.rules).map((r) => r.severity)).toEqual(Object.values(def.rules).map((r) => r.severity));
    expect(Object.keys(made.rules)).toEqual([...fns.RULE_NAMES]);
  });

  test('mode, matrix, profiles, per-rule options and severities reach the rules', async () => {
    const made = fns.createRuleset({
      mode: 'strict',
      matrix: { allow: { delete: [202] } },
      rules: { 'http-status-request-headers': {} },
      profiles: {
        report: {
          kind: 'core',
          summary: 'a report',
          methods: { get: { required: [[200]] }, post: { required: [[202]] } },
        },
      },
      severities: {
        'http-status-error-expected': 'off',
        'http-status-method-matrix': 'error',
        'http-status-profile-suggestion': 'hint',
      },
    });
    new Ruleset(made);
    const doc = profileDocument('3.0', {
      '/jobs/{id}': { get: ['200'], delete: ['202', '413'] },
      '/reports': { 'x-profiles': ['report'], get: ['200'], post: ['201:Location'] },
      '/r/cancel': { get: ['200'], post: ['303:Location'] },
    });
    const found = await lint(doc, { ruleset: made });
    expect(found.map((f) => [f.code, f.severity, f.path])).toEqual([
      ['http-status-method-matrix', 'error', 'paths./jobs/{id}.delete.responses.413'],
      ['http-status-profile-required', 'warn', 'paths./reports.post.responses'],
      ['http-status-profile-forbidden', 'warn', 'paths./reports.post.responses.201'],
      ['http-status-profile-suggestion', 'hint', 'paths./r/cancel'],
    ]);
  });

  test('bad options are one clear error listing each problem', () => {
    let error: unknown;
    try {
      fns.createRuleset({
        matrix: { allow: { get: ['200' as unknown as number] } },
        severities: { 'http-status-nope': 'warn', 'http-status-no-body': 'loud' } as never,
        colour: 'red',
      } as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(fns.RulesetOptionsError);
    // In the order they are written.
    expect((error as InstanceType<typeof fns.RulesetOptionsError>).problems).toEqual([
      'matrix.allow.get[0]: must be a status code: an integer from 100 to 599, e.g. 202',
      "severities.http-status-nope: is not a rule of spectral-http-status; use a name from the README's rule table",
      'severities.http-status-no-body: must be one of error, warn, info, hint, off, not "loud"',
      'colour: is not an option; use mode, matrix, profiles, severities, rules, skip',
    ]);
    expect((error as Error).message).toMatch(
      /^spectral-http-status: invalid createRuleset options:\n  - matrix\.allow\.get\[0\]: /,
    );
  });

  /** The problems createRuleset reports for these options. */
  const problemsOf = (options: unknown): readonly string[] => {
    try {
      fns.createRuleset(options as never);
      return [];
    } catch (error) {
      return (error as InstanceType<typeof fns.RulesetOptionsError>).problems;
    }
  };

  test('only plain maps: a Map, a Date or a class instance is named, not taken as no options', () => {
    expect(problemsOf(new Map([['mode', 'strict']]))).toEqual([
      "options: must be a map with mode, matrix, profiles, severities, rules, skip, e.g. { mode: 'strict' }, not a Map",
    ]);
    expect(problemsOf(new Date(0))).toEqual([
      "options: must be a map with mode, matrix, profiles, severities, rules, skip, e.g. { mode: 'strict' }, not a Date",
    ]);
    class Settings {
      mode = 'strict';
    }
    expect(problemsOf(new Settings())).toEqual([
      "options: must be a map with mode, matrix, profiles, severities, rules, skip, e.g. { mode: 'strict' }, not an instance of Settings",
    ]);
    expect(problemsOf({ matrix: { allow: new Map() } })).toEqual([
      'matrix.allow: must be a plain map (an object literal, or parsed JSON or YAML), not a Map',
    ]);
  });

  test('inherited options are checked as own ones, and used as checked', () => {
    expect(problemsOf(Object.create({ mode: 'strcit' }))).toEqual([
      "mode: must be 'default' or 'strict', not \"strcit\": did you mean 'strict'?",
    ]);
    const made = fns.createRuleset(Object.create({ mode: 'strict' }));
    const rule = (made as unknown as { rules: Record<string, { then: { functionOptions?: unknown } }> }).rules[
      'http-status-method-matrix'
    ];
    expect(rule?.then.functionOptions).toEqual({ mode: 'strict' });
  });

  test('every message names the offending key, with what it should be', () => {
    expect(problemsOf({ mode: 'strcit' })).toEqual([
      "mode: must be 'default' or 'strict', not \"strcit\": did you mean 'strict'?",
    ]);
    expect(problemsOf({ matrix: { allow: { DELETE: [202], fetch: [200] } } })).toEqual([
      "matrix.allow.DELETE: is not a method as the options write them: methods are in lower case, 'delete'",
      'matrix.allow.fetch: is not a method; use get, put, post, delete, options, head, patch, trace, query',
    ]);
    expect(problemsOf({ profiles: { Report: { kind: 'core', methods: {} } } })).toEqual([
      "profiles.Report: is not a profile name: names are lower case letters, digits and dashes, starting with a letter ('report')",
    ]);
    expect(problemsOf(JSON.parse('{"profiles": {"__proto__": {"kind": "core", "methods": {}}}}'))).toEqual([
      'profiles.__proto__: is not a profile name: names are lower case letters, digits and dashes, starting with a letter, e.g. report',
    ]);
    expect(problemsOf({ severities: { 'http-status-error-expectd': 'off' } })).toEqual([
      "severities.http-status-error-expectd: is not a rule of spectral-http-status: did you mean 'http-status-error-expected'?",
    ]);
  });

  test('a bad profile definition names the problem', () => {
    expect(() => fns.createRuleset({ profiles: { x: { kind: 'core' } as never } })).toThrow(
      /must have required property 'methods'|methods/,
    );
  });
});

test('the rules of the ruleset are exactly the public rule names', () => {
  expect(Object.keys((ruleset as unknown as { rules: object }).rules)).toEqual([...fns.RULE_NAMES]);
  expect(oneOperation).toBeDefined();
});

describe('createRuleset options, by property', () => {
  // Pieces of plausible and implausible options, composed at random.
  const junk = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -10, max: 1000 }),
    fc.string({ maxLength: 6 }),
    fc.constant([]),
    fc.constant({}),
  );
  const code = fc.oneof(
    fc.integer({ min: 100, max: 599 }),
    fc.integer({ min: -5, max: 999 }),
    fc.constantFrom('200', 2.5, null),
  );
  const codes = fc.oneof(fc.array(code, { maxLength: 3 }), junk);
  const methodCodes = fc.oneof(
    fc.dictionary(fc.constantFrom('get', 'put', 'delete', 'fetch', '__proto__', ''), codes, { maxKeys: 3 }),
    junk,
  );
  const matrix = fc.oneof(
    fc.dictionary(fc.constantFrom('allow', 'forbid', 'matrix', 'alow', 'x'), methodCodes, { maxKeys: 3 }),
    junk,
  );
  const severities = fc.oneof(
    fc.dictionary(
      fc.constantFrom('http-status-no-body', 'http-status-error-expected', 'http-status-nope', 'x'),
      fc.oneof(fc.constantFrom('error', 'warn', 'off', 'loud'), junk),
      { maxKeys: 3 },
    ),
    junk,
  );
  const ruleOptions = fc.oneof(
    fc.dictionary(
      fc.constantFrom('ignore', 'always', 'coverage', 'ignor', 'mode'),
      fc.oneof(codes, fc.constantFrom('exact', 'default-or-range', 'nope')),
      { maxKeys: 2 },
    ),
    junk,
  );
  const rules = fc.oneof(
    fc.dictionary(
      fc.constantFrom('http-status-error-expected', 'http-status-no-body', 'http-status-nope'),
      ruleOptions,
      { maxKeys: 2 },
    ),
    junk,
  );
  const profile = fc.oneof(
    fc.record(
      {
        kind: fc.constantFrom('core', 'mixin', 'other'),
        methods: fc.oneof(fc.constant({ get: { required: [[200]] } }), junk),
      },
      { requiredKeys: [] },
    ),
    junk,
  );
  const profiles = fc.oneof(fc.dictionary(fc.constantFrom('report', 'Report', 'data'), profile, { maxKeys: 2 }), junk);
  const options = fc.oneof(
    fc.record(
      {
        mode: fc.oneof(fc.constantFrom('default', 'strict', 'lenient'), junk),
        matrix,
        severities,
        rules,
        profiles,
        colour: junk,
      },
      { requiredKeys: [] },
    ),
    junk,
  );

  /** Whether `path` leads somewhere in `value` (the root is the options themselves). */
  const exists = (value: unknown, path: ReadonlyArray<string | number>): boolean => {
    let node = value;
    for (const segment of path) {
      if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, segment))
        return false;
      node = (node as Record<string, unknown>)[segment as string];
    }
    return true;
  };

  test('random options give a working ruleset, or an error whose every problem names a path that exists in them', () => {
    let rejected = 0;
    let accepted = 0;
    fc.assert(
      fc.property(options, (input) => {
        let made: unknown;
        try {
          made = fns.createRuleset(input as never);
        } catch (error) {
          expect(error).toBeInstanceOf(fns.RulesetOptionsError);
          const details = (error as InstanceType<typeof fns.RulesetOptionsError>).details;
          expect(details.length).toBeGreaterThan(0);
          for (const detail of details) {
            expect(exists(input, detail.path)).toBe(true);
            expect(detail.message).toMatch(/must|is not|is missing|is shared|did you mean|has '/);
          }
          rejected++;
          return;
        }
        // Accepted options load into Spectral as they are.
        new Ruleset(made);
        accepted++;
      }),
      { numRuns: 800, seed: 20261201 },
    );
    // Both outcomes happen, so the property says something about each.
    expect(rejected).toBeGreaterThan(100);
    expect(accepted).toBeGreaterThan(20);
  });
});

describe('skip: operations no rule checks', () => {
  const doc = {
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    paths: {
      '/public': { get: { responses: { '201': { description: 'x' } } } },
      '/old': { get: { deprecated: true, responses: { '201': { description: 'x' } } } },
      '/internal': { 'x-internal': true, get: { responses: { '201': { description: 'x' } } } },
      '/tagged': { get: { tags: ['internal'], responses: { '201': { description: 'x' } } } },
      '/probe': { options: { responses: { '201': { description: 'x' } } } },
    },
  };
  const where = async (options: Record<string, unknown>): Promise<string[]> =>
    [
      ...new Set(
        (await lint(doc, { ruleset: fns.createRuleset(options) }))
          .filter((f) => f.code.startsWith('http-status-'))
          .map((f) => f.path.split('.')[1] ?? ''),
      ),
    ].sort();

  test('each kind of skip silences every rule on what it names, and nothing else', async () => {
    expect(await where({})).toEqual(['/internal', '/old', '/probe', '/public', '/tagged']);
    expect(await where({ skip: { deprecated: true } })).toEqual(['/internal', '/probe', '/public', '/tagged']);
    expect(await where({ skip: { extensions: ['x-internal'] } })).toEqual(['/old', '/probe', '/public', '/tagged']);
    expect(await where({ skip: { tags: ['internal'] } })).toEqual(['/internal', '/old', '/probe', '/public']);
    expect(await where({ skip: { methods: ['OPTIONS'] } })).toEqual(['/internal', '/old', '/public', '/tagged']);
    expect(
      await where({ skip: { deprecated: true, extensions: ['x-internal'], tags: ['internal'], methods: ['options'] } }),
    ).toEqual(['/public']);
  });

  test('a bad skip is named', () => {
    expect(() => fns.createRuleset({ skip: { extensions: ['internal'] } })).toThrow(
      /skip\.extensions\[0\]: must name an extension, starting with x-/,
    );
    expect(() => fns.createRuleset({ skip: { deprecate: true } as never })).toThrow(
      /skip: must name only deprecated, extensions, tags and methods/,
    );
  });
});
