/**
 * `createRuleset`: the ruleset with a team's own method/status matrix,
 * profiles and severities, for JavaScript rulesets. Options are checked
 * when it is called; a bad one throws an error that names it.
 */
import { oas2, oas3 } from '@stoplight/spectral-formats';
import type { RulesetDefinition } from '@stoplight/spectral-core';
import { RULE_NAMES, RuleName } from '../functions/data/rule-names';
import type { ProfileDefinition } from '../functions/data/profiles';
import type { MatrixOptions } from '../functions/lib/matrix';
import { README_URL, RULES, Severity, documentationUrl } from './rules';

export interface CreateRulesetOptions {
  /** The method/status matrix: `allow`, `forbid` and/or a replacement `matrix` (see docs/matrix.md). */
  readonly matrix?: MatrixOptions;
  /** Extra or replacement Level 3 profiles, in the shape of the profile table (see docs/profiles.md). */
  readonly profiles?: Record<string, ProfileDefinition>;
  /** Severity per rule name; `off` turns a rule off, any other turns it on. */
  readonly severities?: Partial<Record<RuleName, Severity | 'off'>>;
}

const SEVERITIES = ['error', 'warn', 'info', 'hint', 'off'];
const KEYS = ['matrix', 'profiles', 'severities'];

/** Thrown for invalid `createRuleset` options; `problems` lists each one. */
export class RulesetOptionsError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`spectral-http-status: invalid createRuleset options:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'RulesetOptionsError';
  }
}

function messagesOf(error: unknown): string[] {
  const inner = (error as { errors?: unknown[] } | undefined)?.errors;
  const all = Array.isArray(inner) && inner.length > 0 ? inner : [error];
  return all.map((e) => (e instanceof Error ? e.message : String(e)));
}

export function createRuleset(options: CreateRulesetOptions = {}): RulesetDefinition {
  const problems: string[] = [];
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new RulesetOptionsError(['options must be an object with matrix, profiles and/or severities']);
  }
  for (const key of Object.keys(options)) {
    if (!KEYS.includes(key)) problems.push(`'${key}' is not an option; use ${KEYS.join(', ')}`);
  }
  const severities = (options.severities ?? {}) as Record<string, unknown>;
  for (const [name, severity] of Object.entries(severities)) {
    if (!(RULE_NAMES as readonly string[]).includes(name)) problems.push(`severities: '${name}' is no rule of spectral-http-status`);
    else if (typeof severity !== 'string' || !SEVERITIES.includes(severity)) {
      problems.push(`severities: '${name}' must be one of ${SEVERITIES.join(', ')}, not ${JSON.stringify(severity)}`);
    }
  }
  const rules: Record<string, unknown> = {};
  const checked = new Set<string>();
  for (const name of RULE_NAMES) {
    const spec = RULES[name];
    let functionOptions: Record<string, unknown> | undefined = spec.options === undefined ? undefined : { ...spec.options };
    if (spec.takes?.includes('matrix') && options.matrix !== undefined) {
      functionOptions = { ...(functionOptions ?? {}), ...(options.matrix as Record<string, unknown>) };
    }
    if (spec.takes?.includes('profiles') && options.profiles !== undefined) {
      functionOptions = { ...(functionOptions ?? {}), profiles: options.profiles };
    }
    // Each option group is checked once, by the first rule that reads it, so
    // that one mistake is one problem in the error.
    const group = spec.takes?.find((g) => options[g] !== undefined && !checked.has(g));
    if (group !== undefined && functionOptions !== undefined) {
      checked.add(group);
      try {
        const validate: (o: unknown) => void = spec.fn.validator.bind(spec.fn);
        validate(functionOptions);
      } catch (error) {
        for (const message of messagesOf(error)) problems.push(`${group}: ${message}`);
      }
    }
    const chosen = severities[name] as Severity | 'off' | undefined;
    rules[name] = {
      description: spec.description,
      message: '{{error}}',
      severity: chosen ?? spec.severity,
      recommended: chosen !== undefined ? chosen !== 'off' : spec.recommended ?? true,
      documentationUrl: documentationUrl(name),
      formats: [oas2, oas3],
      given: '$',
      resolved: false,
      then: functionOptions === undefined ? { function: spec.fn } : { function: spec.fn, functionOptions },
    };
  }
  if (problems.length > 0) throw new RulesetOptionsError(problems);
  return {
    documentationUrl: README_URL,
    formats: [oas2, oas3],
    rules,
  } as RulesetDefinition;
}
