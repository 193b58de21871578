// Startup benchmark: what every `spectral lint` pays before it reads the
// document, measured as a user meets it, whole process.
//
//   node scripts/bench-startup.cjs [--runs 15]     # after npm run build; writes bench/STARTUP.md
//
// 1. `spectral lint` (the real CLI, the same process a CI job starts) of a
//    one-operation document, with this ruleset, with `spectral:oas` and with
//    an empty ruleset, the three run in turn (A B C A B C ...) so that the
//    machine's load falls on each alike; medians.
// 2. `require` of each entry point in a fresh `node`, in turn with a bare
//    `node -e 0` and with the peers the package loads (spectral-core and
//    -formats): the package's own time is its require less the peers'.
// Tests never assert times; this script reports them.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { median } = require('./lib/median.cjs');
const { need } = require('./lib/need.cjs');

const ROOT = path.join(__dirname, '..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;
const CLI = require.resolve('@stoplight/spectral-cli/dist/index.js', { paths: [ROOT] });

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'startup-'));
const doc = path.join(work, 'openapi.yaml');
fs.writeFileSync(
  doc,
  "openapi: 3.0.3\ninfo: { title: t, version: '1', description: d }\nservers: [{ url: 'https://example.com' }]\ntags: [{ name: a, description: a }]\npaths:\n  /a:\n    get:\n      operationId: a\n      description: a\n      tags: [a]\n      responses:\n        '200': { description: ok }\n",
);
// A consumer project: the package under node_modules (a link to this
// checkout), extended by name as the README says. The Spectral CLI leaves a
// package import to Node's require; a file path would be bundled by rollup.
fs.mkdirSync(path.join(work, 'node_modules'));
fs.symlinkSync(ROOT, path.join(work, 'node_modules', 'spectral-http-status'), 'dir');
const rulesets = {
  'spectral-http-status': 'extends: [spectral-http-status]\n',
  'spectral:oas': 'extends: [[spectral:oas, recommended]]\n',
  'empty ruleset': 'rules: {}\n',
};
/** @type {Record<string, string>} */
const files = {};
for (const [name, text] of Object.entries(rulesets)) {
  const file = path.join(work, `${name.replace(/\W+/g, '-')}.spectral.yaml`);
  files[name] = file;
  fs.writeFileSync(file, text);
}

/** @param {string[]} args */
function timed(args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: work, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0 && !(run.status === 1 && args[0] === CLI))
    throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return ms;
}

// 1. spectral lint, whole process.
/** @type {Record<string, number[]>} */
const lint = Object.fromEntries(Object.keys(files).map((name) => [name, []]));
for (const name of Object.keys(files)) timed([CLI, 'lint', doc, '--ruleset', need(files, name), '--quiet']); // warm the disk cache
for (let i = 0; i < RUNS; i++)
  for (const name of Object.keys(files))
    need(lint, name).push(timed([CLI, 'lint', doc, '--ruleset', need(files, name), '--quiet']));

// 2. require of each entry point.
/** @type {Record<string, string[] | null>} */
const entries = {
  'node -e 0': null,
  'peers (spectral-core, -formats)': ['@stoplight/spectral-core', '@stoplight/spectral-formats'].map((m) =>
    require.resolve(m, { paths: [ROOT] }),
  ),
  'spectral-http-status': [path.join(ROOT, 'dist', 'index.cjs')],
  'spectral-http-status/strict': [path.join(ROOT, 'dist', 'strict.cjs')],
  'spectral-http-status/functions': [path.join(ROOT, 'dist', 'functions.cjs')],
  'spectral-http-status/report': [path.join(ROOT, 'dist', 'report.cjs')],
};
const script = (/** @type {string[] | null} */ mods) =>
  mods === null ? '0' : mods.map((m) => `require(${JSON.stringify(m)})`).join(';');
/** @type {Record<string, number[]>} */
const requires = Object.fromEntries(Object.keys(entries).map((name) => [name, []]));
for (let i = 0; i < RUNS; i++)
  for (const [name, mods] of Object.entries(entries)) need(requires, name).push(timed(['-e', script(mods)]));

// 3. The VS Code extension's loader (test/hosts/vscode/lint.cjs: its bundled
// core 1.19, rollup with the runtime preset), loading the same YAML ruleset.
const VSCODE = path.join(ROOT, 'test', 'hosts', 'vscode');
/** @type {Record<string, number[]>} */
const vscode = { 'spectral-http-status': [], 'empty ruleset': [] };
if (fs.existsSync(path.join(VSCODE, 'node_modules', 'rollup'))) {
  for (let i = 0; i < RUNS; i++) {
    for (const name of Object.keys(vscode)) {
      const run = spawnSync(process.execPath, [path.join(VSCODE, 'lint.cjs'), need(files, name), doc], {
        cwd: work,
        encoding: 'utf8',
      });
      const out = JSON.parse(run.stdout);
      if (out.error) throw new Error(out.error);
      need(vscode, name).push(out.loadMs);
    }
  }
}

const lintMedian = Object.fromEntries(Object.entries(lint).map(([k, v]) => [k, median(v)]));
const reqMedian = Object.fromEntries(Object.entries(requires).map(([k, v]) => [k, median(v)]));
const peers = reqMedian['peers (spectral-core, -formats)'] ?? NaN;
const ratio = (lintMedian['spectral-http-status'] ?? NaN) / (lintMedian['spectral:oas'] ?? NaN);

const lines = [
  '# Startup: what a `spectral lint` pays before it reads the document',
  '',
  `Generated by \`node scripts/bench-startup.cjs --runs ${RUNS}\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} at the end. Whole processes, run in turn (A B C A B C …), medians of ${RUNS}.`,
  '',
  '## `spectral lint` of a one-operation document',
  '',
  '| ruleset | median (ms) | min (ms) | max (ms) |',
  '| --- | ---: | ---: | ---: |',
  ...Object.entries(lint).map(
    ([name, xs]) =>
      `| ${name} | ${median(xs).toFixed(0)} | ${Math.min(...xs).toFixed(0)} | ${Math.max(...xs).toFixed(0)} |`,
  ),
  '',
  `This ruleset against \`spectral:oas\`: **${ratio.toFixed(2)}×** (target: within 1.15×).`,
  '',
  '## `require` of each entry point, in a fresh `node`',
  '',
  "| entry point | median (ms) | the package's own (median less the peers') |",
  '| --- | ---: | ---: |',
  ...Object.entries(reqMedian).map(
    ([name, ms]) =>
      `| ${name} | ${ms.toFixed(0)} | ${entries[name] === null || name.startsWith('peers') ? '' : (ms - peers).toFixed(0)} |`,
  ),
  '',
  "The package's own time is what it adds to the Spectral packages every ruleset loads anyway (target: under 150 ms).",
  '',
  "## The VS Code extension's loader (its bundled Spectral core 1.19)",
  '',
  ...(need(vscode, 'spectral-http-status').length === 0
    ? ['Not measured: the host project test/hosts/vscode is not installed (`node scripts/prepare-hosts.cjs`).']
    : [
        'Loading the YAML ruleset as the extension does (migrate, bundle with rollup and the runtime preset, evaluate), in the same process as test/hosts/vscode/lint.cjs:',
        '',
        '| ruleset | median load (ms) |',
        '| --- | ---: |',
        ...Object.entries(vscode).map(([name, xs]) => `| ${name} | ${median(xs).toFixed(0)} |`),
      ]),
  '',
];
fs.mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
fs.writeFileSync(path.join(ROOT, 'bench', 'STARTUP.md'), lines.join('\n'));
fs.rmSync(work, { recursive: true, force: true });
console.log(lines.join('\n'));
