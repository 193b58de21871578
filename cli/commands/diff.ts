/**
 * `spectral-http-status diff <base> <head>`: what a change does to the
 * API's status codes, with a verdict on each (cli/diff.ts). Each side is a
 * file or `git:<ref>:<path>`, linted with the same ruleset as `lint` uses.
 */
import * as path from 'node:path';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { failSeverityOf, parseCommand, severityNumber } from '../args';
import { DiffResult, diffInDetail } from '../diff';
import { markChange } from '../diff-map';
import { renderHtml } from '../../report/html';
import { mapFromLint } from './report';
import { renderDiffAnnotations, renderDiffMarkdown } from '../diff-render';
import { lintDocument } from '../engine';
import { CliError, UsageError } from '../errors';
import type { Io } from '../io';
import { writeOutput } from '../output';
import { loadRuleset } from '../ruleset';
import { Side, readSide } from '../sides';

const DIFF_FORMATS = ['markdown', 'json', 'github-actions', 'html'] as const;
const FAIL_ON = ['new-findings', 'breaking', 'none'] as const;

export const DIFF_USAGE = `Usage: spectral-http-status diff <base> <head> [options]

What a change does to an API's status codes: the findings it adds and fixes
(matched by meaning, not by line), and per operation the status codes added,
removed or changed, each with what the rules say of it and what it means for
clients. Each side is a file, or git:<ref>:<path> read from the repository at
that ref (with the files it $refs, at the same ref).

Options:
  -r, --ruleset <file>          the ruleset (as for lint)
  -f, --format <format>         markdown (default), json, github-actions, or html (head's
                                status-code map with what the change touched marked)
  -o, --output <file>           write to a file (default: standard output; for html,
                                <head>.diff-map.html in the working directory)
  -F, --fail-severity <level>   the severity new findings fail at: error (default), warn,
                                info or hint
      --fail-on <what>          new-findings (default: a new finding at --fail-severity),
                                breaking (a breaking status-code change) or none
  -q, --quiet                   say nothing on stderr
  -h, --help                    this help

Examples:
  spectral-http-status diff git:origin/main:openapi.yaml openapi.yaml
  spectral-http-status diff git:origin/main:openapi.yaml openapi.yaml >> "$GITHUB_STEP_SUMMARY"
  spectral-http-status diff old.yaml new.yaml -f json -o diff.json --fail-on breaking
  spectral-http-status diff git:origin/main:openapi.yaml openapi.yaml -f html -o diff-map.html

Exit codes: 0 nothing to fail on, 1 something to fail on (see --fail-on), 2 a side, the ruleset
or the command line cannot be read (the message names which).
`;

function renderDiff(diff: DiffResult, format: Exclude<(typeof DIFF_FORMATS)[number], 'html'>): string {
  switch (format) {
    case 'markdown':
      return renderDiffMarkdown(diff);
    case 'json':
      return `${JSON.stringify(diff, null, 2)}\n`;
    case 'github-actions':
      return renderDiffAnnotations(diff);
  }
}

export async function diffCommand(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseCommand('diff', argv, { 'fail-on': { type: 'string' } });
  if (parsed.values.help === true) {
    io.stdout(DIFF_USAGE);
    return 0;
  }
  if (parsed.positionals.length !== 2)
    throw new UsageError(
      `diff takes two documents, base and head: spectral-http-status diff <base> <head>${parsed.positionals.length > 2 ? ` ('${parsed.positionals.slice(2).join(' ')}' is too many)` : ''}`,
    );
  const formats = (parsed.values.format as string[] | undefined) ?? ['markdown'];
  if (formats.length > 1) throw new UsageError('diff: one --format at a time (markdown, json, github-actions or html)');
  const format = formats[0] as (typeof DIFF_FORMATS)[number];
  if (!DIFF_FORMATS.includes(format))
    throw new UsageError(`--format '${format}' is not one of ${DIFF_FORMATS.join(', ')}`);
  const failOn = (parsed.values['fail-on'] as string | undefined) ?? 'new-findings';
  if (!(FAIL_ON as readonly string[]).includes(failOn))
    throw new UsageError(`--fail-on '${failOn}' is not one of ${FAIL_ON.join(', ')}`);
  const failSeverity = severityNumber(failSeverityOf(parsed));
  const say = parsed.values.quiet === true ? () => undefined : io.stderr;
  const [baseSpec = '', headSpec = ''] = parsed.positionals;
  const sides: Side[] = [];
  try {
    const base = readSide(baseSpec, io.cwd, 'base');
    sides.push(base);
    const head = readSide(headSpec, io.cwd, 'head');
    sides.push(head);
    const { ruleset, file: rulesetFile } = await loadRuleset(parsed.values.ruleset as string | undefined, io.cwd, say);
    const lintSide = async (side: Side, which: string) => {
      try {
        return await lintDocument(side.document, ruleset);
      } catch (error) {
        throw new CliError(`the ${which} ${side.spec} cannot be linted: ${(error as Error).message}`);
      }
    };
    const headLint = await lintSide(head, 'head');
    const detail = diffInDetail(await lintSide(base, 'base'), base, headLint, head, io.cwd);
    const { diff } = detail;
    // HTML: head's map, marked with what the change did (cli/diff-map.ts), in a file as the report's map is.
    const text =
      format === 'html'
        ? renderHtml(markChange(mapFromLint(headLint, ruleset, rulesetFile, { cwd: io.cwd, stderr: say }), detail))
        : renderDiff(diff, format);
    const output =
      (parsed.values.output as string | undefined) ??
      (format === 'html'
        ? `${path.basename(head.spec.replace(/^git:[^:]*:/, '')).replace(/\.(ya?ml|json)$/i, '')}.diff-map.html`
        : undefined);
    if (output === undefined) io.stdout(text);
    else {
      const written = writeOutput(output, text, io.cwd, [head.document]);
      if (format === 'html') say(`Wrote ${written}.\n`);
    }
    const s = diff.summary;
    const changes = s.codesAdded + s.codesRemoved + s.codesChanged;
    say(
      `spectral-http-status diff: ${s.newFindings} new finding${s.newFindings === 1 ? '' : 's'}, ${s.fixedFindings} fixed; ${changes} status-code change${changes === 1 ? '' : 's'}, ${s.breaking} breaking.\n`,
    );
    if (failOn === 'none') return 0;
    if (failOn === 'breaking') return s.breaking > 0 ? 1 : 0;
    return diff.findings.new.some((f) => f.severity <= (failSeverity as ISpectralDiagnostic['severity'])) ? 1 : 0;
  } finally {
    for (const side of sides) side.dispose();
  }
}
