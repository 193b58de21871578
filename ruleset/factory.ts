/**
 * `createRuleset`: the ruleset with a team's own method/status matrix,
 * profiles and severities, for JavaScript rulesets. Every rule gets the
 * same shared options (one context: see functions/lib/context.ts). Options
 * are checked when it is called; a bad one throws an error that names it.
 */
import { oas2, oas3 } from '@stoplight/spectral-formats';
import type { RulesetDefinition } from '@stoplight/spectral-core';
import type { ProfileDefinition } from '../functions/data/profiles';
import type { MatrixOptions } from '../functions/lib/matrix';
import type { Severity } from '../functions/lib/rule';
import { RULES, RULE_NAMES, RuleName } from '../functions/rules';
import { README_URL, documentationUrl } from './urls';

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
  // One object for every rule: the shared configuration (lib/context.ts).
  const shared: Record<string, unknown> = { ...(options.matrix ?? {}) };
  if (options.profiles !== undefined) shared.profiles = options.profiles;
  const configured = Object.keys(shared).length > 0;
  if (configured) {
    // Every rule's function takes the shared options, so one validation speaks for all.
    const validate: (o: unknown) => void = RULES[0].fn.validator.bind(RULES[0].fn);
    try {
      validate(shared);
    } catch (error) {
      for (const message of messagesOf(error)) problems.push(message);
    }
  }
  if (problems.length > 0) throw new RulesetOptionsError(problems);
  const rules: Record<string, unknown> = {};
  for (const rule of RULES) {
    const chosen = severities[rule.id] as Severity | 'off' | undefined;
    rules[rule.id] = {
      description: rule.description,
      message: '{{error}}',
      severity: chosen ?? rule.severity,
      recommended: chosen !== undefined ? chosen !== 'off' : rule.recommended,
      documentationUrl: documentationUrl(rule.id),
      formats: [oas2, oas3],
      given: '$',
      resolved: false,
      then: configured ? { function: rule.fn, functionOptions: shared } : { function: rule.fn },
    };
  }
  return { documentationUrl: README_URL, formats: [oas2, oas3], rules } as RulesetDefinition;
}
