/**
 * `createRuleset`: the ruleset in a mode, with a team's own method/status
 * matrix, profiles, per-rule options and severities, for JavaScript
 * rulesets. Every rule gets the same shared options (one context: see
 * functions/lib/context.ts). Options are checked when it is called; every
 * mistake is listed in one error, each with the option's path and what a
 * valid value looks like.
 */
import type { RulesetDefinition } from '@stoplight/spectral-core';
import { oas2, oas3 } from '@stoplight/spectral-formats';
import { MODES, Mode } from '../functions/data/modes';
import type { ProfileDefinition } from '../functions/data/profiles';
import { closest } from '../functions/lib/closest';
import { METHODS } from '../functions/data/methods';
import { quote } from '../functions/lib/quote';
import type { SkipOptions } from '../functions/lib/skip';
import type { MatrixOptions } from '../functions/lib/matrix';
import { MATRIX_OPTION_PROPERTIES, SHARED_OPTION_PROPERTIES, sharedRef } from '../functions/lib/option-schemas';
import { checkOptions } from '../functions/lib/validators';
import type { Severity } from '../functions/lib/rule';
import { RULES, RULE_NAMES, RuleName } from '../functions/rules';
import { README_URL, documentationUrl } from './urls';

export interface CreateRulesetOptions {
  /** `default` (the default) or `strict`: see the README's "Two modes". */
  readonly mode?: Mode;
  /** The method/status matrix: `allow`, `forbid` and/or a replacement `matrix` (see docs/matrix.md). */
  readonly matrix?: MatrixOptions;
  /** Extra or replacement Level 3 profiles, in the shape of the profile table (see docs/profiles.md). */
  readonly profiles?: Record<string, ProfileDefinition>;
  /** Severity per rule name; `off` turns a rule off, any other turns it on. */
  readonly severities?: Partial<Record<RuleName, Severity | 'off'>>;
  /** A rule's own options, per rule name (`{ 'http-status-error-expected': { ignore: [415] } }`). */
  readonly rules?: Partial<Record<RuleName, Record<string, unknown>>>;
  /** Operations no rule checks, by what they are: `{ deprecated: true, extensions: ['x-internal'], tags: ['internal'], methods: ['options'] }` (see docs/adopting.md). */
  readonly skip?: SkipOptions;
}

const SEVERITIES = ['error', 'warn', 'info', 'hint', 'off'];
const KEYS = ['mode', 'matrix', 'profiles', 'severities', 'rules', 'skip'];

/** One problem with the options: where it is (a path into the options) and what a valid value looks like. */
export interface OptionProblem {
  readonly path: ReadonlyArray<string | number>;
  readonly message: string;
}

/** `matrix.allow.get[0]`, or `options` for the options themselves. */
function printOptionPath(path: ReadonlyArray<string | number>): string {
  if (path.length === 0) return 'options';
  return path
    .map((segment, i) =>
      typeof segment === 'number'
        ? `[${segment}]`
        : /^[A-Za-z_$][\w$-]*$/.test(segment)
          ? `${i === 0 ? '' : '.'}${segment}`
          : `[${JSON.stringify(segment)}]`,
    )
    .join('');
}

/** Thrown for invalid `createRuleset` options; `problems` says each one, `details` where it is. */
export class RulesetOptionsError extends Error {
  readonly problems: readonly string[];

  constructor(readonly details: readonly OptionProblem[]) {
    const problems = details.map((d) => `${printOptionPath(d.path)}: ${d.message}`);
    super(`spectral-http-status: invalid createRuleset options:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'RulesetOptionsError';
    this.problems = problems;
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What kind of object a value is, when it is no plain map (`a Map`, `a Date`, `an instance of Foo`), or undefined. */
function notPlain(value: object): string | undefined {
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  if (tag !== 'Object') return `${/^[AEIOU]/.test(tag) ? 'an' : 'a'} ${tag}`;
  for (
    let proto = Object.getPrototypeOf(value);
    proto !== null && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    const ctor = Object.prototype.hasOwnProperty.call(proto, 'constructor')
      ? (proto as { constructor?: { name?: unknown } }).constructor
      : undefined;
    if (typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name !== 'Object')
      return `an instance of ${ctor.name}`;
  }
  return undefined;
}

const describe = (value: unknown): string => {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return notPlain(value) ?? 'a map';
  return quote(JSON.stringify(value) ?? String(value));
};

/**
 * The options as plain data: every map copied with its enumerable keys,
 * inherited ones included (so that what `createRuleset` reads is what it
 * checks), lists copied item by item. A Map, a Date or a class instance
 * where a map belongs is a problem, not an empty map.
 */
function plainCopy(value: unknown, path: Array<string | number>, problems: OptionProblem[]): unknown {
  if (Array.isArray(value)) return value.map((item, i) => plainCopy(item, [...path, i], problems));
  if (typeof value !== 'object' || value === null) return value;
  const kind = notPlain(value);
  if (kind !== undefined) {
    problems.push({ path, message: `must be a plain map (an object literal, or parsed JSON or YAML), not ${kind}` });
    return undefined;
  }
  const copy: Record<string, unknown> = {};

  for (const key in value)
    Object.defineProperty(copy, key, {
      value: plainCopy((value as Record<string, unknown>)[key], [...path, key], problems),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return copy;
}

/** `is not an option; use mode, matrix, ...`, with the closest name when there is one (the problem's path names the key). */
function unknownKey(key: string, known: readonly string[], what: string): string {
  const close = closest(key, known, 3);
  if (close !== undefined) return `is not ${what}: did you mean '${close}'?`;
  return known.length > 8
    ? `is not ${what}; use a name from the README's rule table`
    : `is not ${what}; use ${known.join(', ')}`;
}

/** The name of createRuleset's validator among the precompiled ones (functions/lib/validators.ts). */
export const CREATE_RULESET_EXPORT = 'createRuleset';

/** The schema of the options that are checked by JSON schema (the keys are checked before, with suggestions); the shared options by reference. */
export function createRulesetOptionsSchema(): Record<string, unknown> {
  return {
    type: 'object',
    properties: {
      mode: sharedRef('mode'),
      matrix: {
        type: 'object',
        properties: Object.fromEntries(
          Object.keys(MATRIX_OPTION_PROPERTIES).map((name) => [
            name,
            sharedRef(name as keyof typeof MATRIX_OPTION_PROPERTIES),
          ]),
        ),
        errorMessage: { type: 'must be a map with allow, forbid and/or matrix, e.g. { allow: { delete: [202] } }' },
      },
      profiles: sharedRef('profiles'),
      skip: sharedRef('skip'),
      rules: {
        type: 'object',
        properties: Object.fromEntries(
          RULES.map((rule) => [
            rule.id,
            {
              type: 'object',
              properties: rule.options?.properties ?? {},
              errorMessage: {
                type: `must be a map of the rule's options${rule.options === undefined ? ' (it has none of its own)' : `, e.g. { ${Object.keys(rule.options.properties)[0] ?? ''}: ... }`}`,
              },
            },
          ]),
        ),
      },
    },
  };
}

/** The options' values checked as Spectral checks a function's options (Ajv with ajv-errors, precompiled: functions/lib/validators.ts). */
const validator = (options: unknown): void => checkOptions(CREATE_RULESET_EXPORT, options);

/** Turns Spectral's wording of an option error into a phrase about the value. */
function phrase(message: string): string {
  return message
    .replace(
      /^"createRuleset" function and its "[^"]*" option accepts only the following types: (.*)$/,
      'must be of type $1',
    )
    .replace(
      /^"createRuleset" function and its "[^"]*" option accepts only the following values: (.*)$/,
      'must be one of $1',
    )
    .replace(/^"createRuleset" function is missing "(?:[^"]*\.)?([^".]*)" option$/, "is missing '$1'")
    .replace(/^"createRuleset" function does not support "([^"]*)" option$/, "has '$1', which is not an option here");
}

/** The problems Spectral's validator finds in the options' values. */
function valueProblems(options: Record<string, unknown>): OptionProblem[] {
  try {
    validator(options);
    return [];
  } catch (error) {
    const inner = (error as { errors?: unknown[] }).errors;
    const all = Array.isArray(inner) && inner.length > 0 ? inner : [error];
    return all.map((e) => {
      const raw = (e as { path?: unknown }).path;
      const path = Array.isArray(raw)
        ? raw.slice(1).map((s: unknown) => (typeof s === 'string' && /^\d+$/.test(s) ? Number(s) : String(s)))
        : [];
      return { path, message: phrase(e instanceof Error ? e.message : String(e)) };
    });
  }
}

/** Problems with the method keys of a method -> codes map (`matrix.allow`): each key named, with what it should be. */
function methodKeyProblems(map: unknown, path: readonly string[], problems: OptionProblem[]): void {
  if (!isPlainObject(map)) return;
  for (const key of Object.keys(map)) {
    if ((METHODS as readonly string[]).includes(key)) continue;
    const lower = key.toLowerCase();
    problems.push({
      path: [...path, key],
      message: (METHODS as readonly string[]).includes(lower)
        ? `is not a method as the options write them: methods are in lower case, '${lower}'`
        : `is not a method; use ${METHODS.join(', ')}${closest(lower, METHODS) === undefined ? '' : ` (did you mean '${closest(lower, METHODS)}'?)`}`,
    });
  }
}

const PROFILE_NAME = /^[a-z][a-z0-9-]*$/;

/** The keys the schema checks only loosely (additional keys), checked here with suggestions. */
function keyProblems(options: Record<string, unknown>): OptionProblem[] {
  const problems: OptionProblem[] = [];
  for (const key of Object.keys(options))
    if (!KEYS.includes(key)) problems.push({ path: [key], message: unknownKey(key, KEYS, 'an option') });
  const mode = options.mode;
  if (mode !== undefined && !(MODES as readonly unknown[]).includes(mode)) {
    const close = typeof mode === 'string' ? closest(mode, MODES) : undefined;
    problems.push({
      path: ['mode'],
      message: `must be ${MODES.map((m) => `'${m}'`).join(' or ')}, not ${describe(mode)}${close === undefined ? '' : `: did you mean '${close}'?`}`,
    });
  }
  const matrix = options.matrix;
  if (isPlainObject(matrix)) {
    const keys = Object.keys(MATRIX_OPTION_PROPERTIES);
    for (const key of Object.keys(matrix)) {
      if (!keys.includes(key))
        problems.push({ path: ['matrix', key], message: unknownKey(key, keys, 'a matrix option') });
      else methodKeyProblems(matrix[key], ['matrix', key], problems);
    }
  }
  const profiles = options.profiles;
  if (isPlainObject(profiles)) {
    for (const name of Object.keys(profiles)) {
      if (PROFILE_NAME.test(name)) continue;
      const lower = name.toLowerCase();
      problems.push({
        path: ['profiles', name],
        message: `is not a profile name: names are lower case letters, digits and dashes, starting with a letter${PROFILE_NAME.test(lower) ? ` ('${lower}')` : ', e.g. report'}`,
      });
    }
  }
  const severities = options.severities;
  if (severities !== undefined && !isPlainObject(severities)) {
    problems.push({
      path: ['severities'],
      message: `must be a map of rule names to severities, e.g. { 'http-status-retry-after-header': 'off' }, not ${describe(severities)}`,
    });
  } else if (severities !== undefined) {
    for (const [name, severity] of Object.entries(severities)) {
      if (!(RULE_NAMES as readonly string[]).includes(name))
        problems.push({
          path: ['severities', name],
          message: unknownKey(name, RULE_NAMES, 'a rule of spectral-http-status'),
        });
      else if (typeof severity !== 'string' || !SEVERITIES.includes(severity)) {
        problems.push({
          path: ['severities', name],
          message: `must be one of ${SEVERITIES.join(', ')}, not ${describe(severity)}`,
        });
      }
    }
  }
  const rules = options.rules;
  if (rules !== undefined && !isPlainObject(rules)) {
    problems.push({
      path: ['rules'],
      message: `must be a map of rule names to their options, e.g. { 'http-status-error-expected': { ignore: [415] } }, not ${describe(rules)}`,
    });
  } else if (rules !== undefined) {
    for (const [name, own] of Object.entries(rules)) {
      const rule = RULES.find((r) => r.id === name);
      if (rule === undefined) {
        problems.push({
          path: ['rules', name],
          message: unknownKey(name, RULE_NAMES, 'a rule of spectral-http-status'),
        });
        continue;
      }
      if (!isPlainObject(own)) continue;
      const known = Object.keys(rule.options?.properties ?? {});
      for (const key of Object.keys(own)) {
        if (known.includes(key)) continue;
        const shared = Object.keys(SHARED_OPTION_PROPERTIES).includes(key);
        problems.push({
          path: ['rules', name, key],
          message: shared
            ? 'is shared by every rule: give it at the top level of the options, not per rule'
            : known.length === 0
              ? `is not an option of ${name}, which has none of its own`
              : unknownKey(key, known, `an option of ${name}`),
        });
      }
    }
  }
  return problems;
}

/** Whether `path` is `prefix` or below it. */
const within = (path: ReadonlyArray<string | number>, prefix: ReadonlyArray<string | number>): boolean =>
  prefix.length <= path.length && prefix.every((segment, i) => segment === path[i]);

/**
 * Sorts problems in the order the options are written: by the position of
 * each path segment among its map's keys (or its list's items).
 */
function inWrittenOrder(options: unknown, problems: OptionProblem[]): OptionProblem[] {
  const rank = (path: ReadonlyArray<string | number>): number[] => {
    const out: number[] = [];
    let node: unknown = options;
    for (const segment of path) {
      const keys = isPlainObject(node) ? Object.keys(node) : Array.isArray(node) ? node.map((_, i) => i) : [];
      const at = (keys as Array<string | number>).indexOf(segment);
      out.push(at < 0 ? Number.MAX_SAFE_INTEGER : at);
      node =
        isPlainObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[segment as string] : undefined;
    }
    return out;
  };
  const ranked = problems.map((problem, i) => ({ problem, rank: rank(problem.path), i }));
  ranked.sort((a, b) => {
    for (let k = 0; k < Math.min(a.rank.length, b.rank.length); k++)
      if (a.rank[k] !== b.rank[k]) return (a.rank[k] ?? 0) - (b.rank[k] ?? 0);
    return a.rank.length - b.rank.length || a.i - b.i;
  });
  return ranked.map((r) => r.problem);
}

/** Every problem with the options, in the order they are written. */
function optionProblems(options: unknown): OptionProblem[] {
  if (!isPlainObject(options) || notPlain(options) !== undefined)
    return [
      { path: [], message: `must be a map with ${KEYS.join(', ')}, e.g. { mode: 'strict' }, not ${describe(options)}` },
    ];
  const problems: OptionProblem[] = [];
  const plain = plainCopy(options, [], problems) as Record<string, unknown>;
  // A value that is no plain map is reported once, not again by the checks below.
  for (const { path } of problems) {
    let node: unknown = plain;
    for (const segment of path.slice(0, -1)) node = (node as Record<string, unknown>)[segment as string];
    delete (node as Record<string, unknown>)[path[path.length - 1] as string];
  }
  problems.push(...keyProblems(plain));
  const known = Object.fromEntries(Object.entries(plain).filter(([key]) => KEYS.includes(key) && key !== 'severities'));
  // What is reported above is not reported again by the schema (a key
  // named there, anything below it, or the schema's own word on the
  // names of a map's keys, which names no key).
  const reported = problems.map((p) => p.path);
  for (const problem of valueProblems(known)) {
    if (
      reported.some(
        (path) => within(problem.path, path) || (path.length === problem.path.length + 1 && within(path, problem.path)),
      )
    )
      continue;
    if (/property name must be valid|must name profiles in lower case|must name only methods/.test(problem.message))
      continue;
    problems.push(problem);
  }
  return inWrittenOrder(plain, problems);
}

export function createRuleset(given: CreateRulesetOptions = {}): RulesetDefinition {
  const problems = optionProblems(given);
  if (problems.length > 0) throw new RulesetOptionsError(problems);
  // What was checked is what is used: the options as plain data (inherited keys included).
  const options = plainCopy(given, [], []) as CreateRulesetOptions;
  // One object for every rule: the shared configuration (lib/context.ts).
  const shared: Record<string, unknown> = { ...(options.matrix ?? {}) };
  if (options.mode !== undefined) shared.mode = options.mode;
  if (options.profiles !== undefined) shared.profiles = options.profiles;
  if (options.skip !== undefined) shared.skip = options.skip;
  const configured = Object.keys(shared).length > 0;
  const severities = (options.severities ?? {}) as Record<string, Severity | 'off' | undefined>;
  const perRule = (options.rules ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const rules: Record<string, unknown> = {};
  for (const rule of RULES) {
    const chosen = severities[rule.id];
    const own = perRule[rule.id];
    const functionOptions = own !== undefined ? { ...shared, ...own } : configured ? shared : undefined;
    rules[rule.id] = {
      description: rule.description,
      message: '{{error}}',
      severity: chosen ?? rule.severity,
      recommended: chosen !== undefined ? chosen !== 'off' : rule.recommended,
      documentationUrl: documentationUrl(rule.id),
      formats: [oas2, oas3],
      given: '$',
      resolved: false,
      then: functionOptions === undefined ? { function: rule.fn } : { function: rule.fn, functionOptions },
    };
  }
  return { documentationUrl: README_URL, formats: [oas2, oas3], rules } as RulesetDefinition;
}
