/**
 * A diff (cli/diff.ts) for people and machines: Markdown for a
 * pull-request comment or `$GITHUB_STEP_SUMMARY` (new findings first, then
 * the status-code changes, then a count of what did not change; within the
 * size a comment takes), GitHub Actions annotations on head's lines, JSON
 * (schema/diff.schema.json).
 */
import { visible } from '../functions/lib/quote';
import type { CodeChange, DiffResult, FindingEntry, Impact, OperationChange, Verdict } from './diff';

/** What a pull-request comment takes (65,536), with room for a header a workflow adds. */
const DIFF_MARKDOWN_LIMIT = 60_000;

const SEVERITY = ['error', 'warning', 'info', 'hint'];

export const IMPACT: Readonly<Record<Impact, string>> = {
  breaking: 'breaking: clients that handle it break',
  'documentation-removed': 'takes away documentation clients rely on',
  'new-outcome': 'a new outcome clients must handle',
  'new-error': 'a newly documented error',
  'less-specific': 'less specific, nothing lost',
};

export const VERDICT: Readonly<Record<Verdict, string>> = {
  fine: 'fine',
  'does-not-belong': 'does not belong',
  'has-a-problem': 'has a problem',
};

/** Table cell text: one line, pipes escaped, Markdown and HTML made literal, invisible characters shown. */
function cell(text: string): string {
  return visible(text)
    .replace(/\\/g, '\\\\')
    .replace(/[|*_`[\]<>#~]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, ' ');
}

const code = (text: string): string => `\`${visible(text).replace(/`/g, "'")}\``;

function changeText(c: CodeChange): string {
  if (c.kind === 'added') return `added ${code(c.code ?? '')}`;
  if (c.kind === 'removed') return `removed ${code(c.was ?? '')}`;
  return `${code(c.was ?? '')} → ${code(c.code ?? '')}`;
}

function verdictText(c: CodeChange): string {
  if (c.verdict === undefined) return '';
  const rules = [...new Set((c.findings ?? []).map((f) => f.rule))];
  return `${VERDICT[c.verdict]}${rules.length > 0 ? ` (${rules.map(code).join(', ')})` : ''}`;
}

/** The diff as Markdown, at most `limit` characters (whole rows left out, and said so). */
export function renderDiffMarkdown(diff: DiffResult, limit = DIFF_MARKDOWN_LIMIT): string {
  const s = diff.summary;
  const head: string[] = [
    '## Status codes: what this change does',
    '',
    `${code(diff.base)} → ${code(diff.head)}: **${s.newFindings} new finding${s.newFindings === 1 ? '' : 's'}**, ${s.fixedFindings} fixed, ${s.unchangedFindings} unchanged; ${s.operationsAdded} operation${s.operationsAdded === 1 ? '' : 's'} added, ${s.operationsRemoved} removed; ${s.codesAdded} status code${s.codesAdded === 1 ? '' : 's'} added, ${s.codesRemoved} removed, ${s.codesChanged} changed${s.breaking > 0 ? `; **${s.breaking} breaking**` : ''}.`,
    '',
  ];
  const sections: Array<{ title: string; header: string[]; rows: string[] }> = [];
  if (diff.findings.new.length > 0) {
    sections.push({
      title: `### New findings (${diff.findings.new.length})`,
      header: ['| severity | rule | where | finding |', '| --- | --- | --- | --- |'],
      rows: diff.findings.new.map(
        (f: FindingEntry) =>
          `| ${SEVERITY[f.severity] ?? 'hint'} | ${code(f.rule)} | ${cell(`${f.file}:${f.line}`)} | ${cell(f.message)} |`,
      ),
    });
  }
  const breaking = [...diff.operations.filter((o) => o.breaking), ...diff.codes.filter((c) => c.breaking)];
  if (diff.codes.length > 0) {
    sections.push({
      title: `### Status-code changes (${diff.codes.length}${breaking.length > 0 ? `, ${breaking.length} breaking` : ''})`,
      header: ['| operation | change | what the rules say in head | for clients |', '| --- | --- | --- | --- |'],
      rows: [...diff.codes]
        .sort((a, b) => Number(b.breaking) - Number(a.breaking))
        .map(
          (c) =>
            `| ${cell(c.operation)} | ${changeText(c)} | ${verdictText(c)} | ${c.breaking ? '**' : ''}${IMPACT[c.impact]}${c.breaking ? '**' : ''} |`,
        ),
    });
  }
  if (diff.operations.length > 0) {
    sections.push({
      title: `### Operations added and removed (${diff.operations.length})`,
      header: ['| operation | change | status codes |', '| --- | --- | --- |'],
      rows: diff.operations.map(
        (o: OperationChange) =>
          `| ${cell(o.operation)} | ${o.kind === 'removed' ? '**removed: breaking**' : 'added'} | ${o.codes.map(code).join(' ')} |`,
      ),
    });
  }
  if (diff.findings.fixed.length > 0) {
    sections.push({
      title: `### Fixed findings (${diff.findings.fixed.length})`,
      header: ['| rule | finding |', '| --- | --- |'],
      rows: diff.findings.fixed.map((f) => `| ${code(f.rule)} | ${cell(f.message)} |`),
    });
  }
  const tail = [
    '',
    `${s.unchangedFindings} finding${s.unchangedFindings === 1 ? '' : 's'} did not change.`,
    '',
    '<sub>spectral-http-status diff</sub>',
    '',
  ];
  let out = head.join('\n');
  const budget = (): number => limit - out.length - tail.join('\n').length - 200;
  // Each later section keeps room for its heading, its first row and the
  // "more left out" line, so a long first section never hides the others.
  const NOTE = 160;
  const room = sections.map(
    (section) =>
      ['', section.title, '', ...section.header].join('\n').length + 1 + (section.rows[0]?.length ?? 0) + 1 + NOTE,
  );
  for (const [index, section] of sections.entries()) {
    const reserved = room.slice(index + 1).reduce((sum, n) => sum + n, 0);
    const block = ['', section.title, '', ...section.header];
    if (block.join('\n').length > budget()) break;
    out += `${block.join('\n')}\n`;
    let shown = 0;
    for (const row of section.rows) {
      if (row.length + 1 > budget() - reserved) break;
      out += `${row}\n`;
      shown++;
    }
    if (shown < section.rows.length)
      out += `\n_${section.rows.length - shown} more left out to fit a comment: run \`spectral-http-status diff --format json\` for all of them._\n`;
  }
  return out + tail.join('\n');
}

/** Workflow commands escape their data (`%`, new lines) and properties (`:` and `,` too). */
const data = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (text: string): string => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions annotations on head's lines: each new finding, and each breaking change. */
export function renderDiffAnnotations(diff: DiffResult): string {
  const lines: string[] = [];
  for (const f of diff.findings.new) {
    const level = f.severity === 0 ? 'error' : f.severity === 1 ? 'warning' : 'notice';
    lines.push(
      `::${level} file=${property(f.file)},line=${f.line},title=${property(`new: ${f.rule}`)}::${data(f.message)}`,
    );
  }
  for (const c of diff.codes.filter((x) => x.breaking)) {
    lines.push(
      `::error file=${property(c.file ?? '')},line=${c.line ?? 1},title=${property(`breaking: ${c.operation}`)}::${data(`${c.operation}: ${c.kind === 'removed' ? `removed ${c.was ?? ''}` : `${c.was ?? ''} → ${c.code ?? ''}`}; ${IMPACT[c.impact]}.`)}`,
    );
  }
  for (const o of diff.operations.filter((x) => x.breaking)) {
    lines.push(
      `::error file=${property(o.file ?? '')},line=${o.line ?? 1},title=${property(`breaking: ${o.operation}`)}::${data(`${o.operation} was removed; clients that call it break.`)}`,
    );
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
