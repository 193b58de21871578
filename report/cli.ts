/**
 * `spectral-http-status report <document>`: the status-code map of a
 * document, as HTML, Markdown or JSON, from the same lint as `spectral lint`
 * (the project's ruleset, found the way the Spectral CLI finds it).
 *
 * Exit codes as `spectral lint`'s: 0 when no finding reaches the fail
 * severity, 1 when one does, 2 when the document or the ruleset cannot be
 * read (or the command line is wrong).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { Ruleset } from '@stoplight/spectral-core';
import builtIn from '../ruleset';
import { renderHtml } from './html';
import { findDefaultRuleset, lintFile, loadRuleset } from './lint';
import { SEVERITY_NAMES, SeverityName, StatusMap, buildStatusMap } from './map';
import { DEFAULT_MARKDOWN_LIMIT, renderMarkdown } from './markdown';

declare const __PACKAGE_VERSION__: string | undefined;

export const FORMATS = ['html', 'markdown', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export const USAGE = `Usage: spectral-http-status report <document> [options]

Draws the status-code map of an OpenAPI document: every operation by the
status codes it declares, with what the ruleset finds about each.

Options:
  -r, --ruleset <file>          the ruleset (default: .spectral.yaml, .spectral.yml,
                                .spectral.json or .spectral.js in the working
                                directory, as spectral lint finds it; without one,
                                spectral-http-status's recommended ruleset)
  -f, --format <format>         html (default), markdown or json
  -o, --output <file>           write to a file (default: standard output)
  -F, --fail-severity <level>   exit 1 if a finding has this severity or worse:
                                error (default), warn, info or hint
      --markdown-limit <chars>  longest Markdown output (default ${DEFAULT_MARKDOWN_LIMIT}, which
                                fits a pull-request comment)
  -h, --help                    this help
  -v, --version                 the version
`;

export function packageVersion(): string {
  if (typeof __PACKAGE_VERSION__ === 'string') return __PACKAGE_VERSION__;
  try {
    return (JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

class UsageError extends Error {}

interface Parsed {
  readonly document: string;
  readonly ruleset: string | undefined;
  readonly format: Format;
  readonly output: string | undefined;
  readonly failSeverity: SeverityName;
  readonly markdownLimit: number;
}

function parse(argv: readonly string[]): Parsed | 'help' | 'version' {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      ruleset: { type: 'string', short: 'r' },
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      'fail-severity': { type: 'string', short: 'F' },
      'markdown-limit': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  if (values.help === true) return 'help';
  if (values.version === true) return 'version';
  const [command, document, ...rest] = positionals;
  if (command !== 'report') throw new UsageError(command === undefined ? 'a command is missing: spectral-http-status report <document>' : `unknown command '${command}': the command is report`);
  if (document === undefined) throw new UsageError('the document is missing: spectral-http-status report <document>');
  if (rest.length > 0) throw new UsageError(`one document at a time: '${rest.join(' ')}' is one too many`);
  const format = (values.format ?? 'html') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format '${values.format}' is not one of ${FORMATS.join(', ')}`);
  const failSeverity = (values['fail-severity'] ?? 'error') as SeverityName;
  if (!SEVERITY_NAMES.includes(failSeverity)) throw new UsageError(`--fail-severity '${values['fail-severity']}' is not one of ${SEVERITY_NAMES.join(', ')}`);
  const limitText = values['markdown-limit'];
  const markdownLimit = limitText === undefined ? DEFAULT_MARKDOWN_LIMIT : Number(limitText);
  if (!Number.isInteger(markdownLimit) || markdownLimit < 1000) throw new UsageError(`--markdown-limit '${limitText}' is not a whole number of characters of at least 1000`);
  return { document, ruleset: values.ruleset, format, output: values.output, failSeverity, markdownLimit };
}

/** The map of a document, as the command builds it: for the command and for scripts. */
export async function reportOf(document: string, rulesetFile: string | undefined, io: Pick<CliIo, 'cwd' | 'stderr'>): Promise<StatusMap> {
  // A ruleset may be a URL, as with spectral lint: Spectral's loader fetches it.
  const remote = rulesetFile !== undefined && /^https?:\/\//i.test(rulesetFile);
  const file = rulesetFile === undefined ? findDefaultRuleset(io.cwd) : remote ? rulesetFile : path.resolve(io.cwd, rulesetFile);
  let ruleset: Ruleset;
  if (file === undefined) {
    io.stderr(`No .spectral.yaml (or .yml, .json, .js) in ${io.cwd}: using spectral-http-status's recommended ruleset. Pass --ruleset to choose another.\n`);
    ruleset = new Ruleset(builtIn, { severity: 'recommended', source: 'spectral-http-status' });
  } else {
    if (!remote && !fs.existsSync(file)) throw new UsageError(`the ruleset ${file} does not exist`);
    ruleset = await loadRuleset(file);
  }
  const documentPath = path.resolve(io.cwd, document);
  if (!fs.existsSync(documentPath)) throw new UsageError(`the document ${documentPath} does not exist`);
  const outcome = await lintFile(documentPath, ruleset);
  // The map names files relative to the working directory (no runner's home directory in a CI artifact).
  const shown = (name: string): string => {
    if (/^https?:\/\//i.test(name) || !path.isAbsolute(name)) return name;
    const relative = path.relative(io.cwd, name);
    return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? name : relative;
  };
  return buildStatusMap({
    ...outcome,
    displaySource: shown(outcome.source),
    displayFile: shown,
    generator: `spectral-http-status ${packageVersion()}`,
    ...(file === undefined ? {} : { ruleset: shown(file) }),
    docsUrl: (rule) => ruleset.rules[rule]?.documentationUrl ?? undefined,
    onUnnoted: (count) =>
      io.stderr(
        `${count} finding${count === 1 ? '' : 's'} of spectral-http-status's rules came without the notes the map places them by (the ruleset loads another version of the package, or gives a rule its own message): placed by path alone, as problems.\n`,
      ),
  });
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

/** Runs the command; resolves to its exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.stderr(`spectral-http-status: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (parsed === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (parsed === 'version') {
    io.stdout(`${packageVersion()}\n`);
    return 0;
  }
  let map: StatusMap;
  try {
    map = await reportOf(parsed.document, parsed.ruleset, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`spectral-http-status: ${message}\n`);
    return 2;
  }
  const text = render(map, parsed.format, parsed.markdownLimit);
  if (parsed.output === undefined) io.stdout(text);
  else {
    const out = path.resolve(io.cwd, parsed.output);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, text);
    io.stderr(`Wrote ${out}: ${map.summary.operations} operations, ${map.summary.findings} findings.\n`);
  }
  const fail = SEVERITY_NAMES.indexOf(parsed.failSeverity);
  return map.findings.some((f) => SEVERITY_NAMES.indexOf(f.severity) <= fail) ? 1 : 0;
}
