/**
 * The playground's lint, as the worker runs it: Spectral with this package's
 * ruleset (default or strict mode) on one document's text, parsed as the
 * Spectral CLI parses it, then the status-code map of the result. `$ref`s
 * to other files or URLs are not followed: the resolver answers them with an
 * error that Spectral reports as an `invalid-ref` finding saying so, and
 * nothing is fetched.
 */
import { Ruleset, Spectral } from '@stoplight/spectral-core';
import type { IRuleResult } from '@stoplight/spectral-core';
import { Resolver } from '@stoplight/spectral-ref-resolver';
import defaultRuleset from '../../entry';
import strictRuleset from '../../entry/strict';
import { buildStatusMap } from '../../report/map';
import { runWithNotes } from '../../report/run';
import type { LintOutcome } from '../../report/run';
import type { MapCell, StatusMap } from '../../report/map';
import { documentationUrl } from '../../ruleset/urls';
import { uninert, visible } from '../../functions/lib/quote';

export type PlaygroundMode = 'default' | 'strict';

/** What an external `$ref` answers: a finding that says why, never a request. */
export const SINGLE_DOCUMENT =
  'the playground lints one document and does not follow $refs to other files or URLs (the Spectral CLI does)';

/** Spectral keeps one finding per resolver message: each names its target, so that each `$ref` gets its own. */
const refuse = {
  resolve: (ref: { toString(): string }): Promise<never> =>
    Promise.reject(new Error(`${String(ref)} is not read: ${SINGLE_DOCUMENT}`)),
};

const rulesets = new Map<PlaygroundMode, Ruleset>();
function rulesetFor(mode: PlaygroundMode): Ruleset {
  let ruleset = rulesets.get(mode);
  if (ruleset === undefined) {
    ruleset = new Ruleset(mode === 'strict' ? strictRuleset : defaultRuleset, {
      severity: 'recommended',
      source: `spectral-http-status${mode === 'strict' ? '/strict' : ''}`,
    });
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

/** One Spectral run on the text with the notes (for the map, and for the fixer), named SOURCE. */
export function lintOutcome(text: string, mode: PlaygroundMode): Promise<LintOutcome> {
  const spectral = new Spectral({
    resolver: new Resolver({ resolvers: { file: refuse, http: refuse, https: refuse } }),
  });
  spectral.setRuleset(rulesetFor(mode));
  return runWithNotes(spectral, text, SOURCE);
}

export async function lint(text: string, mode: PlaygroundMode, generator: string): Promise<LintResponse> {
  const started = Date.now();
  const outcome = await lintOutcome(text, mode);
  const map = buildStatusMap({
    ...outcome,
    generator,
    docsUrl: (rule) => (rule.startsWith('http-status-') ? documentationUrl(rule) : undefined),
  });
  return { results: outcome.results, map: readableMap(map), ms: Date.now() - started };
}

/**
 * The map with the document's text in it (operations' paths, response
 * keys, resources, messages, waivers' reasons) as the page may show it:
 * characters that hide or reorder text shown as `\u202E`, so that
 * `/files/\u202Egnp.exe` cannot pass for `/files/exe.png`, and the braces
 * `inert` broke joined again. The map's own builder keeps the text as it
 * is: the JSON report is data, and its readers compare it with the lint's.
 */
export function readableMap(map: StatusMap): StatusMap {
  const text = (value: string): string => visible(uninert(value));
  // A response key is also the key of its cells: renamed in both, unless two keys would then read the same.
  const keys = new Map(map.columns.map((c) => [c.key, visible(c.key)]));
  const renamed = [...keys].some(([from, to]) => from !== to) && new Set(keys.values()).size === keys.size;
  const key = (k: string): string => (renamed ? (keys.get(k) ?? k) : k);
  const cells = (record: Readonly<Record<string, MapCell>>): Record<string, MapCell> =>
    Object.fromEntries(Object.entries(record).map(([k, cell]) => [key(k), cell]));
  return {
    ...map,
    columns: map.columns.map((c) => ({ ...c, key: key(c.key) })),
    groups: map.groups.map((g) => ({
      ...g,
      label: text(g.label),
      ...(g.profiles === undefined ? {} : { profiles: text(g.profiles) }),
    })),
    rows: map.rows.map((r) => ({ ...r, label: text(r.label), cells: renamed ? cells(r.cells) : r.cells })),
    findings: map.findings.map((f) => ({
      ...f,
      message: text(f.message),
      ...(f.cell === null ? {} : { cell: key(f.cell) }),
    })),
    waived: map.waived.map((w) => ({
      ...w,
      message: text(w.message),
      reason: w.reason === undefined ? undefined : text(w.reason),
      ...(w.cell === null ? {} : { cell: key(w.cell) }),
    })),
    summary: {
      ...map.summary,
      profiles: map.summary.profiles.map((p) => ({ resource: text(p.resource), profiles: text(p.profiles) })),
    },
  };
}
