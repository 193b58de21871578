// Lints every document of ../shared/corpus with this ruleset only, through
// Spectral, with a resolver that reads local files and never the network,
// in both modes (default and strict). Writes bench/corpus-report.md: per
// mode the findings, the findings per operation, the share of operations
// with a finding and the findings per rule, beside the run before this
// round (bench/corpus-before.json), and the judged sample of default-mode
// findings (bench/corpus-verdicts.json, see scripts/corpus-sample.cjs).
// Exits 0 with a message when the corpus is absent; exits 1 when Spectral
// or one of our functions failed on a document.
//
//   npm run corpus                           # both modes, all documents, writes the report
//   node scripts/corpus.cjs --mode strict    # one mode
//   node scripts/corpus.cjs stripe           # only documents whose path contains "stripe" (no report)
//   CORPUS_DUMP=.tmp/a.jsonl npm run corpus  # also every finding, one JSON line each (with its mode),
//                                            # to compare two builds finding by finding
const fs = require('node:fs');
const { readFileSync, writeFileSync, existsSync, mkdirSync } = fs;
const path = require('node:path');
const { Spectral, Document } = require('@stoplight/spectral-core');
const Parsers = require('@stoplight/spectral-parsers');
const { Resolver } = require('@stoplight/spectral-ref-resolver');

const ROOT = path.join(__dirname, '..');
const { CORPUS } = require('./lib/corpus.cjs');
const REPORT = path.join(ROOT, 'bench', 'corpus-report.md');
const BEFORE = path.join(ROOT, 'bench', 'corpus-before.json');
const VERDICTS = path.join(ROOT, 'bench', 'corpus-verdicts.json');
const INTERNAL = /could not check this document/;
/** @typedef {{ file: string, version?: string, error?: string }} DocEntry One document of the corpus's manifest.json. */
/** @typedef {{ mode: string, file: string, code: string | number, severity: number, path: Array<string | number>, line: number, message: string }} Finding One line of a CORPUS_DUMP file. */
/** @typedef {{ file: string, error: string }} Failure */
/** @typedef {{ file: string, version: string | undefined, ops: number, ms: number, total: number, counts: Record<string, number> }} DocResult */
/** @typedef {{ failures: Failure[], perDoc: DocResult[], findings: Finding[], operations: number, seconds: number }} LintRun */
/** @typedef {{ findings: number, operations: number, flagged: number, perRule: Record<string, number> }} Summary */
/** @typedef {{ about: string, findings: Array<Finding & { verdict: string, reason: string }> }} Verdicts bench/corpus-verdicts.json */
/** @typedef {typeof import('../entry/functions')} Functions The package's `/functions` entry point, built. */

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

const offline = new Resolver({
  resolvers: {
    file: { resolve: (ref) => Promise.resolve(readFileSync(ref.href(), 'utf8')) },
    http: { resolve: (ref) => Promise.reject(new Error(`network disabled: ${ref.href()}`)) },
    https: { resolve: (ref) => Promise.reject(new Error(`network disabled: ${ref.href()}`)) },
  },
});

/**
 * Messages without the operation and path, so that equal findings group.
 * @param {string} message
 */
function shape(message) {
  return message
    .replace(/^(GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE) .*? (declares|has|takes|requires|gives|does)/, '$1 … $2')
    .replace(/'[^']*'/g, "'…'");
}

/** The operation a finding path lies in (`paths/~1a/get`), or undefined for findings outside operations (shared definitions). */
/** @param {ReadonlyArray<string | number>} findingPath */
function operationKey(findingPath) {
  for (let i = findingPath.length - 1; i >= 2; i--)
    if (METHODS.has(String(findingPath[i]))) return findingPath.slice(0, i + 1).join('\u0000');
  return undefined;
}

/** Findings per operation, the share of operations with a finding, findings per rule: the numbers the report compares. */
/**
 * @param {readonly Finding[]} findings
 * @param {number} operations
 * @returns {Summary}
 */
function summarise(findings, operations) {
  const flagged = new Set();
  /** @type {Record<string, number>} */
  const perRule = {};
  for (const f of findings) {
    const key = operationKey(f.path);
    if (key !== undefined) flagged.add(`${f.file}\u0001${key}`);
    perRule[f.code] = (perRule[f.code] || 0) + 1;
  }
  return { findings: findings.length, operations, flagged: flagged.size, perRule };
}

/**
 * @param {import('@stoplight/spectral-core').RulesetDefinition} ruleset
 * @param {readonly DocEntry[]} docs
 * @param {Functions} fns
 * @param {string} mode
 * @returns {Promise<LintRun>}
 */
async function lintAll(ruleset, docs, fns, mode) {
  const spectral = new Spectral({ resolver: offline });
  spectral.setRuleset(ruleset);
  /** @type {Failure[]} */
  const failures = [];
  /** @type {DocResult[]} */
  const perDoc = [];
  /** @type {Finding[]} */
  const findings = [];
  let operations = 0;
  const started = Date.now();
  for (const entry of docs) {
    const file = path.join(CORPUS, entry.file);
    const text = readFileSync(file, 'utf8');
    // One Document per parser: TypeScript takes no union of the two parsers.
    const document = /\.json$/i.test(file)
      ? new Document(text, Parsers.Json, file)
      : new Document(text, Parsers.Yaml, file);
    const ops = fns.getModel(document.data, document.data, text).operations.length;
    operations += ops;
    const t0 = process.hrtime.bigint();
    let results;
    try {
      results = await spectral.run(document, { ignoreUnknownFormat: true });
    } catch (error) {
      failures.push({ file: entry.file, error: error instanceof Error ? error.message : String(error) });
      continue;
    }
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const ours = results.filter((r) => String(r.code).startsWith('http-status-'));
    /** @type {Record<string, number>} */
    const counts = {};
    for (const r of ours) {
      if (INTERNAL.test(r.message)) failures.push({ file: entry.file, error: r.message });
      counts[r.code] = (counts[r.code] || 0) + 1;
      findings.push({
        mode,
        file: entry.file,
        code: r.code,
        severity: r.severity,
        path: r.path,
        line: r.range.start.line,
        message: r.message,
      });
    }
    perDoc.push({ file: entry.file, version: entry.version, ops, ms, total: ours.length, counts });
  }
  return { failures, perDoc, findings, operations, seconds: (Date.now() - started) / 1000 };
}

const pct = (/** @type {number} */ a, /** @type {number} */ b) => (b > 0 ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
const num = (/** @type {number} */ n) => n.toLocaleString('en-US');
const cell = (/** @type {unknown} */ text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * @param {string} label
 * @param {Summary} s
 * @param {number} documents
 */
function summaryRows(label, s, documents) {
  return `| ${label} | ${num(documents)} | ${num(s.operations)} | ${num(s.findings)} | ${(s.findings / Math.max(1, s.operations)).toFixed(2)} | ${pct(s.flagged, s.operations)} |`;
}

/**
 * @param {ReadonlyArray<LintRun & { mode: string }>} runs
 * @param {readonly DocEntry[]} docs
 */
function report(runs, docs) {
  const lines = ['# Corpus report', ''];
  lines.push(
    `Generated by \`npm run corpus\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}), this ruleset only, offline resolver, ${docs.length} documents of \`../shared/corpus\` (\`broad/\` and \`large/\`).`,
    '',
  );
  const failures = runs.flatMap((r) => r.failures.map((f) => ({ ...f, mode: r.mode })));
  lines.push(`- documents where Spectral or a function failed: ${failures.length}`);
  for (const r of runs) lines.push(`- ${r.mode} mode: wall time ${r.seconds.toFixed(1)} s`);
  lines.push('');
  const before = existsSync(BEFORE) ? JSON.parse(readFileSync(BEFORE, 'utf8')) : undefined;
  const broad = (/** @type {LintRun} */ r) =>
    summarise(
      r.findings.filter((f) => f.file.startsWith('broad/')),
      r.perDoc.filter((d) => d.file.startsWith('broad/')).reduce((a, d) => a + d.ops, 0),
    );
  const all = (/** @type {LintRun} */ r) => summarise(r.findings, r.operations);
  lines.push('## Both modes beside the run before this round', '');
  lines.push(
    '"Operations" counts every operation the ruleset walks (paths, webhooks, `x-webhooks`, callbacks); a finding on a shared definition (`components/responses/...`) belongs to no one operation. "Before" is the ruleset at the start of this round (0.1.0 and the performance work), counted the same way from its findings (`bench/corpus-before.json`).',
    '',
  );
  for (const [title, pick, beforeKey] of /** @type {const} */ ([
    ['`broad/` (573 documents)', broad, 'broad'],
    ['all documents (`broad/` and `large/`)', all, 'all'],
  ])) {
    lines.push(
      `### ${title}`,
      '',
      '| ruleset | documents | operations | findings | findings per operation | operations with a finding |',
      '|---|--:|--:|--:|--:|--:|',
    );
    const count = beforeKey === 'broad' ? docs.filter((d) => d.file.startsWith('broad/')).length : docs.length;
    if (before !== undefined && before[beforeKey] !== undefined)
      lines.push(summaryRows('before', before[beforeKey], count));
    for (const r of runs) lines.push(summaryRows(`${r.mode} mode`, pick(r), count));
    lines.push('');
  }
  lines.push('### Findings per rule (all documents)', '');
  const ruleNames = [
    ...new Set([...Object.keys(before?.all?.perRule ?? {}), ...runs.flatMap((r) => Object.keys(all(r).perRule))]),
  ].sort();
  lines.push(
    `| rule | ${before !== undefined ? 'before | ' : ''}${runs.map((r) => `${r.mode} mode`).join(' | ')} |`,
    `|---|${before !== undefined ? '--:|' : ''}${runs.map(() => '--:').join('|')}|`,
  );
  for (const rule of ruleNames) {
    lines.push(
      `| ${rule} | ${before !== undefined ? `${num(before.all.perRule[rule] ?? 0)} | ` : ''}${runs.map((r) => num(all(r).perRule[rule] ?? 0)).join(' | ')} |`,
    );
  }
  lines.push('');
  const notes = path.join(ROOT, 'bench', 'corpus-notes.md');
  if (existsSync(notes)) lines.push(readFileSync(notes, 'utf8').trim(), '');
  if (existsSync(VERDICTS)) lines.push(...verdictSection(JSON.parse(readFileSync(VERDICTS, 'utf8'))), '');
  if (failures.length > 0) {
    lines.push('## Failures', '', '| mode | document | error |', '|---|---|---|');
    for (const f of failures) lines.push(`| ${f.mode} | ${f.file} | ${cell(f.error).slice(0, 300)} |`);
    lines.push('');
  }
  for (const r of runs) {
    lines.push(`## Most frequent messages per rule, ${r.mode} mode`, '');
    const byRule = new Map();
    for (const f of r.findings) {
      const rule = byRule.get(f.code) || new Map();
      const key = shape(f.message);
      const m = rule.get(key) || { count: 0, example: `${f.file}: ${f.message}` };
      m.count++;
      rule.set(key, m);
      byRule.set(f.code, rule);
    }
    for (const [code, messages] of [...byRule].sort()) {
      lines.push(`### ${code}`, '', '| count | message shape | example |', '|--:|---|---|');
      for (const [key, m] of [...messages].sort((a, b) => b[1].count - a[1].count).slice(0, 6))
        lines.push(`| ${m.count} | ${cell(key)} | ${cell(m.example).slice(0, 240)} |`);
      lines.push('');
    }
  }
  lines.push(
    '## Per document',
    '',
    `| document | version | operations | ${runs.map((r) => `${r.mode}: findings | ${r.mode}: ms`).join(' | ')} |`,
    `|---|---|--:|${runs.map(() => '--:|--:').join('|')}|`,
  );
  const [first] = runs;
  for (const d of first?.perDoc ?? []) {
    const cells = runs.map((r) => {
      const other = r.perDoc.find((x) => x.file === d.file);
      return other === undefined ? 'failed | ' : `${other.total} | ${other.ms.toFixed(0)}`;
    });
    lines.push(`| ${d.file} | ${d.version ?? ''} | ${d.ops} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n') + '\n';
}

/**
 * The judged sample: per rule, how many findings were judged and how many were false, then each finding with its verdict.
 * @param {Verdicts} verdicts
 */
function verdictSection(verdicts) {
  const lines = ['## The judged sample (default mode)', ''];
  lines.push(`${verdicts.about}`, '');
  const rules = [...new Set(verdicts.findings.map((f) => f.code))].sort();
  lines.push('| rule | judged | true | false | taste |', '|---|--:|--:|--:|--:|');
  for (const rule of rules) {
    const mine = verdicts.findings.filter((f) => f.code === rule);
    const n = (/** @type {string} */ v) => mine.filter((f) => f.verdict === v).length;
    lines.push(`| ${rule} | ${mine.length} | ${n('true')} | ${n('false')} | ${n('taste')} |`);
  }
  lines.push('');
  for (const rule of rules) {
    lines.push(`### ${rule}`, '', '| document | where | message | verdict | why |', '|---|---|---|---|---|');
    for (const f of verdicts.findings.filter((x) => x.code === rule)) {
      lines.push(
        `| ${f.file} | ${cell(f.path.join('.')).slice(0, 90)} | ${cell(f.message).slice(0, 260)} | ${f.verdict} | ${cell(f.reason)} |`,
      );
    }
    lines.push('');
  }
  return lines;
}

/**
 * `node scripts/corpus.cjs --before <dump>`: summarises the findings of an
 * earlier build (a CORPUS_DUMP file) into bench/corpus-before.json, with
 * operations counted by this build's model, for the report's "before" rows.
 * @param {string} dumpFile
 */
function writeBefore(dumpFile) {
  const fns = require(path.join(ROOT, 'dist', 'functions.cjs'));
  /** @type {DocEntry[]} */
  const manifest = JSON.parse(readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8'));
  const docs = manifest.filter((e) => e.error !== 'not-openapi');
  /** @type {Finding[]} */
  const findings = readFileSync(dumpFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  let broadOps = 0;
  let allOps = 0;
  for (const entry of docs) {
    const file = path.join(CORPUS, entry.file);
    const text = readFileSync(file, 'utf8');
    // One Document per parser: TypeScript takes no union of the two parsers.
    const document = /\.json$/i.test(file)
      ? new Document(text, Parsers.Json, file)
      : new Document(text, Parsers.Yaml, file);
    const ops = fns.getModel(document.data, document.data, text).operations.length;
    allOps += ops;
    if (entry.file.startsWith('broad/')) broadOps += ops;
  }
  const summary = {
    about: `Findings of the ruleset before this round, from ${path.basename(dumpFile)}; operations counted by the current model.`,
    broad: summarise(
      findings.filter((f) => f.file.startsWith('broad/')),
      broadOps,
    ),
    all: summarise(findings, allOps),
  };
  writeFileSync(BEFORE, JSON.stringify(summary, null, 2) + '\n');
  console.log(JSON.stringify(summary, null, 2));
  return 0;
}

async function main() {
  if (!existsSync(path.join(CORPUS, 'manifest.json'))) {
    console.log(`corpus: ${CORPUS} is absent; nothing to lint (the corpus run is skipped).`);
    return 0;
  }
  const args = process.argv.slice(2);
  if (args[0] === '--before') {
    if (args[1] === undefined) throw new Error('usage: node scripts/corpus.cjs --before <CORPUS_DUMP file>');
    return writeBefore(args[1]);
  }
  const modeArg = args.includes('--mode') ? args[args.indexOf('--mode') + 1] : 'both';
  if (modeArg === undefined) throw new Error('--mode takes default, strict or both');
  const only = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--mode');
  const modes = modeArg === 'both' ? ['default', 'strict'] : [modeArg];
  const fns = require(path.join(ROOT, 'dist', 'functions.cjs'));
  /** @type {DocEntry[]} */
  const manifest = JSON.parse(readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8'));
  const docs = manifest.filter((e) => e.error !== 'not-openapi' && (only === undefined || e.file.includes(only)));
  const runs = [];
  for (const mode of modes) {
    const ruleset = require(path.join(ROOT, 'dist', mode === 'strict' ? 'strict.cjs' : 'index.cjs'));
    const run = await lintAll(ruleset, docs, fns, mode);
    runs.push({ mode, ...run });
    const s = summarise(run.findings, run.operations);
    console.log(
      `${mode} mode: ${num(s.findings)} findings on ${num(s.operations)} operations of ${run.perDoc.length} documents (${(s.findings / Math.max(1, s.operations)).toFixed(2)} per operation, ${pct(s.flagged, s.operations)} of operations with a finding), ${run.failures.length} failures, ${run.seconds.toFixed(1)} s`,
    );
    for (const [rule, n] of Object.entries(s.perRule).sort((a, b) => b[1] - a[1])) console.log(`  ${rule}: ${n}`);
  }
  if (process.env.CORPUS_DUMP)
    writeFileSync(
      process.env.CORPUS_DUMP,
      runs.flatMap((r) => r.findings.map((f) => JSON.stringify(f))).join('\n') + '\n',
    );
  if (only === undefined && modeArg === 'both') {
    mkdirSync(path.dirname(REPORT), { recursive: true });
    writeFileSync(REPORT, report(runs, docs));
  }
  return runs.some((r) => r.failures.length > 0) ? 1 : 0;
}

if (require.main === module)
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );

module.exports = { summarise, operationKey };
