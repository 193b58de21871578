/**
 * `spectral-http-status report <documents...>`: the status-code map of each
 * document, as HTML, Markdown or JSON, from the same lint as `spectral
 * lint`. HTML goes to a file named after the document unless `-o` says
 * where; Markdown and JSON go to standard output.
 */
import * as path from 'node:path';
import type { Ruleset } from '@stoplight/spectral-core';
import { StatusMap, buildStatusMap } from '../../report/map';
import { renderHtml } from '../../report/html';
import { DEFAULT_MARKDOWN_LIMIT, renderMarkdown } from '../../report/markdown';
import { SEVERITY_NAMES, failSeverityOf, parseCommand } from '../args';
import { lintDocument, listDocuments } from '../engine';
import type { DocumentLint } from '../engine';
import { UsageError } from '../errors';
import type { Io } from '../io';
import { writeOutput } from '../output';
import { loadRuleset } from '../ruleset';
import type { ProfileTable } from '../../functions/data/profiles';
import { profileTableFor } from '../../functions/lib/profiles';
import { Baseline, applyBaseline, readBaseline } from '../baseline';
import { withoutSkipped } from './lint';
import { packageVersion } from '../version';

export const FORMATS = ['html', 'markdown', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export const REPORT_USAGE = `Usage: spectral-http-status report <documents...> [options]

Draws the status-code map of OpenAPI documents: every operation by the
status codes it declares, with what the ruleset finds about each.

Options:
  -r, --ruleset <file>          the ruleset (default: .spectral.yaml, .yml, .json or .js in
                                the working directory; without one, this package's)
  -f, --format <format>         html (default), markdown or json
  -o, --output <file>           where to write it (default: for HTML, <document>.status-map.html
                                in the working directory; Markdown and JSON to standard output);
                                a folder for several documents
  -F, --fail-severity <level>   exit 1 if a finding has this severity or worse: error (default),
                                warn, info or hint
  -b, --baseline <file>         show the findings this baseline accepts in a cell state of their own
                                (as lint --baseline leaves them out); its skip applies
      --markdown-limit <chars>  longest Markdown output (default ${DEFAULT_MARKDOWN_LIMIT}, which fits a
                                pull-request comment)
  -q, --quiet                   say nothing on stderr
  -h, --help                    this help

Examples:
  spectral-http-status report openapi.yaml
  spectral-http-status report openapi.yaml -f markdown >> "$GITHUB_STEP_SUMMARY"
  spectral-http-status report openapi.yaml -f json -o status-map.json

Exit codes: 0 no finding at --fail-severity, 1 one or more, 2 a document or ruleset that cannot
be read, or a wrong command line.
`;

/** Where a file is shown in a map: relative to the working directory (no runner's home directory in a CI artifact). */
function shownFrom(cwd: string): (name: string) => string {
  return (name) => {
    if (/^https?:\/\//i.test(name) || !path.isAbsolute(name)) return name;
    const relative = path.relative(cwd, name);
    return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? name : relative;
  };
}

/**
 * The profile table this package's rules were configured with in the
 * ruleset (every rule gets the same shared options: functions/lib/context.ts),
 * so that the map groups resources by the profiles the rules accepted,
 * custom ones included.
 */
function profileTableOf(ruleset: Ruleset): ProfileTable {
  for (const rule of Object.values(ruleset.rules)) {
    for (const then of Array.isArray(rule.then) ? rule.then : [rule.then]) {
      const fn = (then as { function?: { name?: unknown } }).function;
      if (typeof fn?.name === 'string' && fn.name.startsWith('httpStatus'))
        return profileTableFor((then as { functionOptions?: unknown }).functionOptions);
    }
  }
  return profileTableFor(undefined);
}

/** A baseline to show in the map: its findings in a cell state of their own, as waived ones are. */
export interface MapBaseline {
  readonly baseline: Baseline;
  /** The baseline file, as the map names it. */
  readonly file: string;
  readonly baseDir: string;
}

/** The map of one document, linted with a loaded ruleset. */
export async function mapOf(
  document: string,
  ruleset: Ruleset,
  rulesetFile: string | undefined,
  io: Pick<Io, 'cwd' | 'stderr'>,
  baseline?: MapBaseline,
): Promise<StatusMap> {
  return mapFromLint(await lintDocument(document, ruleset), ruleset, rulesetFile, io, baseline);
}

/** The map of a lint already made (the diff's head, say). */
export function mapFromLint(
  lint: DocumentLint,
  ruleset: Ruleset,
  rulesetFile: string | undefined,
  io: Pick<Io, 'cwd' | 'stderr'>,
  baseline?: MapBaseline,
): StatusMap {
  let outcome = lint.outcome;
  if (baseline !== undefined) {
    // The covered results leave the lint's results; their notes say the baseline accepts them.
    const [kept] = withoutSkipped([lint], baseline.baseline.skip);
    const match = applyBaseline([kept ?? lint], baseline.baseline, baseline.baseDir);
    const accepted = new Map(match.covered.map(({ keyed, reason }) => [keyed.result, { keyed, reason }]));
    const acceptedNotes = new Map(
      match.covered.flatMap(({ keyed, reason }) => (keyed.note === undefined ? [] : [[keyed.note, reason] as const])),
    );
    const keptResults = new Set((kept ?? lint).results.map((k) => k.result));
    outcome = {
      ...outcome,
      results: outcome.results.filter((r) => keptResults.has(r) && !accepted.has(r)),
      notes: outcome.notes.map((note) =>
        acceptedNotes.has(note)
          ? { ...note, baselined: { file: baseline.file, reason: acceptedNotes.get(note) } }
          : note,
      ),
    };
  }
  const shown = shownFrom(io.cwd);
  return buildStatusMap({
    ...outcome,
    profiles: profileTableOf(ruleset),
    displaySource: shown(outcome.source),
    displayFile: shown,
    generator: `spectral-http-status ${packageVersion()}`,
    ...(rulesetFile === undefined ? {} : { ruleset: shown(rulesetFile) }),
    docsUrl: (rule) => ruleset.rules[rule]?.documentationUrl ?? undefined,
    onUnnoted: (count) =>
      io.stderr(
        `${count} finding${count === 1 ? '' : 's'} of spectral-http-status's rules came without the notes the map places them by (the ruleset loads another version of the package, or gives a rule its own message): placed by path alone, as problems.\n`,
      ),
  });
}

/** The map of a document, as the command builds it: for scripts (the ruleset found as the command finds it). */
export async function reportOf(
  document: string,
  rulesetOption: string | undefined,
  io: Pick<Io, 'cwd' | 'stderr'>,
): Promise<StatusMap> {
  const { ruleset, file } = await loadRuleset(rulesetOption, io.cwd, io.stderr);
  return mapOf(path.resolve(io.cwd, document), ruleset, file, io);
}

export function render(map: StatusMap, format: Format, markdownLimit: number = DEFAULT_MARKDOWN_LIMIT): string {
  switch (format) {
    case 'html':
      return renderHtml(map);
    case 'markdown':
      return renderMarkdown(map, { limit: markdownLimit });
    case 'json':
      return `${JSON.stringify(map, null, 2)}\n`;
  }
}

const EXTENSIONS: Readonly<Record<Format, string>> = { html: 'html', markdown: 'md', json: 'json' };

/** `openapi.yaml` -> `openapi.status-map.html`. */
const defaultName = (document: string, format: Format): string =>
  `${path.basename(document).replace(/\.(ya?ml|json)$/i, '')}.status-map.${EXTENSIONS[format]}`;

export async function reportCommand(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseCommand('report', argv, {
    'markdown-limit': { type: 'string' },
    baseline: { type: 'string', short: 'b' },
  });
  if (parsed.values.help === true) {
    io.stdout(REPORT_USAGE);
    return 0;
  }
  if (parsed.positionals.length === 0)
    throw new UsageError('report: the document is missing: spectral-http-status report <document>');
  const formats = (parsed.values.format as string[] | undefined) ?? ['html'];
  if (formats.length > 1) throw new UsageError('report: one --format at a time (html, markdown or json)');
  const format = formats[0] as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format '${format}' is not one of ${FORMATS.join(', ')}`);
  const failSeverity = failSeverityOf(parsed);
  const limitText = parsed.values['markdown-limit'] as string | undefined;
  const markdownLimit = limitText === undefined ? DEFAULT_MARKDOWN_LIMIT : Number(limitText);
  if (!Number.isInteger(markdownLimit) || markdownLimit < 1000)
    throw new UsageError(`--markdown-limit '${limitText}' is not a whole number of characters of at least 1000`);
  const say = parsed.values.quiet === true ? () => undefined : io.stderr;
  const baselineOption = parsed.values.baseline as string | undefined;
  const baselineFile = baselineOption === undefined ? undefined : path.resolve(io.cwd, baselineOption);
  const mapBaseline: MapBaseline | undefined =
    baselineFile === undefined
      ? undefined
      : {
          baseline: readBaseline(baselineFile),
          file: shownFrom(io.cwd)(baselineFile),
          baseDir: path.dirname(baselineFile),
        };
  const documents = (await listDocuments(parsed.positionals, io.cwd, false, say)).filter((d) => d !== baselineFile);
  const { ruleset, file } = await loadRuleset(parsed.values.ruleset as string | undefined, io.cwd, say);
  const output = parsed.values.output as string | undefined;
  const several = documents.length > 1;
  const maps: StatusMap[] = [];
  for (const document of documents) {
    const map = await mapOf(document, ruleset, file, { cwd: io.cwd, stderr: say }, mapBaseline);
    maps.push(map);
    const text = render(map, format, markdownLimit);
    // Several documents: each map in a file of its own, in the folder -o names (or here).
    const target = several
      ? format === 'html' || output !== undefined
        ? path.join(output ?? '.', defaultName(document, format))
        : undefined
      : (output ?? (format === 'html' ? defaultName(document, format) : undefined));
    if (target === undefined) {
      io.stdout(text);
      continue;
    }
    const written = writeOutput(target, text, io.cwd, documents);
    say(`Wrote ${written}: ${map.summary.operations} operations, ${map.summary.findings} findings.\n`);
  }
  const fail = SEVERITY_NAMES.indexOf(failSeverity);
  return maps.some((map) => map.findings.some((f) => SEVERITY_NAMES.indexOf(f.severity) <= fail)) ? 1 : 0;
}
