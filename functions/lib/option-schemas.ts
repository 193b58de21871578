/**
 * JSON schemas of the rules' options, in one place. Spectral validates a
 * function's options against its schema when the ruleset loads (Ajv), so a
 * mistake is a load error that names the option, not a crash at lint time.
 */
import { METHODS } from '../data/methods';
import { MODES } from '../data/modes';
import { SKIP_SCHEMA } from './skip';

/*
 * Each schema that users fill in says, in `errorMessage` (ajv-errors, which
 * Spectral's validator runs), what a valid value looks like. Spectral shows
 * the message with the file, line and column of the option; createRuleset
 * adds the option's path.
 */

/** One status code. */
const CODE_SCHEMA = {
  type: 'integer',
  minimum: 100,
  maximum: 599,
  errorMessage: 'must be a status code: an integer from 100 to 599, e.g. 202',
} as const;

/** A list of distinct status codes (`[202, 409]`). */
export const CODES_SCHEMA = {
  type: 'array',
  items: CODE_SCHEMA,
  uniqueItems: true,
  errorMessage: { type: 'must be a list of status codes, e.g. [202, 409]', uniqueItems: 'must list each code once' },
} as const;

/** A non-empty list of status codes. */
const SOME_CODES_SCHEMA = {
  ...CODES_SCHEMA,
  minItems: 1,
  errorMessage: { ...CODES_SCHEMA.errorMessage, minItems: 'must list at least one status code, e.g. [200]' },
} as const;

/** Method -> codes (`{ delete: [202] }`). */
const METHOD_CODES_SCHEMA = {
  type: 'object',
  properties: Object.fromEntries(METHODS.map((m) => [m, CODES_SCHEMA])),
  additionalProperties: false,
  errorMessage: {
    type: 'must be a map of methods to status codes, e.g. { delete: [202] }',
    additionalProperties: `must name only methods (${METHODS.join(', ')}), e.g. { delete: [202] }`,
  },
} as const;

/** The matrix options: a replacement `matrix`, and codes to `allow` or `forbid` per method. */
export const MATRIX_OPTION_PROPERTIES = {
  matrix: {
    ...METHOD_CODES_SCHEMA,
    description: 'Replaces the method/status matrix; methods it does not list are not checked.',
  },
  allow: {
    ...METHOD_CODES_SCHEMA,
    description: 'Codes the matrix allows for a method on top of the default, e.g. `{ delete: [202] }`.',
  },
  forbid: {
    ...METHOD_CODES_SCHEMA,
    description: 'Codes the matrix no longer allows for a method, e.g. `{ get: [304] }`.',
  },
} as const;

const METHOD_RULE_SCHEMA = {
  type: 'object',
  properties: {
    required: { type: 'array', items: SOME_CODES_SCHEMA },
    allowed: CODES_SCHEMA,
    conditional: {
      type: 'array',
      items: {
        type: 'object',
        properties: { header: { type: 'string', minLength: 1 }, required: { type: 'array', items: SOME_CODES_SCHEMA } },
        required: ['header', 'required'],
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
} as const;

/** The `profiles` option: extra or replacement Level 3 profiles, in the shape of the profile table. */
const PROFILES_SCHEMA = {
  type: 'object',
  description: 'Level 3 profiles added to the default table, or replacing one of it by name.',
  errorMessage: {
    type: 'must be a map of profile names to definitions, e.g. { report: { kind: core, methods: { get: { required: [[200]] } } } }',
  },
  propertyNames: {
    pattern: '^[a-z][a-z0-9-]*$',
    errorMessage: 'must name profiles in lower case (letters, digits, dashes), e.g. report',
  },
  additionalProperties: {
    type: 'object',
    properties: {
      kind: { enum: ['core', 'mixin'] },
      summary: { type: 'string' },
      methods: {
        type: 'object',
        properties: Object.fromEntries(METHODS.map((m) => [m, METHOD_RULE_SCHEMA])),
        additionalProperties: false,
      },
      headers: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            methods: { type: 'array', items: { enum: [...METHODS] }, minItems: 1 },
            codes: SOME_CODES_SCHEMA,
            headers: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
            when: { enum: ['offers-patch'] },
          },
          required: ['methods', 'codes', 'headers'],
          additionalProperties: false,
        },
      },
    },
    required: ['kind', 'methods'],
    additionalProperties: false,
  },
} as const;

/**
 * The options every rule takes, whatever it checks: the configuration the
 * rules share (see lib/context.ts), so that no rule judges with a table the
 * user did not configure.
 */
export const SHARED_OPTION_PROPERTIES = {
  mode: {
    enum: [...MODES],
    errorMessage: `must be ${MODES.map((m) => `'${m}'`).join(' or ')}`,
    description:
      "`default`: what a careful API designer acts on; `strict`: the REST guide's matrix to the letter and exact codes everywhere.",
  },
  ...MATRIX_OPTION_PROPERTIES,
  profiles: PROFILES_SCHEMA,
  skip: SKIP_SCHEMA,
} as const;

/** What each shared option is by default, and where the docs explain it, for the rule pages. */
export const SHARED_OPTION_DOCS: Readonly<
  Record<keyof typeof SHARED_OPTION_PROPERTIES, { readonly default: string; readonly link: string }>
> = {
  mode: { default: '`default`', link: '../../README.md#two-modes' },
  matrix: { default: 'the [matrix](../matrix.md) of the mode', link: '../matrix.md#changing-the-matrix' },
  allow: { default: 'nothing added', link: '../matrix.md#changing-the-matrix' },
  forbid: { default: 'nothing removed', link: '../matrix.md#changing-the-matrix' },
  profiles: { default: 'the [Level 3 profiles](../profiles.md)', link: '../profiles.md#defining-your-own-profiles' },
  skip: { default: 'no operation skipped', link: '../adopting.md#skip-operations-by-what-they-are' },
};

/** JSON schema of a function's options: an object (or nothing) with these properties and no others. */
export function optionsSchema(properties: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return { type: ['object', 'null'], properties, additionalProperties: false };
}

/**
 * Each shared option as a schema of its own, which every rule's schema
 * refers to: compiled once, the validators of all the rules call the same
 * code (see functions/lib/validators.ts, which precompiles them; a
 * reference to a fragment of one schema would be compiled again in each).
 */
export function sharedSchemaId(name: keyof typeof SHARED_OPTION_PROPERTIES): string {
  return `spectral-http-status-option-${name}`;
}

/** A reference to one shared option's schema. */
export function sharedRef(name: keyof typeof SHARED_OPTION_PROPERTIES): { readonly $ref: string } {
  return { $ref: sharedSchemaId(name) };
}

/** The schema a rule's validator is compiled from: the shared options by reference, then the rule's own. */
export function ruleOptionsSchema(own: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const shared = Object.fromEntries(
    (Object.keys(SHARED_OPTION_PROPERTIES) as Array<keyof typeof SHARED_OPTION_PROPERTIES>).map((name) => [
      name,
      sharedRef(name),
    ]),
  );
  return optionsSchema({ ...shared, ...own });
}
