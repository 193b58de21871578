/**
 * The baseline: today's findings, accepted as they are, so that a team can
 * adopt the ruleset on an existing API and fail only on what a change adds.
 *
 * A small YAML file, sorted for stable diffs, grouped by document and rule,
 * one entry per semantic key (functions/lib/finding-keys.ts) with a count
 * (ESLint's bulk-suppression model) and an optional `reason` a person may
 * add. Matched by key, never by line, pointer or message, so it survives
 * reordering, reformatting (YAML and JSON), reworded messages and responses
 * moved into `components` and back. `lint --baseline` reports only findings
 * beyond it, and which entries match nothing any more; `baseline --prune`
 * drops those and lowers counts that fell, and never raises one: the
 * ratchet only tightens. Described by schema/baseline.schema.json.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { load } from 'js-yaml';
import { readRendered } from './baseline-read';
import { BASELINE_VERSION } from './baseline-schema';
import validateBaseline = require('./generated/baseline-validator');
import { FindingKey, keyText } from '../functions/lib/finding-keys';
import type { SkipOptions } from '../functions/lib/skip';
import { CliError } from './errors';
import type { DocumentLint, KeyedResult } from './engine';

export { BASELINE_SCHEMA } from './baseline-schema';

export const DEFAULT_BASELINE = '.http-status-baseline.yaml';

export interface BaselineEntry {
  readonly where: string;
  readonly code?: string;
  readonly subject?: string;
  readonly count: number;
  readonly reason?: string;
}

export interface Baseline {
  readonly version: typeof BASELINE_VERSION;
  readonly skip?: SkipOptions;
  /** Per document (its path relative to the baseline file, with `/`), per rule, the entries. */
  readonly documents: Readonly<Record<string, Readonly<Record<string, readonly BaselineEntry[]>>>>;
}

/**
 * Reads and checks a baseline file; a clear error naming the file and the problem otherwise.
 * Parsed with js-yaml (duplicate keys are errors), which reads the flow maps
 * of a 1,700-entry baseline in a tenth of the `yaml` package's time, and
 * checked by the schema's validator that `npm run generate` precompiles, so
 * that `lint --baseline` compiles no schema (in a CPU profile on Kubernetes'
 * description, reading the baseline went from 0.83 s to 0.17 s). The `yaml`
 * package still writes the file (`renderBaseline` in baseline-render.ts,
 * loaded only by the commands that write one), where its comments and
 * flow maps are needed.
 */
export function readBaseline(file: string): Baseline {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`the baseline ${file} cannot be read: ${(error as Error).message}`);
  }
  let value: unknown;
  try {
    // The file as `baseline` writes it is read without the YAML parser (cli/baseline-read.ts says why).
    value = readRendered(text) ?? load(text, { filename: file });
  } catch (error) {
    throw new CliError(`the baseline ${file} is not YAML: ${(error as Error).message}`);
  }
  const validate = validateBaseline.baseline;
  if (!validate(value)) {
    const problems = (validate.errors ?? [])
      .slice(0, 5)
      .map((e) => `${e.instancePath === '' ? '(the file)' : e.instancePath} ${e.message ?? ''}`);
    throw new CliError(
      `the baseline ${file} is not a baseline of spectral-http-status:\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
  }
  return value as Baseline;
}

/** What a document is called in a baseline: its path relative to the baseline's folder, with `/` (a URL as it is). */
function documentName(source: string, baseDir: string): string {
  if (/^https?:\/\//i.test(source)) return source;
  return path.relative(baseDir, source).split(path.sep).join('/');
}

/** How documents are named: from a folder (the baseline's), or by a function (the diff names each side's document alike). */
export type Naming = string | ((source: string) => string);
const nameWith = (naming: Naming, source: string): string =>
  typeof naming === 'string' ? documentName(source, naming) : naming(source);

const entryKey = (rule: string, entry: { where: string; code?: string; subject?: string }): string =>
  keyText({
    rule,
    where: entry.where,
    ...(entry.code === undefined ? {} : { code: entry.code }),
    ...(entry.subject === undefined ? {} : { subject: entry.subject }),
  });

/** The baseline of a set of lints: one entry per key, counted; reasons kept from `previous` for keys still there. */
export function buildBaseline(lints: readonly DocumentLint[], baseDir: Naming, previous?: Baseline): Baseline {
  const counts = new Map<string, Map<string, { key: FindingKey; count: number }>>();
  for (const lint of lints) {
    for (const { result, keys } of lint.results) {
      const doc = nameWith(baseDir, result.source ?? lint.source);
      let perDoc = counts.get(doc);
      if (perDoc === undefined) counts.set(doc, (perDoc = new Map()));
      for (const key of keys) {
        const text = keyText(key);
        const seen = perDoc.get(text);
        if (seen === undefined) perDoc.set(text, { key, count: 1 });
        else seen.count++;
      }
    }
  }
  const documents: Record<string, Record<string, BaselineEntry[]>> = {};
  for (const doc of [...counts.keys()].sort()) {
    const rules: Record<string, BaselineEntry[]> = {};
    const reasons = previous?.documents[doc];
    for (const { key, count } of counts.get(doc)?.values() ?? []) {
      const reason = reasons?.[key.rule]?.find((e) => entryKey(key.rule, e) === keyText(key))?.reason;
      (rules[key.rule] ??= []).push({
        where: key.where,
        ...(key.code === undefined ? {} : { code: key.code }),
        ...(key.subject === undefined ? {} : { subject: key.subject }),
        count,
        ...(reason === undefined ? {} : { reason }),
      });
    }
    documents[doc] = sortRules(rules);
  }
  return { version: BASELINE_VERSION, ...(previous?.skip === undefined ? {} : { skip: previous.skip }), documents };
}

const compareEntries = (a: BaselineEntry, b: BaselineEntry): number =>
  a.where.localeCompare(b.where) ||
  (a.code ?? '').localeCompare(b.code ?? '') ||
  (a.subject ?? '').localeCompare(b.subject ?? '');

function sortRules(rules: Record<string, BaselineEntry[]>): Record<string, BaselineEntry[]> {
  return Object.fromEntries(
    Object.keys(rules)
      .sort()
      .map((rule) => [rule, [...(rules[rule] ?? [])].sort(compareEntries)]),
  );
}

/** An entry that matched fewer findings than it counts. */
export interface StaleEntry {
  readonly document: string;
  readonly rule: string;
  readonly entry: BaselineEntry;
  /** How many of its count matched nothing. */
  readonly unused: number;
}

export interface BaselineMatch {
  /** The results the baseline does not cover: what the run reports. */
  readonly fresh: KeyedResult[];
  /** How many results it covered. */
  readonly baselined: number;
  /** The results it covered, each with the reason of an entry that covers it, if one gives one. */
  readonly covered: ReadonlyArray<{ readonly keyed: KeyedResult; readonly reason: string | undefined }>;
  readonly stale: StaleEntry[];
}

/**
 * Splits the results into those the baseline covers (up to each entry's
 * count) and the rest. A finding with several keys (a shared response's
 * problem) is covered when one of its keys still has room, and uses a place
 * on each of its keys that has one, so that the entries of every operation
 * it stands for stay matched.
 */
export function applyBaseline(lints: readonly DocumentLint[], baseline: Baseline, baseDir: Naming): BaselineMatch {
  const budget = new Map<string, { rule: string; document: string; entry: BaselineEntry; left: number }>();
  for (const [document, rules] of Object.entries(baseline.documents)) {
    for (const [rule, entries] of Object.entries(rules)) {
      for (const entry of entries)
        budget.set(`${document}\u0000${entryKey(rule, entry)}`, { rule, document, entry, left: entry.count });
    }
  }
  const fresh: KeyedResult[] = [];
  const covered: Array<{ keyed: KeyedResult; reason: string | undefined }> = [];
  let baselined = 0;
  for (const lint of lints) {
    for (const keyed of lint.results) {
      const doc = nameWith(baseDir, keyed.result.source ?? lint.source);
      const slots = keyed.keys
        .map((key) => budget.get(`${doc}\u0000${keyText(key)}`))
        .filter((slot) => slot !== undefined && slot.left > 0);
      if (slots.length === 0) {
        fresh.push(keyed);
        continue;
      }
      baselined++;
      covered.push({ keyed, reason: slots.find((slot) => slot?.entry.reason !== undefined)?.entry.reason });
      for (const slot of slots) if (slot !== undefined) slot.left--;
    }
  }
  const stale: StaleEntry[] = [];
  for (const { rule, document, entry, left } of budget.values())
    if (left > 0) stale.push({ document, rule, entry, unused: left });
  return { fresh, baselined, covered, stale };
}

/** The baseline with stale entries dropped and counts lowered to what still matches; never a new entry, never a higher count. */
export function pruneBaseline(baseline: Baseline, stale: readonly StaleEntry[]): Baseline {
  const unused = new Map<string, number>();
  for (const s of stale) unused.set(`${s.document}\u0000${entryKey(s.rule, s.entry)}`, s.unused);
  const documents: Record<string, Record<string, BaselineEntry[]>> = {};
  for (const [document, rules] of Object.entries(baseline.documents)) {
    const kept: Record<string, BaselineEntry[]> = {};
    for (const [rule, entries] of Object.entries(rules)) {
      const left = entries.flatMap((entry) => {
        const count = entry.count - (unused.get(`${document}\u0000${entryKey(rule, entry)}`) ?? 0);
        return count > 0 ? [{ ...entry, count }] : [];
      });
      if (left.length > 0) kept[rule] = left;
    }
    if (Object.keys(kept).length > 0) documents[document] = sortRules(kept);
  }
  return { version: BASELINE_VERSION, ...(baseline.skip === undefined ? {} : { skip: baseline.skip }), documents };
}

/** How many findings a baseline accepts. */
export function baselineSize(baseline: Baseline): { entries: number; findings: number } {
  let entries = 0;
  let findings = 0;
  for (const rules of Object.values(baseline.documents))
    for (const list of Object.values(rules)) for (const entry of list) (entries++, (findings += entry.count));
  return { entries, findings };
}
