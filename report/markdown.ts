/**
 * The status-code map as Markdown, for `$GITHUB_STEP_SUMMARY` and pull-request
 * comments: the counts per rule, then the rows with problems as a compact
 * table that lists codes by state (four columns however many codes the API
 * has, so it stays readable on GitHub), cut at a size limit with a note of
 * what was left out. GitHub takes 1 MiB in a step summary and 65,536
 * characters in a comment: the default limit fits both.
 */
import type { MapCell, MapRow, StatusMap } from './map';
import { SEVERITY_NAMES } from './map';
import { STATE_SYMBOLS, percent as pct } from './states';

export const DEFAULT_MARKDOWN_LIMIT = 60_000;

export interface MarkdownOptions {
  /** The most characters the output may have (default 60,000). */
  readonly limit?: number;
}

/** Text in a table cell: no pipes or line breaks, HTML-special characters escaped. */
export function cellText(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => (c === '|' ? '\\|' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`)).replace(/\s*\n\s*/g, ' ');
}

const code = (key: string): string => `\`${key.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ')}\``;

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
  const cells: Array<[string | null, MapCell]> = [...Object.entries(row.cells), ...(row.own === undefined ? [] : [[null, row.own] as [null, MapCell]])];
  for (const [key, cell] of cells) {
    for (const id of cell.findings) {
      const finding = map.findings[id];
      if (finding === undefined) continue;
      own++;
      if (finding.kind === 'missing') {
        const expects = finding.expects ?? [];
        missing.add(expects.length === 0 ? code(key ?? 'success') : expects.map((c) => code(String(c))).join(' or '));
      } else if (finding.kind === 'forbidden' && key !== null) forbidden.add(code(key));
      else problem.add(code(key ?? 'operation'));
    }
    for (const id of cell.related) {
      const finding = map.findings[id];
      if (finding === undefined || finding.row === row.id) continue;
      related.add(id);
      if (finding.kind === 'problem' || finding.kind === 'forbidden') problem.add(code(key ?? 'operation'));
    }
  }
  if (own === 0 && related.size === 0) return undefined;
  const name = row.kind === 'operation' ? row.label : row.kind === 'shared' ? `shared ${row.label}` : row.kind === 'resource' ? `path ${row.label}` : row.label;
  const where = row.line === undefined ? '' : ` (line ${row.line})`;
  const count = related.size === 0 ? String(own) : `${own} (+${related.size} shared)`;
  return `| ${code(name)}${where} | ${[...forbidden].join(' ')} | ${[...missing].join(', ')} | ${[...problem].join(' ')} | ${count} |`;
}

export function renderMarkdown(map: StatusMap, options: MarkdownOptions = {}): string {
  const limit = options.limit ?? DEFAULT_MARKDOWN_LIMIT;
  const s = map.summary;
  const out: string[] = [];
  out.push(`## Status codes: ${cellText(map.source)}`, '');
  const severities = SEVERITY_NAMES.filter((name) => s.bySeverity[name] > 0)
    .map((name) => `${s.bySeverity[name]} ${name === 'warn' ? 'warning' : name}${s.bySeverity[name] === 1 ? '' : 's'}`)
    .join(', ');
  out.push(
    `**${s.operations} operation${s.operations === 1 ? '' : 's'}**, ${s.operationsWithoutFindings} without findings (${pct(s.operationsWithoutFindings, s.operations)}). ` +
      `${s.findings} finding${s.findings === 1 ? '' : 's'}${severities === '' ? '' : ` (${severities})`}${s.waived > 0 ? `; ${s.waived} waived` : ''}.`,
    '',
  );
  if (s.byRule.length > 0) {
    out.push('| Rule | Errors | Warnings | Infos | Hints | Total |', '|---|--:|--:|--:|--:|--:|');
    for (const r of s.byRule) out.push(`| ${r.docs === undefined ? code(r.rule) : `[${code(r.rule)}](${r.docs})`} | ${r.error} | ${r.warn} | ${r.info} | ${r.hint} | ${r.total} |`);
    out.push('');
  }
  if (s.mostMissed.length > 0) out.push(`Most missed: ${s.mostMissed.map((m) => `${code(m.code)} (${m.operations})`).join(', ')}.`, '');
  if (s.profiles.length > 0) out.push(`Level 3 profiles: ${s.profiles.map((p) => `${code(p.resource)} ${p.profiles}`).join('; ')}.`, '');

  const lines = map.rows.map((row) => rowLine(map, row)).filter((line): line is string => line !== undefined);
  if (lines.length === 0) return `${out.join('\n')}\n`;
  out.push(
    '### Where',
    '',
    `${STATE_SYMBOLS.forbidden} the code does not belong; ${STATE_SYMBOLS.missing} a code is missing (\`success\`: no success response at all); ${STATE_SYMBOLS.problem} a declared response (or \`operation\` itself) has a problem. Findings: those on the row (+ those reported once on a shared response it uses).`,
    '',
    `| Operation | ${STATE_SYMBOLS.forbidden} Does not belong | ${STATE_SYMBOLS.missing} Missing | ${STATE_SYMBOLS.problem} Problem | Findings |`,
    '|---|---|---|---|--:|',
  );
  let size = out.join('\n').length;
  const note = (left: number): string =>
    `\n_${left} more row${left === 1 ? '' : 's'} with findings not shown (this summary stops at ${limit.toLocaleString('en-US')} characters); \`spectral-http-status report --format html\` shows them all._\n`;
  const reserve = note(lines.length).length + 1;
  let shown = 0;
  for (const line of lines) {
    if (size + line.length + 1 + reserve > limit) break;
    out.push(line);
    size += line.length + 1;
    shown++;
  }
  let text = `${out.join('\n')}\n`;
  if (shown < lines.length) text += note(lines.length - shown);
  return text;
}
