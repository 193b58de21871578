/**
 * The rules' option validators, and the Spectral function around a rule.
 *
 * Spectral's `createRulesetFunction` compiles a function's options schema
 * with Ajv when it is called, at load: with the shared options (a 20 KB
 * schema) in every rule, loading the ruleset compiled 21 schemas and took
 * 1.4 s of every `spectral lint`. The validators are precompiled instead
 * (Ajv's standalone code, functions/lib/generated/option-validators.js,
 * written by `npm run generate`), with the Ajv options Spectral uses, and
 * `rulesetFunction` builds what `createRulesetFunction` builds (a function
 * with a `validator` that Spectral's ruleset validation calls) around
 * them. Its errors are Spectral's: the same messages and paths, in an
 * `AggregateError` of `RulesetValidationError`s, which Spectral places on
 * the option's line (test/validators.test.ts compares them with Spectral's
 * own validator).
 */
import { RulesetValidationError } from '@stoplight/spectral-core';
import type { RulesetFunction, RulesetFunctionWithValidator } from '@stoplight/spectral-core';
import generated = require('./generated/option-validators');

/** What an Ajv error says (the fields the messages read). */
interface AjvError {
  readonly keyword: string;
  readonly instancePath: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
}

type Validate = ((data: unknown) => boolean) & { errors?: readonly AjvError[] | null };

function validatorFor(name: string): Validate {
  const validate = (generated as Record<string, unknown>)[name];
  if (typeof validate !== 'function')
    throw new Error(`spectral-http-status: no precompiled option validator for ${name}; run \`npm run generate\``);
  return validate as Validate;
}

/** `a.b[0]`, as Spectral's `printPath(…, PrintStyle.Dot)` prints an option's path. */
function printDot(segments: readonly string[]): string {
  return segments
    .reduce((out, segment, i) => {
      if (segment.length === 0) return `${out}['']`;
      if (/\s/.test(segment)) return `${out}['${segment}']`;
      if (!Number.isNaN(Number(segment))) return `${out}[${segment}]`;
      return `${out}${i === 0 ? '' : '.'}${segment}`;
    }, '')
    .replace(/~1/g, '/')
    .replace(/~0/g, '~');
}

/** A value in an enum list, as Spectral's `printValue` prints it. */
function printValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'object' && value !== null)
    return Array.isArray(value) ? 'Array[]' : value instanceof RegExp ? String(value.source) : 'Object{}';
  return JSON.stringify(value);
}

const segmentsOf = (instancePath: string): string[] => (instancePath === '' ? [] : instancePath.slice(1).split('/'));

/** The message Spectral gives an Ajv error in a function's options (RulesetFunctionValidationError.printMessage). */
function printOptionError(fn: string, error: AjvError): string {
  const segments = segmentsOf(error.instancePath);
  // As Spectral prints them: the option of a type or enum error is the
  // instance path split as it is (the options themselves print as `['']`).
  const option = printDot(error.instancePath.slice(1).split('/'));
  switch (error.keyword) {
    case 'type': {
      const type = error.params.type;
      return `"${fn}" function and its "${option}" option accepts only the following types: ${Array.isArray(type) ? type.join(', ') : String(type)}`;
    }
    case 'required':
      return `"${fn}" function is missing "${printDot([...segments, String(error.params.missingProperty)])}" option`;
    case 'additionalProperties':
      return `"${fn}" function does not support "${printDot([...segments, String(error.params.additionalProperty)])}" option`;
    case 'enum': {
      const allowed = error.params.allowedValues;
      return `"${fn}" function and its "${option}" option accepts only the following values: ${(Array.isArray(allowed) ? allowed : []).map(printValue).join(', ')}`;
    }
    default:
      return error.message ?? 'unknown error';
  }
}

/** Where Spectral puts an option error (RulesetFunctionValidationError.getPath). */
function errorPath(error: AjvError): string[] {
  const path = ['functionOptions', ...segmentsOf(error.instancePath)];
  if (error.keyword === 'additionalProperties') path.push(String(error.params.additionalProperty));
  return path;
}

/**
 * Checks `options` with the precompiled validator `name` (a rule's function
 * name, or `createRuleset`), throwing what Spectral's validator throws.
 */
export function checkOptions(name: string, options: unknown, fn: string = name): void {
  const validate = validatorFor(name);
  if (validate(options)) return;
  const errors = validate.errors ?? [];
  if (errors.length === 0)
    throw new RulesetValidationError(
      'invalid-function-options',
      `"functionOptions" of "${fn}" function must be valid`,
      ['functionOptions'],
    );
  throw new AggregateError(
    errors.map(
      (error) => new RulesetValidationError('invalid-function-options', printOptionError(fn, error), errorPath(error)),
    ),
  );
}

const isObjectLike = (value: unknown): value is object =>
  (typeof value === 'object' && value !== null) || typeof value === 'function';

/**
 * A Spectral function with its options validator, as `createRulesetFunction`
 * makes one (no input schema), from the precompiled validator of the same
 * name. `schemas.options` is the schema as written, for tools that read it.
 */
export function rulesetFunction<O>(
  fn: RulesetFunction<unknown, O>,
  name: string,
  optionsSchema: Record<string, unknown>,
): RulesetFunctionWithValidator<unknown, O> {
  const valid = new WeakSet<object>();
  const validator = (options: unknown): void => {
    // Options already found valid are not checked again (Spectral calls the
    // validator at load and on every call of the function).
    if (isObjectLike(options) && valid.has(options)) return;
    checkOptions(name, options);
    if (isObjectLike(options)) valid.add(options);
  };
  const wrapped = function (this: unknown, input: unknown, options: O, ...rest: unknown[]) {
    validator(options);
    return (fn as (...args: unknown[]) => ReturnType<RulesetFunction<unknown, O>>)(input, options, ...rest);
  } as unknown as RulesetFunctionWithValidator<unknown, O>;
  Reflect.defineProperty(wrapped, 'name', { value: name });
  Reflect.defineProperty(wrapped, 'validator', { value: validator, enumerable: true });
  Reflect.defineProperty(wrapped, 'schemas', { enumerable: false, value: { input: null, options: optionsSchema } });
  return wrapped;
}
