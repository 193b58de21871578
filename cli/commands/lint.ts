/**
 * `spectral-http-status lint <documents...>`: the lint of `spectral lint`
 * (its ruleset loader, its `.spectral.yaml` lookup, globs, every output
 * format), with a baseline: findings the baseline covers are not reported
 * and do not fail the run; new ones do. SARIF carries `partialFingerprints`
 * from the semantic key, code-climate and GitLab a fingerprint from it.
 */
import * as path from 'node:path';
import type { Ruleset } from '@stoplight/spectral-core';
import { getModel } from '../../functions/lib/model';
import { SkipOptions, skippedAt, skipsAnything } from '../../functions/lib/skip';
import { Parsed, failSeverityOf, outputsOf, parseCommand, severityNumber } from '../args';
import { Baseline, StaleEntry, applyBaseline, readBaseline } from '../baseline';
import { DocumentLint, KeyedResult, lintDocument, listDocuments } from '../engine';
import { UsageError } from '../errors';
import { FORMAT_NAMES, formatResults } from '../formats';
import { writeOutput } from '../output';
import { loadRuleset } from '../ruleset';
import type { Io } from '../io';

export const LINT_USAGE = `Usage: spectral-http-status lint <documents...> [options]

Lints OpenAPI documents as \`spectral lint\` does (the same ruleset lookup,
globs and output formats); with --baseline, fails only on findings the
baseline does not cover.

Options:
  -r, --ruleset <file>           the ruleset (default: .spectral.yaml, .yml, .json or .js
                                 in the working directory; without one, this package's)
  -f, --format <format>          ${FORMAT_NAMES.join(', ')}
                                 (default stylish; repeat for several, each with --output.<format>)
  -o, --output <file>            write to a file (default: standard output)
      --output.<format> <file>   where one of several formats goes
  -F, --fail-severity <level>    exit 1 on a finding of this severity or worse: error (default),
                                 warn, info or hint
  -b, --baseline <file>          report only findings beyond this baseline (see \`baseline\`)
  -D, --display-only-failures    show only findings at --fail-severity or worse
      --ignore-unknown-format    do not warn about documents that are not OpenAPI
      --fail-on-unmatched-globs  exit 2 when a pattern matches no file
      --show-documentation-url   add each rule's page to its findings
  -q, --quiet                    no summary, output only
  -h, --help                     this help

Examples:
  spectral-http-status lint openapi.yaml
  spectral-http-status lint 'apis/**/*.yaml' --baseline .http-status-baseline.yaml
  spectral-http-status lint openapi.yaml -b .http-status-baseline.yaml -f stylish -f sarif --output.sarif results.sarif

Exit codes: 0 no (new) finding at --fail-severity, 1 one or more, 2 a document, ruleset or
baseline that cannot be read, or a wrong command line.
`;

const OWN = {
  baseline: { type: 'string', short: 'b' },
  'display-only-failures': { type: 'boolean', short: 'D' },
  'ignore-unknown-format': { type: 'boolean' },
  'fail-on-unmatched-globs': { type: 'boolean' },
  'show-documentation-url': { type: 'boolean' },
} as const;

/** The results of the documents, without those in operations `skip` names (the baseline file's `skip`). */
export function withoutSkipped(lints: readonly DocumentLint[], skip: SkipOptions | undefined): DocumentLint[] {
  if (!skipsAnything(skip)) return [...lints];
  return lints.map((lint) => {
    const model = getModel(lint.outcome.resolved, lint.outcome.written, lint.outcome.text);
    const skipped = skippedAt(model, skip);
    // Results in other files ($ref'd) have paths of their own file: kept.
    return {
      ...lint,
      results: lint.results.filter(
        ({ result }) => (result.source ?? lint.source) !== lint.source || !skipped(result.path),
      ),
    };
  });
}

/** The documents the patterns name; never `exclude` (the baseline file, which a glob such as `*.yaml` matches). */
export async function targetsOf(
  patterns: readonly string[],
  parsed: Parsed,
  io: Io,
  exclude: readonly string[] = [],
): Promise<string[]> {
  const excluded = new Set(exclude.map((f) => path.resolve(io.cwd, f)));
  return (await listDocuments(patterns, io.cwd, parsed.values['fail-on-unmatched-globs'] === true, io.stderr)).filter(
    (t) => !excluded.has(t),
  );
}

/** Lints the documents, one by one. */
export async function lintAll(targets: readonly string[], ruleset: Ruleset, parsed: Parsed): Promise<DocumentLint[]> {
  const lints: DocumentLint[] = [];
  for (const target of targets)
    lints.push(
      await lintDocument(target, ruleset, { ignoreUnknownFormat: parsed.values['ignore-unknown-format'] === true }),
    );
  return lints;
}

function summary(
  total: number,
  fresh: number,
  baselined: number,
  stale: readonly StaleEntry[],
  baselineFile: string | undefined,
): string {
  const findings = (n: number): string => `${n} finding${n === 1 ? '' : 's'}`;
  if (baselineFile === undefined) return '';
  const staleFindings = stale.reduce((n, s) => n + s.unused, 0);
  const parts = [
    `spectral-http-status: ${findings(fresh)} beyond the baseline; ${baselined} of ${total} covered by ${baselineFile}`,
  ];
  if (stale.length > 0) {
    parts.push(
      `${stale.length} baseline entr${stale.length === 1 ? 'y' : 'ies'} (${findings(staleFindings)}) match nothing any more: they were fixed; run \`spectral-http-status baseline --prune\` so that they cannot come back unnoticed`,
    );
  }
  return `${parts.join('; ')}.\n`;
}

export async function lintCommand(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseCommand('lint', argv, OWN);
  if (parsed.values.help === true) {
    io.stdout(LINT_USAGE);
    return 0;
  }
  if (parsed.positionals.length === 0)
    throw new UsageError('lint: no documents: spectral-http-status lint <documents...>');
  const failSeverity = failSeverityOf(parsed);
  const outputs = outputsOf(parsed, FORMAT_NAMES, 'stylish');
  const baselineFile = parsed.values.baseline as string | undefined;
  const baseline: Baseline | undefined =
    baselineFile === undefined ? undefined : readBaseline(path.resolve(io.cwd, baselineFile));
  const targets = await targetsOf(parsed.positionals, parsed, io, baselineFile === undefined ? [] : [baselineFile]);
  const { ruleset } = await loadRuleset(
    parsed.values.ruleset as string | undefined,
    io.cwd,
    parsed.values.quiet === true ? () => undefined : io.stderr,
  );
  const lints = withoutSkipped(await lintAll(targets, ruleset, parsed), baseline?.skip);
  const all = lints.flatMap((l) => l.results);
  const match =
    baseline === undefined
      ? { fresh: all, baselined: 0, covered: [], stale: [] }
      : applyBaseline(lints, baseline, path.dirname(path.resolve(io.cwd, baselineFile as string)));
  const fail = severityNumber(failSeverity);
  let shown: KeyedResult[] = match.fresh;
  if (parsed.values['display-only-failures'] === true) shown = shown.filter(({ result }) => result.severity <= fail);
  if (parsed.values['show-documentation-url'] !== true)
    shown = shown.map((keyed) => ({ ...keyed, result: { ...keyed.result, documentationUrl: undefined } as never }));
  for (const { format, file } of outputs) {
    const text = formatResults(format, shown, ruleset, fail, io.cwd);
    if (file === undefined) io.stdout(text);
    else writeOutput(file, text, io.cwd, parsed.positionals);
  }
  if (parsed.values.quiet !== true) {
    io.stderr(summary(all.length, match.fresh.length, match.baselined, match.stale, baselineFile));
    if (
      shown.length === 0 &&
      outputs.every((o) => o.file !== undefined || ['stylish', 'pretty', 'text'].includes(o.format))
    ) {
      io.stdout(`No results with a severity of '${failSeverity}' ${fail === 0 ? '' : 'or higher '}found!\n`);
    }
  }
  return match.fresh.some(({ result }) => result.severity <= fail) ? 1 : 0;
}
