/**
 * What `fix` checks before it writes, and how it names the findings it
 * fixed and left: pure, no Node built-ins, so that the command
 * (cli/commands/fix.ts) and the playground's fixer (playground/src/fixer.ts)
 * check and say the same. The re-lint itself, and the validation, are the
 * caller's.
 */
import { keyText } from '../../functions/lib/finding-keys';
import type { DocumentLint, KeyedResult } from '../keyed';
import { FixPlan, planFixes } from './plan';

/** One result's identity across runs: its semantic keys. */
const identity = (finding: KeyedResult): string =>
  `${String(finding.result.code)}\u0001${finding.keys.map(keyText).sort().join('\u0001')}`;

function count(findings: readonly KeyedResult[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(identity(f), (counts.get(identity(f)) ?? 0) + 1);
  return counts;
}

/**
 * What the re-lint of a fix (`after`, the lint of `plan.text`) shows wrong:
 * a fixed finding still there, a finding that is new, a second run that
 * would change the text again. Empty: the fix may be written.
 */
export function relintProblems(
  before: DocumentLint,
  plan: FixPlan,
  after: DocumentLint,
  rules: ReadonlySet<string> | undefined,
  held: ReadonlySet<string> = new Set(),
): string[] {
  const problems: string[] = [];
  const was = count(before.results);
  const gone = count(plan.fixed.map((f) => f.finding));
  const now = count(after.results);
  for (const finding of after.results) {
    const id = identity(finding);
    const allowed = (was.get(id) ?? 0) - (gone.get(id) ?? 0);
    if ((now.get(id) ?? 0) <= allowed) continue;
    now.set(id, allowed); // each identity said once
    const line = finding.result.range.start.line + 1;
    problems.push(
      (gone.get(id) ?? 0) > 0
        ? `the fix did not clear ${String(finding.result.code)} (${finding.keys.map(keyText).join('; ')})`
        : `the fixed document has a new finding at line ${line}: ${String(finding.result.code)}: ${finding.result.message}`,
    );
  }
  // A second run leaves what this one held back (`held`: identities) as this one did.
  const again = planFixes(held.size === 0 ? after : withoutHeld(after, held), rules);
  if (again.text !== plan.text)
    problems.push(
      `a second run would change the document again (${again.fixed.length} more fix${again.fixed.length === 1 ? '' : 'es'})`,
    );
  return problems;
}

/** One finding's identity across runs (its rule and semantic keys), for holding a fix back. */
export const findingIdentity = identity;

/** The lint without the findings held back (their fixes are not to be made). */
export const withoutHeld = (lint: DocumentLint, held: ReadonlySet<string>): DocumentLint => ({
  ...lint,
  results: lint.results.filter((f) => !held.has(identity(f))),
});

/** The place a result is about: its operation (`paths`, path, method) or shared definition (three segments). */
const placeOf = (path: readonly (string | number)[]): string => path.slice(0, 3).map(String).join('\u0000');

/**
 * The fixes (their findings) that caused what the re-lint shows wrong: a
 * fixed finding still there is its own fix's; a new finding is the fixes'
 * made on the same operation or shared definition. Undefined when a
 * problem cannot be put down to a fix (a second run, or a new finding
 * elsewhere): then nothing may be written.
 */
export function offendingFixes(before: DocumentLint, plan: FixPlan, after: DocumentLint): KeyedResult[] | undefined {
  const was = count(before.results);
  const gone = count(plan.fixed.map((f) => f.finding));
  const now = count(after.results);
  const offending = new Set<KeyedResult>();
  for (const finding of after.results) {
    const id = identity(finding);
    if ((now.get(id) ?? 0) <= (was.get(id) ?? 0) - (gone.get(id) ?? 0)) continue;
    const place = placeOf(finding.result.path);
    const causes = plan.fixed.filter((f) => identity(f.finding) === id || placeOf(f.finding.result.path) === place);
    if (causes.length === 0) return undefined;
    for (const cause of causes) offending.add(cause.finding);
  }
  return [...offending];
}

/** A finding as `fix` lists it: line:character, rule, and its key (`GET /orders 201 Location`). */
const findingPlace = (finding: KeyedResult): string => {
  const key = finding.keys[0];
  const start = finding.result.range.start;
  const about =
    key === undefined ? '' : [key.where, key.code, key.subject].filter((s) => s !== undefined && s !== '').join(' ');
  return `${start.line + 1}:${start.character + 1}  ${String(finding.result.code)}  ${about}`;
};

/** The lines of what a plan fixed (`  12:9  rule  GET /x 201 Location: declared Location on '#/…'`). */
export const fixedLines = (plan: FixPlan): string[] => plan.fixed.map((f) => `${findingPlace(f.finding)}: ${f.what}`);

/** The lines of what a plan left for a person, with the reason. */
export const leftLines = (plan: FixPlan): string[] => plan.left.map((l) => `${findingPlace(l.finding)}: ${l.reason}`);
