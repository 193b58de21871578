// Checks that the status-code map's three formats agree with `spectral lint
// -f json` on the corpus's five large documents (and on any documents named
// on the command line), with the project's .spectral.yaml:
//
//   npm run build && node scripts/report-compare.cjs [document ...]
//
// - JSON: the map's findings are the lint's results, one for one (rule, path,
//   message, severity, line), each in exactly one cell;
// - HTML: the page carries the same map as the JSON, and nothing else;
// - Markdown: its counts per rule are the lint's, and its table lists every
//   row with findings (or says how many it left out).
// Writes bench/REPORT-COMPARE.md. Skips, with a message, when the corpus is absent.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const { CORPUS, LARGE } = require('./lib/corpus.cjs');
const SPECTRAL = path.join(ROOT, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');
const BIN = path.join(ROOT, 'dist', 'bin.cjs');
const SEVERITY = ['error', 'warn', 'info', 'hint'];
const Ajv = require('ajv').default;
const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(
  JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'status-map.schema.json'), 'utf8')),
);

/** @typedef {{ findings: string[], related: string[] }} MapCell */
/**
 * What this script reads of the map (report/map/types.ts, StatusMap).
 * @typedef {{
 *   findings: Array<{ id: string, rule: string, path: Array<string | number>, message: string, severity: string, line: number }>,
 *   rows: Array<{ cells: Record<string, MapCell>, own?: MapCell }>,
 *   summary: { operations: number },
 *   waived: unknown[],
 * }} StatusMap
 */

/** @param {string[]} args */
function run(args) {
  const out = path.join(os.tmpdir(), `compare-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const started = Date.now();
  const result = spawnSync(process.execPath, [...args, '-o', out], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Date.now() - started;
  if (!fs.existsSync(out)) throw new Error(`${args.join(' ')}: exit ${result.status}: ${result.stderr}`);
  const text = fs.readFileSync(out, 'utf8');
  fs.rmSync(out);
  return { text, status: result.status, ms };
}

/** @param {string} file */
function compare(file) {
  /** @type {string[]} */
  const problems = [];
  const lint = run([SPECTRAL, 'lint', file, '--ruleset', '.spectral.yaml', '--format', 'json', '--quiet']);
  /** @type {import('@stoplight/spectral-core').ISpectralDiagnostic[]} */
  const results = JSON.parse(lint.text);
  const json = run([BIN, 'report', file, '--ruleset', '.spectral.yaml', '--format', 'json']);
  /** @type {StatusMap} */
  const map = JSON.parse(json.text);
  const html = run([BIN, 'report', file, '--ruleset', '.spectral.yaml', '--format', 'html']);
  const markdown = run([BIN, 'report', file, '--ruleset', '.spectral.yaml', '--format', 'markdown']);

  // JSON against the lint.
  /** @type {(rule: unknown, p: unknown, message: string, severity: string | undefined, line: number) => string} */
  const key = (rule, p, message, severity, line) => JSON.stringify([rule, p, message, severity, line]);
  const expected = results.map((r) => key(r.code, r.path, r.message, SEVERITY[r.severity], r.range.start.line + 1));
  const got = map.findings.map((f) => key(f.rule, f.path, f.message, f.severity, f.line));
  if (expected.length !== got.length) problems.push(`JSON: ${got.length} findings, the lint ${expected.length}`);
  const missing = expected.filter((k, i) => got[i] !== k);
  if (missing.length > 0) problems.push(`JSON: ${missing.length} findings differ from the lint's, first ${missing[0]}`);
  /** @type {Map<string, number>} */
  const homes = new Map();
  for (const row of map.rows) {
    for (const cell of [...Object.values(row.cells), ...(row.own ? [row.own] : [])])
      for (const id of cell.findings) homes.set(id, (homes.get(id) ?? 0) + 1);
  }
  const misplaced = map.findings.filter((f) => homes.get(f.id) !== 1);
  if (misplaced.length > 0) problems.push(`JSON: ${misplaced.length} findings not in exactly one cell`);
  if (json.status !== lint.status) problems.push(`exit codes: report ${json.status}, lint ${lint.status}`);
  if (!validate(map))
    problems.push(
      `JSON: not valid against schema/status-map.schema.json: ${JSON.stringify((validate.errors ?? []).slice(0, 2))}`,
    );

  // HTML: the same map.
  const data = /<script type="application\/json" id="status-map-data">([\s\S]*?)<\/script>/.exec(html.text);
  if (data === null) problems.push('HTML: no map data');
  else if (
    JSON.stringify(JSON.parse(/** @type {string} the group always takes part */ (data[1]))) !== JSON.stringify(map)
  )
    problems.push('HTML: its map differs from the JSON');
  const markup = html.text.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
  const requests = markup.match(/\b(?:src|href)=/g) ?? [];
  if (requests.length > 0) problems.push(`HTML: ${requests.length} src/href attributes in the page itself`);

  // Markdown: counts per rule, and the rows.
  /** @type {Map<string | number, number>} */
  const counts = new Map();
  for (const r of results) counts.set(r.code, (counts.get(r.code) ?? 0) + 1);
  for (const [rule, n] of counts) {
    const line = markdown.text
      .split('\n')
      .find((l) => l.startsWith(`| [\`${rule}\`]`) || l.startsWith(`| \`${rule}\``));
    const total = line === undefined ? undefined : Number(line.split('|').slice(-2)[0]);
    if (total !== n) problems.push(`Markdown: ${rule} counts ${total}, the lint ${n}`);
  }
  const where = markdown.text.indexOf('\n### Where\n');
  const tableRows = (where === -1 ? '' : markdown.text.slice(where))
    .split('\n')
    .filter((l) => l.startsWith('| `') && /\| \d+( \(\+\d+ shared\))? \|$/.test(l)).length;
  const left = Number(/_(\d+) more rows? with findings\b/.exec(markdown.text)?.[1] ?? 0);
  const withFindings = map.rows.filter((row) =>
    [...Object.values(row.cells), ...(row.own ? [row.own] : [])].some((c) => c.findings.length + c.related.length > 0),
  ).length;
  if (tableRows + left !== withFindings)
    problems.push(
      `Markdown: ${tableRows} rows shown + ${left} left out, the map has ${withFindings} rows with findings`,
    );
  if (markdown.text.length > 65536)
    problems.push(`Markdown: ${markdown.text.length} characters, over a comment's 65,536`);

  return {
    file: path.basename(file),
    operations: map.summary.operations,
    findings: map.findings.length,
    lint: results.length,
    waived: map.waived.length,
    htmlBytes: Buffer.byteLength(html.text),
    markdownChars: markdown.text.length,
    markdownRows: `${tableRows} + ${left} left out`,
    lintMs: lint.ms,
    reportMs: json.ms,
    problems,
  };
}

function main() {
  const named = process.argv.slice(2);
  const files =
    named.length > 0
      ? named.map((f) => path.resolve(f))
      : fs.existsSync(path.join(CORPUS, 'large'))
        ? LARGE.map((f) => path.join(CORPUS, 'large', f))
        : [];
  if (files.length === 0) {
    console.log(`report-compare: ${CORPUS}/large is absent and no document was named; nothing to compare.`);
    return;
  }
  if (!fs.existsSync(BIN)) throw new Error('dist/bin.cjs is missing: run npm run build first');
  const rows = [];
  for (const file of files) {
    const r = compare(file);
    rows.push(r);
    console.log(
      `${r.file}: ${r.operations} operations, ${r.findings} findings (lint ${r.lint}), ${r.problems.length === 0 ? 'all three formats agree' : r.problems.join('; ')}`,
    );
  }
  const lines = [
    '# The status-code map against `spectral lint -f json`',
    '',
    `Generated by \`node scripts/report-compare.cjs\` on ${new Date().toISOString().slice(0, 10)}, with the project's \`.spectral.yaml\` (the recommended ruleset). For each document: \`spectral lint -f json\`, then \`spectral-http-status report\` in each format. JSON: the map's findings are the lint's results one for one (rule, path, message, severity, line), each in exactly one cell, the exit codes agree, and the map is valid against \`schema/status-map.schema.json\`. HTML: the page's embedded map equals the JSON, and the page names no file or address to load. Markdown: the counts per rule are the lint's, and its table shows every row with findings or says how many it left out, within a pull-request comment's 65,536 characters.`,
    '',
    '| document | operations | lint results | map findings | waived | HTML bytes | Markdown characters | Markdown rows | lint ms | report ms | verdict |',
    '|---|--:|--:|--:|--:|--:|--:|---|--:|--:|---|',
    ...rows.map(
      (r) =>
        `| ${r.file} | ${r.operations} | ${r.lint} | ${r.findings} | ${r.waived} | ${r.htmlBytes} | ${r.markdownChars} | ${r.markdownRows} | ${r.lintMs} | ${r.reportMs} | ${r.problems.length === 0 ? 'agree' : r.problems.join('; ')} |`,
    ),
    '',
  ];
  if (named.length === 0) fs.writeFileSync(path.join(ROOT, 'bench', 'REPORT-COMPARE.md'), lines.join('\n'));
  if (rows.some((r) => r.problems.length > 0)) process.exitCode = 1;
}

main();
