/**
 * The status-code map as Markdown, for `$GITHUB_STEP_SUMMARY` and pull-request
 * comments: the counts per rule, then the rows with problems as a compact
 * table that lists codes by state (four columns however many codes the API
 * has, so it stays readable on GitHub), then the Level 3 profiles; cut at a
 * size limit with a note of what was left out. GitHub takes 1 MiB in a step
 * summary and 65,536 characters in a comment: the default limit fits both.
 *
 * Every line counts against the limit, and text from the document only
 * ever stands in a code span (`codeSpan`), where no Markdown or HTML takes
 * effect and no `@mention` pings anyone.
 */
import { QUOTE_LIMIT, visible } from '../functions/lib/quote';
import type { MapCell, MapRow, StatusMap } from './map';
import { SEVERITY_NAMES } from './map';
import { STATE_SYMBOLS, percent as pct } from './states';

export const DEFAULT_MARKDOWN_LIMIT = 60_000;
/** The smallest limit: the heading and the counts line always fit in it. */
export const MIN_MARKDOWN_LIMIT = 1_000;

export interface MarkdownOptions {
  /** The most characters the output may have (default 60,000; at least 1,000). */
  readonly limit?: number;
}

/**
 * Text as a code span, shown as it is: control, invisible and bidi
 * characters as `\u202E`, capped at `QUOTE_LIMIT` characters (then `…`), fenced
 * with more backticks than it holds. In a table cell (`inTable`), `|` is
 * escaped, as GitHub's tables need even inside a code span; elsewhere the
 * escape would show.
 */
export function codeSpan(text: string, inTable = true): string {
  let shown = visible(text);
  // Capped as shown, so that a span is at most QUOTE_LIMIT characters however many escapes it holds (never cut inside one).
  if (shown.length > QUOTE_LIMIT) shown = `${shown.slice(0, QUOTE_LIMIT).replace(/\\(u[0-9A-F]{0,3})?$/, '')}…`;
  if (inTable) shown = shown.replace(/\|/g, '\\|');
  if (shown === '') return '` `';
  const longest = Math.max(0, ...(shown.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // A span that starts or ends with a backtick, or with a space at both ends, needs a space inside its fence (CommonMark strips one).
  const pad =
    shown.startsWith('`') ||
    shown.endsWith('`') ||
    (shown.startsWith(' ') && shown.endsWith(' ') && shown.trim() !== '')
      ? ' '
      : '';
  return `${fence}${pad}${shown}${pad}${fence}`;
}

/**
 * A row's line: the codes that do not belong, the missing ones (a request
 * for one of several codes as one entry: `400` or `422`; `success` for no
 * success response at all) and those with a problem (`operation` for the
 * operation itself), read from the kinds of its findings; then how many
 * findings sit on the row, and how many reported elsewhere concern it (a
 * shared response's).
 */
function rowLine(map: StatusMap, row: MapRow): string | undefined {
  const forbidden = new Set<string>();
  const missing = new Set<string>();
  const problem = new Set<string>();
  let own = 0;
  const related = new Set<number>();
  const cells: Array<[string | null, MapCell]> = [
    ...Object.entries(row.cells),
    ...(row.own === undefined ? [] : [[null, row.own] as [null, MapCell]]),
  ];
  for (const [key, cell] of cells) {
    for (const id of cell.findings) {
      const finding = map.findings[id];
      if (finding === undefined) continue;
      own++;
      if (finding.kind === 'missing') {
        const expects = finding.expects ?? [];
        missing.add(
          expects.length === 0 ? codeSpan(key ?? 'success') : expects.map((c) => codeSpan(String(c))).join(' or '),
        );
      } else if (finding.kind === 'forbidden' && key !== null) forbidden.add(codeSpan(key));
      else problem.add(codeSpan(key ?? 'operation'));
    }
    for (const id of cell.related) {
      const finding = map.findings[id];
      if (finding === undefined || finding.row === row.id) continue;
      related.add(id);
      if (finding.kind === 'problem' || finding.kind === 'forbidden') problem.add(codeSpan(key ?? 'operation'));
    }
  }
  if (own === 0 && related.size === 0) return undefined;
  const name =
    row.kind === 'operation'
      ? row.label
      : row.kind === 'shared'
        ? `shared ${row.label}`
        : row.kind === 'resource'
          ? `path ${row.label}`
          : row.label;
  const where = row.line === undefined ? '' : ` (line ${row.line})`;
  const count = related.size === 0 ? String(own) : `${own} (+${related.size} shared)`;
  return `| ${codeSpan(name)}${where} | ${[...forbidden].join(' ')} | ${[...missing].join(', ')} | ${[...problem].join(' ')} | ${count} |`;
}

/** Lines while they fit in a number of characters (each line with its line break). */
class Lines {
  private readonly lines: string[] = [];
  private size = 0;

  constructor(private readonly room: number) {}

  /** Whether these lines would fit after those already added. */
  fits(...lines: string[]): boolean {
    return this.size + lines.reduce((n, line) => n + line.length + 1, 0) <= this.room;
  }

  /** Adds the lines if they all fit; says whether they did. */
  add(...lines: string[]): boolean {
    if (!this.fits(...lines)) return false;
    for (const line of lines) {
      this.lines.push(line);
      this.size += line.length + 1;
    }
    return true;
  }

  get text(): string {
    return this.lines.map((line) => `${line}\n`).join('');
  }
}

/** What was left out, counted. */
interface LeftOut {
  rows: number;
  rules: number;
  profiles: number;
}

const plural = (n: number, one: string, many: string): string => `${n} more ${n === 1 ? one : many}`;

function leftOutNote(left: LeftOut, limit: number): string {
  const parts = [
    ...(left.rows > 0 ? [plural(left.rows, 'row with findings', 'rows with findings')] : []),
    ...(left.rules > 0 ? [plural(left.rules, 'rule', 'rules')] : []),
    ...(left.profiles > 0 ? [plural(left.profiles, 'profiled path', 'profiled paths')] : []),
  ];
  const list = parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return `\n_${list} not shown (this summary stops at ${limit.toLocaleString('en-US')} characters); \`spectral-http-status report --format html\` shows them all._\n`;
}

/** The counts line, or, for a document without operations, what it is. */
function countsLine(map: StatusMap): string {
  const s = map.summary;
  const severities = SEVERITY_NAMES.filter((name) => s.bySeverity[name] > 0)
    .map((name) => `${s.bySeverity[name]} ${name === 'warn' ? 'warning' : name}${s.bySeverity[name] === 1 ? '' : 's'}`)
    .join(', ');
  const findings = `${s.findings} finding${s.findings === 1 ? '' : 's'}${severities === '' ? '' : ` (${severities})`}${s.waived > 0 ? `; ${s.waived} waived` : ''}${s.baselined !== undefined && s.baselined > 0 ? `; ${s.baselined} accepted by the baseline` : ''}.`;
  if (map.version === undefined)
    return `**Not an OpenAPI document**: it has no \`openapi\` or \`swagger\` version this ruleset reads, so there are no operations to map. ${findings}`;
  if (s.operations === 0)
    return `**No operations**: the document declares no operation under \`paths\` or \`webhooks\`. ${findings}`;
  return `**${s.operations} operation${s.operations === 1 ? '' : 's'}**, ${s.operationsWithoutFindings} without findings (${pct(s.operationsWithoutFindings, s.operations)}). ${findings}`;
}

/** Writes the summary into `out`, as much as fits; counts what did not into `left`. Sections are apart by a blank line. */
function write(map: StatusMap, out: Lines, left: LeftOut): void {
  const s = map.summary;
  out.add(`## Status codes: ${codeSpan(map.source, false)}`, '', countsLine(map));

  /** Adds a section's lines, each while it fits; the first with the section's head. Returns how many went in. */
  const section = (head: readonly string[], lines: readonly string[]): number => {
    let shown = 0;
    for (const line of lines) {
      if (!(shown === 0 ? out.add('', ...head, line) : out.add(line))) break;
      shown++;
    }
    return shown;
  };

  const rules = s.byRule.map(
    (r) =>
      `| ${r.docs === undefined ? codeSpan(r.rule) : `[${codeSpan(r.rule)}](${r.docs})`} | ${r.error} | ${r.warn} | ${r.info} | ${r.hint} | ${r.total} |`,
  );
  left.rules =
    rules.length -
    section(['| Rule | Errors | Warnings | Infos | Hints | Total |', '|---|--:|--:|--:|--:|--:|'], rules);
  if (s.mostMissed.length > 0)
    section(
      [],
      [`Most missed: ${s.mostMissed.map((m) => `${codeSpan(m.code, false)} (${m.operations})`).join(', ')}.`],
    );

  const rows = map.rows.map((row) => rowLine(map, row)).filter((line): line is string => line !== undefined);
  const head = [
    '### Where',
    '',
    `${STATE_SYMBOLS.forbidden} the code does not belong; ${STATE_SYMBOLS.missing} a code is missing (\`success\`: no success response at all); ${STATE_SYMBOLS.problem} a declared response (or \`operation\` itself) has a problem. Findings: those on the row (+ those reported once on a shared response it uses).`,
    '',
    `| Operation | ${STATE_SYMBOLS.forbidden} Does not belong | ${STATE_SYMBOLS.missing} Missing | ${STATE_SYMBOLS.problem} Problem | Findings |`,
    '|---|---|---|---|--:|',
  ];
  left.rows = rows.length - section(head, rows);

  if (s.profiles.length > 0) {
    // One line, with as many resources as fit: the longest prefix, found by halving (3,000 resources are tried a dozen times, not 3,000).
    const entries = s.profiles.map((p) => `${codeSpan(p.resource, false)} ${visible(p.profiles)}`);
    const lineOf = (n: number): string =>
      `Level 3 profiles: ${entries.slice(0, n).join('; ')}${n < entries.length ? '; …' : '.'}`;
    let low = 0;
    let high = entries.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (out.fits('', lineOf(mid))) low = mid;
      else high = mid - 1;
    }
    if (low > 0) out.add('', lineOf(low));
    left.profiles = entries.length - low;
  }
}

export function renderMarkdown(map: StatusMap, options: MarkdownOptions = {}): string {
  const limit = options.limit ?? DEFAULT_MARKDOWN_LIMIT;
  if (!Number.isInteger(limit) || limit < MIN_MARKDOWN_LIMIT)
    throw new RangeError(
      `the Markdown limit is a whole number of characters of at least ${MIN_MARKDOWN_LIMIT}: ${limit}`,
    );
  const whole = new Lines(limit);
  const none: LeftOut = { rows: 0, rules: 0, profiles: 0 };
  write(map, whole, none);
  if (none.rows + none.rules + none.profiles === 0) return whole.text;
  // It does not all fit: again, with room for the note of what was left out (as long as it could be).
  const s = map.summary;
  const longest = leftOutNote(
    { rows: map.rows.length, rules: s.byRule.length, profiles: s.profiles.length },
    limit,
  ).length;
  const left: LeftOut = { rows: 0, rules: 0, profiles: 0 };
  const cut = new Lines(limit - longest);
  write(map, cut, left);
  return `${cut.text}${leftOutNote(left, limit)}`;
}
