// `spectral-http-status lint` (no baseline) against the real `spectral lint`
// on the corpus's five large documents, in every output format, with the
// same ruleset (this package's, through a .spectral.yaml): each tool runs
// once per document with every format written to its own file. The JSON
// formats are compared parsed; SARIF and code-climate/GitLab without the
// fingerprints our lint adds (and SARIF's tool version); every other format
// as text. Writes bench/LINT-COMPARE.md; exits 1 on a difference, 0 with a
// message when the corpus is absent.
//
//   npm run build && node scripts/lint-compare.cjs [--only stripe]
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { CORPUS, LARGE } = require('./lib/corpus.cjs');

const ROOT = path.join(__dirname, '..');
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
if (!fs.existsSync(CORPUS)) {
  console.log(`lint-compare: no corpus at ${CORPUS}; nothing to compare.`);
  process.exit(0);
}
const CLI = require.resolve('@stoplight/spectral-cli/dist/index.js', { paths: [ROOT] });
const BIN = path.join(ROOT, 'dist', 'bin.cjs');
const FORMATS = [
  'json',
  'stylish',
  'pretty',
  'junit',
  'html',
  'text',
  'teamcity',
  'github-actions',
  'sarif',
  'code-climate',
  'gitlab',
  'markdown',
];
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-compare-'));
fs.mkdirSync(path.join(work, 'node_modules'));
fs.symlinkSync(ROOT, path.join(work, 'node_modules', 'spectral-http-status'), 'dir');
fs.writeFileSync(path.join(work, '.spectral.yaml'), 'extends: [spectral-http-status]\n');

// Spectral's CLI counts yargs' camel-cased copy of `--output.code-climate`
// as another output ("The number of outputs must match the number of
// formats"): the formats with a hyphen go to standard output, one run each.
const HYPHENATED = FORMATS.filter((f) => f.includes('-'));
/**
 * Runs one tool's `lint` on a document, every format to a file under `dir`; returns its exit code.
 * @param {string} tool
 * @param {string} doc
 * @param {string} dir
 */
function run(tool, doc, dir) {
  fs.mkdirSync(path.join(work, dir), { recursive: true });
  const spawn = (/** @type {string[]} */ args) =>
    spawnSync(process.execPath, ['--max-old-space-size=8192', tool, 'lint', doc, ...args, '-q'], {
      cwd: work,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
  const check = (
    /** @type {import('node:child_process').SpawnSyncReturns<string>} */ result,
    /** @type {string} */ what,
  ) => {
    if (result.status !== 0 && result.status !== 1)
      throw new Error(
        `${path.basename(tool)} lint ${doc} ${what} exited ${result.status}: ${result.stderr.slice(-400)}`,
      );
    return result.status;
  };
  const status = check(
    spawn(FORMATS.filter((f) => !HYPHENATED.includes(f)).flatMap((f) => ['-f', f, `--output.${f}`, path.join(dir, f)])),
    'in its files',
  );
  for (const format of HYPHENATED) {
    const result = spawn(['-f', format]);
    check(result, format);
    fs.writeFileSync(path.join(work, dir, format), result.stdout);
  }
  return status;
}

/**
 * What both tools must agree on, per format.
 * @param {string} format
 * @param {string} text
 * @returns {unknown}
 */
function normalise(format, text) {
  if (format === 'json') return JSON.parse(text);
  if (format === 'sarif') {
    const sarif = JSON.parse(text);
    for (const r of sarif.runs) {
      delete r.tool.driver.version;
      for (const result of r.results ?? []) delete result.partialFingerprints;
    }
    return sarif;
  }
  if (format === 'code-climate' || format === 'gitlab')
    return JSON.parse(text).map((/** @type {{ fingerprint?: unknown }} */ { fingerprint, ...rest }) => rest);
  // The HTML report stamps the time it was made.
  if (format === 'html') return text.replace(/Generated on [^<]*/g, 'Generated on <time>');
  return text;
}

const rows = [];
let differences = 0;
for (const name of LARGE.filter((n) => ONLY === undefined || n.includes(ONLY))) {
  const doc = name;
  fs.copyFileSync(path.join(CORPUS, 'large', name), path.join(work, doc));
  const exits = [run(CLI, doc, 'spectral'), run(BIN, doc, 'ours')];
  const findings = JSON.parse(fs.readFileSync(path.join(work, 'spectral', 'json'), 'utf8')).length;
  const differ = [];
  for (const format of FORMATS) {
    const a = normalise(format, fs.readFileSync(path.join(work, 'spectral', format), 'utf8'));
    const b = normalise(format, fs.readFileSync(path.join(work, 'ours', format), 'utf8'));
    if (JSON.stringify(a) !== JSON.stringify(b)) differ.push(format);
  }
  if (exits[0] !== exits[1]) differ.push(`exit code ${exits[0]} vs ${exits[1]}`);
  differences += differ.length;
  rows.push(
    `| ${name} | ${findings} | ${differ.length === 0 ? `all ${FORMATS.length} equal; exit ${exits[0]} both` : `**differ: ${differ.join(', ')}**`} |`,
  );
  console.log(rows[rows.length - 1]);
  fs.rmSync(path.join(work, doc));
}
const lines = [
  '# `lint` against `spectral lint`, finding for finding',
  '',
  `Generated by \`node scripts/lint-compare.cjs\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}. Each tool ran once per document, writing every format (${FORMATS.join(', ')}) to a file, with the same ruleset (this package's, through a .spectral.yaml) and no baseline. JSON compared parsed; SARIF without \`partialFingerprints\` and the tool's version, code-climate and GitLab without \`fingerprint\` (the fingerprints our lint adds from the semantic key); the others as text (the HTML report's time stamp aside).`,
  '',
  '| document | findings | formats |',
  '| --- | ---: | --- |',
  ...rows,
  '',
];
if (ONLY === undefined) fs.writeFileSync(path.join(ROOT, 'bench', 'LINT-COMPARE.md'), lines.join('\n'));
fs.rmSync(work, { recursive: true, force: true });
process.exitCode = differences > 0 ? 1 : 0;
