/**
 * The playground's fixer: the `fix` command's own planner and checks
 * (cli/fix/plan.ts, cli/fix/check.ts) and its unified diff, in a bundle of
 * its own that the lint's worker loads only when Fix is first pressed
 * (scripts/build-playground.mjs inlines it as text), so that the page's
 * start and every lint stay as they were. The worker gives it its lint
 * (Spectral with the page's ruleset and mode); the re-lint of the fixed
 * text is checked as the command checks it (a fixed finding still there, a
 * new finding, a second run that would change the text again: then the
 * text is not fixed, with the reasons). The command's swagger-parser
 * validation is not here: the page does not bundle swagger-parser.
 */
import { fixedLines, leftLines, relintProblems } from '../../cli/fix/check';
import { planFixes } from '../../cli/fix/plan';
import { keyResults } from '../../cli/keyed';
import type { DocumentLint } from '../../cli/keyed';
import { unifiedDiff } from '../../cli/unified-diff';
import type { LintOutcome } from '../../report/run';

/** What Fix found, as the page shows it. */
export interface FixResponse {
  /** The fixed text: what Apply puts in the editor (the text as it was when nothing may be applied). */
  readonly text: string;
  /** The unified diff from the text to the fixed text ('' when nothing may be applied). */
  readonly diff: string;
  /** What was fixed, one line each, as `fix` lists it. */
  readonly fixed: readonly string[];
  /** What was left for a person, with the reason, as `fix` lists it. */
  readonly left: readonly string[];
  /** Findings of rules `fix` does not fix. */
  readonly other: number;
  /** Why the fixes may not be applied (the re-lint's problems); empty: they may. */
  readonly problems: readonly string[];
}

/** A change made to the fixed text before it is checked: the tests' way to see the checks refuse a fix (as test/fix-safety.test.ts does for the command). */
export interface Tamper {
  readonly find: string;
  readonly replace: string;
}

export interface Fixer {
  fix(text: string, lint: (text: string) => Promise<LintOutcome>, tamper?: Tamper): Promise<FixResponse>;
}

const withKeys = (outcome: LintOutcome): DocumentLint => ({
  source: outcome.source,
  outcome,
  results: keyResults(outcome),
});

export async function fix(
  text: string,
  lint: (text: string) => Promise<LintOutcome>,
  tamper?: Tamper,
): Promise<FixResponse> {
  const before = withKeys(await lint(text));
  const planned = planFixes(before);
  const plan =
    tamper === undefined || planned.fixed.length === 0
      ? planned
      : { ...planned, text: planned.text.replace(tamper.find, tamper.replace) };
  const fixed = fixedLines(plan);
  const left = leftLines(plan);
  if (plan.fixed.length === 0) return { text, diff: '', fixed, left, other: plan.other, problems: [] };
  const problems = relintProblems(before, plan, withKeys(await lint(plan.text)), undefined);
  if (problems.length > 0) return { text, diff: '', fixed, left, other: plan.other, problems };
  return {
    text: plan.text,
    diff: unifiedDiff(text, plan.text, `a/${before.source}`, `b/${before.source}`),
    fixed,
    left,
    other: plan.other,
    problems,
  };
}

(self as unknown as { spectralHttpStatusFixer?: Fixer }).spectralHttpStatusFixer = { fix };
