/** Variants of the built ruleset with rule options changed, as users would write them. */
import { Ruleset } from '@stoplight/spectral-core';
import type { RulesetDefinition } from '@stoplight/spectral-core';
import { ruleset } from './lint';

type RuleDef = { then: { function: unknown; functionOptions?: unknown } } & Record<string, unknown>;

/**
 * The built ruleset with `functionOptions` of some rules merged with new
 * ones. With `validate`, the result is loaded into a Spectral `Ruleset` so
 * that option errors surface as they do for users.
 */
export function buildRuleset(options: Record<string, Record<string, unknown>>, validate = false): RulesetDefinition {
  const base = ruleset as unknown as { rules: Record<string, RuleDef> } & Record<string, unknown>;
  const rules: Record<string, RuleDef> = {};
  for (const [name, rule] of Object.entries(base.rules)) {
    const extra = options[name];
    rules[name] =
      extra === undefined
        ? rule
        : {
            ...rule,
            then: {
              ...rule.then,
              functionOptions: { ...(rule.then.functionOptions ?? {}), ...extra },
            },
          };
  }
  const def = { ...base, rules } as unknown as RulesetDefinition;
  if (validate) new Ruleset(def);
  return def;
}

/** The message a user sees when the ruleset with these options fails to load ('' if it loads). */
export function loadError(options: Record<string, Record<string, unknown>>): string {
  try {
    buildRuleset(options, true);
    return '';
  } catch (error) {
    const inner = (error as { errors?: unknown[] }).errors;
    const all = Array.isArray(inner) ? inner : [error];
    return all.map((e) => (e instanceof Error ? e.message : String(e))).join('\n');
  }
}

/** The built ruleset with every rule on, including those off in the recommended set. */
export function allRulesEnabled(): RulesetDefinition {
  const base = ruleset as unknown as { rules: Record<string, Record<string, unknown>> } & Record<string, unknown>;
  const rules = Object.fromEntries(
    Object.entries(base.rules).map(([name, rule]) => [name, { ...rule, recommended: true }]),
  );
  return { ...base, rules } as unknown as RulesetDefinition;
}
