/**
 * `spectral-http-status fix <document>`: lints as `lint` does (the same
 * ruleset lookup and waivers), makes each finding's fix where it is
 * unambiguous (cli/fix/plan.ts), as edits of the text (cli/fix/text-edit.ts),
 * and prints them as a unified diff. Before it writes, it re-lints the
 * result in memory: the fixed findings are gone, no finding is new, a
 * second run would change nothing, and a document swagger-parser validated
 * still validates; else it writes nothing and says why.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Ruleset } from '@stoplight/spectral-core';
import { parseCommand } from '../args';
import { DocumentLint, lintDocument, lintText } from '../engine';
import { CliError, UsageError } from '../errors';
import { findingIdentity, fixedLines, leftLines, offendingFixes, relintProblems, withoutHeld } from '../fix/check';
import { FIXABLE_RULES, FixPlan, Left, planFixes } from '../fix/plan';
import { Validate, Validation, boundedValidation } from '../fix/validate';
import { unifiedDiff } from '../unified-diff';
import { loadRuleset } from '../ruleset';
import type { Io } from '../io';

export const FIX_USAGE = `Usage: spectral-http-status fix <document> [options]

Lints the document as \`lint\` does, makes each finding's fix where it is
unambiguous, and prints the changes as a unified diff. It edits the text:
comments, quoting, key order and indentation stay as they are. Before it
writes, it lints the result again: the fixed findings must be gone, no
finding new, a second run must change nothing, and a document that
validated (swagger-parser) must still validate. A fix that raises a new
finding where it edits is left for a person and the rest checked again;
any other failure, and it writes nothing.

What it fixes:
  missing response headers    declares Location, Allow, WWW-Authenticate, Retry-After, ETag,
                              Last-Modified, Content-Range, Upgrade (on a shared response once)
  cache headers of a 304/206  declares the ETag, Cache-Control, Expires, Vary, Content-Location
                              its 200 declares, as the 200 declares them
  a body where none may be    removes content (3.x) or schema (2.0), and a Content-Length on a
                              204 or 1xx; a HEAD sharing a GET's response gets one of its own
  malformed response keys     2xx -> 2XX, ' 200' -> '200', Default -> default
  missing error codes         references the document's own shared response for the code, or adds
                              one (NotFound, BadRequest…) shaped like its error responses; not a 401
                              on a public probe or login, which may want \`security: []\` instead
It lists the findings it leaves, with the reason.

Options:
      --rule <id>                fix only this rule's findings (repeat for several):
                                 ${FIXABLE_RULES.join(',\n                                 ')}
      --dry-run                  print the diff, write nothing
      --validation-seconds <n>   how long swagger-parser may validate the document, and the fixed one
                                 (default 120); when the document's own validation does not finish,
                                 the fix is checked by the re-lint alone, and it says so
  -r, --ruleset <file>           the ruleset (as for lint)
      --ignore-unknown-format    do not warn about documents that are not OpenAPI
  -q, --quiet                    the diff only: no list of what was fixed and left
  -h, --help                     this help

Examples:
  spectral-http-status fix openapi.yaml --dry-run
  spectral-http-status fix openapi.yaml --rule http-status-location-header
  spectral-http-status fix openapi.json --dry-run > fix.patch

Exit codes: 0 every finding of those rules fixed (or none to fix), 1 some left for a person
(listed), 2 a document or ruleset that cannot be read, a wrong command line, or fixes the
checks refused (nothing written).
`;

const OWN = {
  rule: { type: 'string', multiple: true },
  'dry-run': { type: 'boolean' },
  'validation-seconds': { type: 'string' },
  'ignore-unknown-format': { type: 'boolean' },
} as const;

/** How long swagger-parser may take, by default, to validate the document and the fixed one (`--validation-seconds`). */
const VALIDATION_SECONDS = 120;

/** The notices of the document's own validation: one when it did not finish (the fix is then checked by the re-lint alone). */
const noticesOf = (original: Validation, seconds: number): string[] =>
  original === undefined
    ? [
        `swagger-parser did not finish validating the document in ${seconds} s (--validation-seconds), so the fix was checked by the re-lint alone`,
      ]
    : [];

/**
 * What the checks of a fix found wrong (`problems`, empty: it may be written), and what the user should
 * know of them (`notices`: the document's own validation did not finish).
 */
export async function checkFix(
  before: DocumentLint,
  plan: FixPlan,
  ruleset: Ruleset,
  rules: ReadonlySet<string> | undefined,
  ignoreUnknownFormat: boolean,
  validationSeconds = VALIDATION_SECONDS,
  validate: Validate = boundedValidation(validationSeconds),
): Promise<{ problems: string[]; notices: string[] }> {
  const original = await validate(before.outcome.text, before.source);
  const check = await relint(
    before,
    plan,
    ruleset,
    rules,
    ignoreUnknownFormat,
    new Set(),
    validate,
    validationSeconds,
    original,
  );
  return { problems: check.problems, notices: noticesOf(original, validationSeconds) };
}

/**
 * The re-lint of a plan and its validation. `original` is the document's own validation, made once by the
 * caller (the document does not change between rounds; swagger-parser takes a minute on a large one).
 */
async function relint(
  before: DocumentLint,
  plan: FixPlan,
  ruleset: Ruleset,
  rules: ReadonlySet<string> | undefined,
  ignoreUnknownFormat: boolean,
  held: ReadonlySet<string>,
  validate: Validate,
  validationSeconds: number,
  original: Validation,
): Promise<{ problems: string[]; after: DocumentLint; valid: boolean }> {
  const after = await lintText(plan.text, before.source, ruleset, { ignoreUnknownFormat });
  const problems = relintProblems(before, plan, after, rules, held);
  // A document whose own validation did not finish is not known to validate: the re-lint alone checks its fix
  // (the caller says so). One that validated must still validate.
  let still = true;
  if (original?.ok === true) {
    const check = await validate(plan.text, before.source);
    still = check?.ok ?? false;
    if (check === undefined)
      problems.push(
        `swagger-parser did not finish validating the fixed document in ${validationSeconds} s (--validation-seconds)`,
      );
    else if (!check.ok) problems.push(`the fixed document no longer validates (swagger-parser: ${check.message})`);
  }
  return { problems, after, valid: still };
}

/** How many times the fixes that raise a new finding are held back and the rest checked again. */
const ROUNDS = 4;

/**
 * The plan, checked: when the re-lint shows a problem that some fixes
 * caused (a new finding on the operation they edit, a finding they did not
 * clear), those fixes are held back and left for a person with the reason,
 * and the rest planned and checked again. `problems` is empty when the plan
 * may be written.
 */
async function checkedPlan(
  lint: DocumentLint,
  ruleset: Ruleset,
  rules: ReadonlySet<string> | undefined,
  ignoreUnknownFormat: boolean,
  validationSeconds: number,
): Promise<{ plan: FixPlan; problems: string[]; notices: string[] }> {
  const held = new Set<string>();
  const heldLeft: Left[] = [];
  let plan = planFixes(lint, rules);
  const validate = boundedValidation(validationSeconds);
  const original = await validate(lint.outcome.text, lint.source);
  const notices = noticesOf(original, validationSeconds);
  let first: string[] | undefined;
  for (let round = 0; ; round++) {
    const check = await relint(
      lint,
      plan,
      ruleset,
      rules,
      ignoreUnknownFormat,
      held,
      validate,
      validationSeconds,
      original,
    );
    first ??= check.problems;
    if (check.problems.length === 0)
      return { plan: { ...plan, left: [...plan.left, ...heldLeft] }, problems: [], notices };
    const offending = check.valid && round < ROUNDS ? offendingFixes(lint, plan, check.after) : undefined;
    if (offending === undefined || offending.length === 0)
      return { plan, problems: round === 0 ? check.problems : first, notices };
    const reason = `its fix would make the re-lint fail (${check.problems.join('; ')}): for a person to judge`;
    for (const finding of offending) {
      held.add(findingIdentity(finding));
      heldLeft.push({ finding, reason });
    }
    plan = planFixes(withoutHeld(lint, held), rules);
    if (plan.fixed.length === 0) return { plan, problems: first, notices };
  }
}

export async function fixCommand(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseCommand('fix', argv, OWN);
  if (parsed.values.help === true) {
    io.stdout(FIX_USAGE);
    return 0;
  }
  for (const option of ['format', 'output', 'fail-severity'] as const) {
    if (parsed.values[option] !== undefined || (option === 'output' && Object.keys(parsed.outputs).length > 0))
      throw new UsageError(`fix: --${option} is not an option of fix (it prints a unified diff)`);
  }
  if (parsed.positionals.length !== 1)
    throw new UsageError(
      `fix: ${parsed.positionals.length === 0 ? 'no document' : 'one document at a time'}: spectral-http-status fix <document>`,
    );
  const document = parsed.positionals[0] as string;
  if (/^https?:\/\//i.test(document)) throw new UsageError('fix: the document is a URL; fix edits a file');
  const rules = parsed.values.rule === undefined ? undefined : new Set(parsed.values.rule as string[]);
  for (const rule of rules ?? []) {
    if (!FIXABLE_RULES.includes(rule))
      throw new UsageError(`fix: --rule '${rule}' is not a rule fix fixes; they are ${FIXABLE_RULES.join(', ')}`);
  }
  const dryRun = parsed.values['dry-run'] === true;
  const quiet = parsed.values.quiet === true;
  const ignoreUnknownFormat = parsed.values['ignore-unknown-format'] === true;
  const seconds = parsed.values['validation-seconds'];
  const validationSeconds = seconds === undefined ? VALIDATION_SECONDS : Number(seconds);
  if (!(validationSeconds > 0) || !Number.isFinite(validationSeconds))
    throw new UsageError(`fix: --validation-seconds takes a number of seconds above 0, not '${String(seconds)}'`);
  const target = path.resolve(io.cwd, document);
  const { ruleset } = await loadRuleset(
    parsed.values.ruleset as string | undefined,
    io.cwd,
    quiet ? () => undefined : io.stderr,
  );
  const lint = await lintDocument(target, ruleset, { ignoreUnknownFormat });
  let plan = planFixes(lint, rules);
  // Relative to the working directory when the document is inside it, else as given.
  const relative = path.relative(io.cwd, target);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  const shown = inside ? relative.split(path.sep).join('/') : document.split(path.sep).join('/');
  const say = (text: string): void => {
    if (!quiet) io.stderr(text);
  };
  const listLeft = (): void => {
    if (plan.left.length === 0) return;
    say(
      `Left for a person (${plan.left.length}):\n${leftLines(plan)
        .map((line) => `  ${line}\n`)
        .join('')}`,
    );
  };
  if (plan.fixed.length === 0) {
    listLeft();
    say(
      `spectral-http-status fix: nothing to fix in ${shown}${plan.left.length > 0 ? `; ${plan.left.length} left` : ''}${plan.other > 0 ? `; ${plan.other} finding${plan.other === 1 ? '' : 's'} of rules fix does not fix` : ''}.\n`,
    );
    return plan.left.length > 0 ? 1 : 0;
  }
  const checked = await checkedPlan(lint, ruleset, rules, ignoreUnknownFormat, validationSeconds);
  const problems = checked.problems;
  plan = checked.plan;
  for (const notice of checked.notices) say(`spectral-http-status fix: ${notice}.\n`);
  if (problems.length > 0) {
    throw new CliError(
      `fix: nothing written to ${shown}, because ${problems.length === 1 ? problems[0] : `\n${problems.map((p) => `  ${p}`).join('\n')}`}`,
    );
  }
  io.stdout(unifiedDiff(lint.outcome.text, plan.text, inside ? `a/${shown}` : shown, inside ? `b/${shown}` : shown));
  say(
    `Fixed (${plan.fixed.length}):\n${fixedLines(plan)
      .map((line) => `  ${line}\n`)
      .join('')}`,
  );
  listLeft();
  if (!dryRun) writeFileSync(target, plan.text);
  say(
    `spectral-http-status fix: ${plan.fixed.length} fixed, ${plan.left.length} left${plan.other > 0 ? `, ${plan.other} finding${plan.other === 1 ? '' : 's'} of rules fix does not fix` : ''}; ${dryRun ? 'nothing written (--dry-run)' : `${shown} written`}.\n`,
  );
  return plan.left.length > 0 ? 1 : 0;
}
