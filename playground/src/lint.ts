/**
 * The playground's lint, as the worker runs it: Spectral with this package's
 * ruleset (default or strict mode) on one document's text, parsed as the
 * Spectral CLI parses it, then the status-code map of the result. `$ref`s
 * to other files or URLs are not followed: the resolver answers them with an
 * error that Spectral reports as an `invalid-ref` finding saying so, and
 * nothing is fetched.
 */
import { Ruleset, Spectral } from '@stoplight/spectral-core';
import type { IRuleResult, RulesetDefinition } from '@stoplight/spectral-core';
import { Resolver } from '@stoplight/spectral-ref-resolver';
import defaultRuleset from '../../entry';
import strictRuleset from '../../entry/strict';
import { buildStatusMap } from '../../report/map';
import { runWithNotes } from '../../report/run';
import type { StatusMap } from '../../report/map';
import { documentationUrl } from '../../ruleset/urls';

export type PlaygroundMode = 'default' | 'strict';

/** What an external `$ref` answers: a finding that says why, never a request. */
export const SINGLE_DOCUMENT = 'the playground lints one document and does not follow $refs to other files or URLs (the Spectral CLI does)';

/** Spectral keeps one finding per resolver message: each names its target, so that each `$ref` gets its own. */
const refuse = { resolve: (ref: { toString(): string }): Promise<never> => Promise.reject(new Error(`${String(ref)} is not read: ${SINGLE_DOCUMENT}`)) };

const rulesets = new Map<PlaygroundMode, Ruleset>();
function rulesetFor(mode: PlaygroundMode): Ruleset {
  let ruleset = rulesets.get(mode);
  if (ruleset === undefined) {
    ruleset = new Ruleset((mode === 'strict' ? strictRuleset : defaultRuleset) as RulesetDefinition, { severity: 'recommended', source: `spectral-http-status${mode === 'strict' ? '/strict' : ''}` });
    rulesets.set(mode, ruleset);
  }
  return ruleset;
}

export interface LintResponse {
  readonly results: readonly IRuleResult[];
  readonly map: StatusMap;
  readonly ms: number;
}

export const SOURCE = 'openapi.yaml';

export async function lint(text: string, mode: PlaygroundMode, generator: string): Promise<LintResponse> {
  const started = Date.now();
  const spectral = new Spectral({ resolver: new Resolver({ resolvers: { file: refuse, http: refuse, https: refuse } }) });
  spectral.setRuleset(rulesetFor(mode));
  const outcome = await runWithNotes(spectral, text, SOURCE);
  const map = buildStatusMap({ ...outcome, generator, docsUrl: (rule) => (rule.startsWith('http-status-') ? documentationUrl(rule) : undefined) });
  return { results: outcome.results, map, ms: Date.now() - started };
}
