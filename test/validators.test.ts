/**
 * The precompiled option validators (functions/lib/validators.ts): the
 * generated module is what `npm run generate` writes today, and each
 * validator says exactly what Spectral's own `createRulesetFunction`
 * validator says (messages, paths, order) for the same options.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createRulesetFunction } from '@stoplight/spectral-core';
import { RULES } from '../functions/rules';
import { SHARED_OPTION_PROPERTIES, optionsSchema } from '../functions/lib/option-schemas';
import { checkOptions } from '../functions/lib/validators';
import { generateBaselineValidator, generateValidators } from '../scripts/generate-validators';

const GENERATED = path.join(__dirname, '..', 'functions', 'lib', 'generated', 'option-validators.js');

/** What a validator throws: each error's message and path, or [] when the options are valid. */
function outcome(validate: () => void): Array<{ message: string; path: unknown }> {
  try {
    validate();
    return [];
  } catch (error) {
    const inner = (error as { errors?: unknown[] }).errors;
    const all = Array.isArray(inner) ? inner : [error];
    return all.map((e) => ({ message: (e as Error).message, path: (e as { path?: unknown }).path }));
  }
}

/** Options every rule is given: right and wrong values of the shared options. */
const SHARED_CASES: unknown[] = [
  undefined,
  null,
  {},
  { mode: 'strict' },
  { mode: 'strcit' },
  { mode: 3 },
  'strict',
  [],
  42,
  { unknown: 1 },
  { allow: { delete: [202] } },
  { allow: { DELETE: [202] } },
  { allow: { fetch: [200], get: [99] } },
  { allow: { get: 'x' } },
  { allow: { get: [200, 200] } },
  { allow: [] },
  { forbid: { get: [304] }, matrix: { get: [200] } },
  { matrix: { get: [], put: [1000] } },
  { profiles: { report: { kind: 'core', methods: { get: { required: [[200]] } } } } },
  { profiles: { Bad: { kind: 'core', methods: {} } } },
  { profiles: { x: { kind: 'core' } } },
  { profiles: { x: { kind: 'other', methods: {} } } },
  { profiles: { x: { kind: 'core', methods: { get: { required: [[]] } } } } },
  { profiles: { x: { kind: 'core', methods: { fetch: {} } } } },
  { profiles: { x: { kind: 'core', methods: { get: { allowed: [200], extra: 1, conditional: [{ header: '' }] } } } } },
  {
    profiles: {
      x: {
        kind: 'mixin',
        methods: {},
        headers: [
          { methods: [], codes: [200], headers: ['ETag'] },
          { methods: ['get'], codes: [], headers: [], when: 'never' },
        ],
      },
    },
  },
  { profiles: [] },
  { profiles: { x: 'data' } },
];

/** Wrong values for each of a rule's own options. */
function ownCases(properties: Readonly<Record<string, unknown>>): unknown[] {
  return Object.keys(properties).flatMap((name) => [
    { [name]: {} },
    { [name]: [99999] },
    { [name]: 'x' },
    { [name]: [true] },
    { [name]: null },
  ]);
}

describe('precompiled option validators', () => {
  test('the generated module is up to date (run `npm run generate` after changing an option schema)', () => {
    expect(readFileSync(GENERATED, 'utf8')).toBe(generateValidators());
  });

  test("the baseline's generated validator is up to date, and checks what the schema says", () => {
    expect(readFileSync(path.join(__dirname, '..', 'cli', 'generated', 'baseline-validator.js'), 'utf8')).toBe(
      generateBaselineValidator(),
    );
    const { baseline } =
      require('../cli/generated/baseline-validator') as typeof import('../cli/generated/baseline-validator');
    expect(
      baseline({
        version: 1,
        documents: {
          'openapi.yaml': { 'http-status-no-body': [{ where: 'GET /a', code: '204', subject: 'body', count: 2 }] },
        },
      }),
    ).toBe(true);
    expect(
      baseline({
        version: 1,
        documents: { 'openapi.yaml': { 'http-status-no-body': [{ where: 'GET /a', count: 0 }] } },
      }),
    ).toBe(false);
    expect(baseline({ version: 2, documents: {} })).toBe(false);
    expect(baseline({ version: 1, documents: {}, extra: true })).toBe(false);
  });

  test.each(RULES.map((rule) => [rule.id, rule] as const))(
    '%s: the same errors as Spectral’s own validator',
    (_id, rule) => {
      const properties = { ...SHARED_OPTION_PROPERTIES, ...(rule.options?.properties ?? {}) };
      const spectral = createRulesetFunction(
        { input: null, options: optionsSchema(properties) },
        Object.defineProperty(() => undefined, 'name', { value: rule.functionName }),
      );
      const cases = [...SHARED_CASES, ...ownCases(rule.options?.properties ?? {})];
      let invalid = 0;
      for (const options of cases) {
        const expected = outcome(() => spectral.validator(options));
        if (expected.length > 0) invalid++;
        expect({ options, errors: outcome(() => rule.fn.validator(options)) }).toEqual({ options, errors: expected });
      }
      // The cases include wrong options, so that the comparison is not of two silences.
      expect(invalid).toBeGreaterThan(15);
    },
  );

  test('checkOptions names the function as Spectral does, and accepts valid options', () => {
    expect(outcome(() => checkOptions('httpStatusMethodMatrix', { mode: 'strict' }))).toEqual([]);
    expect(outcome(() => checkOptions('httpStatusMethodMatrix', { mode: 'strcit' }))).toEqual([
      { message: "must be 'default' or 'strict'", path: ['functionOptions', 'mode'] },
    ]);
    expect(() => checkOptions('noSuchFunction', {})).toThrow(/no precompiled option validator for noSuchFunction/);
  });
});
