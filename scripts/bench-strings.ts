/**
 * The long-strings benchmark (issue 18, "linear time on every string a rule
 * reads"): for each place of a document a rule reads and each adversarial
 * shape of a long string (test/helpers/long-strings.ts, the documents
 * test/long-strings.test.ts checks), the lint's time at 125 KB, 250 KB,
 * 500 KB and 1 MB, in both modes, against a ruleset of one trivial core rule
 * (what Spectral's parsing and resolving cost alone). Linear cost shows as a
 * ratio of about 2 per doubling (an exponent of about 1); quadratic as 4 (2).
 *
 * Then the whole process, as CI runs it: `spectral lint` with the built
 * ruleset (.spectral.yaml) of a one-operation document with a normal path
 * key and with a 1 MB one of the shapes that were quadratic before.
 *
 *   npm run bench:strings   (or: node scripts/run.mjs scripts/bench-strings.ts [--reps 3] [--version 3.0] [--write])
 *
 * `--write` writes bench/STRINGS.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Document, Spectral } from '@stoplight/spectral-core';
import type { RulesetDefinition } from '@stoplight/spectral-core';
import * as Parsers from '@stoplight/spectral-parsers';
import { truthy } from '@stoplight/spectral-functions';
import { HUGE_SHAPES, PLACES, Version, longStringDocument } from '../test/helpers/long-strings';
import defaultRuleset from '../entry';
import strictRuleset from '../entry/strict';

// Run from .tmp (scripts/run.mjs): the repository is its parent.
const ROOT = path.join(__dirname, '..');
const SIZES = [125_000, 250_000, 500_000, 1_000_000];

const argv = process.argv.slice(2);
const arg = (name: string, otherwise: string): string => {
  const at = argv.indexOf(`--${name}`);
  return at === -1 ? otherwise : (argv[at + 1] ?? otherwise);
};
const REPS = Number(arg('reps', '3'));
const VERSION = arg('version', '3.0') as Version;

function spectralWith(definition: RulesetDefinition): Spectral {
  const spectral = new Spectral();
  spectral.setRuleset(definition);
  return spectral;
}
const RULESETS = [
  ['default', spectralWith(defaultRuleset)],
  ['strict', spectralWith(strictRuleset)],
  [
    'core only',
    spectralWith({
      rules: { 'bench-info': { given: '$', then: { field: 'info', function: truthy } } },
    }),
  ],
] as const;

/** The fastest of `REPS` lints, in milliseconds. */
async function time(spectral: Spectral, text: string): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < REPS; i++) {
    const start = process.hrtime.bigint();
    await spectral.run(new Document(text, Parsers.Json, '/bench/openapi.json'));
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

interface Row {
  readonly place: string;
  readonly shape: string;
  /** ms per size, per ruleset. */
  readonly ms: Record<string, number[]>;
}

/** The exponent k of t ~ n^k fitted from the smallest to the largest size (1 is linear). */
function exponent(ms: readonly number[]): number {
  const first = Math.max(ms[0] ?? 0, 0.5);
  const last = Math.max(ms[ms.length - 1] ?? 0, 0.5);
  return Math.log(last / first) / Math.log((SIZES[SIZES.length - 1] ?? 1) / (SIZES[0] ?? 1));
}

/** The largest ratio from one size to its double. */
function worstDoubling(ms: readonly number[]): number {
  let worst = 0;
  for (let i = 1; i < ms.length; i++)
    worst = Math.max(worst, Math.max(ms[i] ?? 0, 0.5) / Math.max(ms[i - 1] ?? 0, 0.5));
  return worst;
}

async function inProcess(): Promise<Row[]> {
  const rows: Row[] = [];
  // Warm up each ruleset once (its first run loads and compiles what the later ones reuse).
  for (const [, spectral] of RULESETS) await time(spectral, longStringDocument(0, 0, VERSION, 10));
  for (let place = 0; place < PLACES.length; place++) {
    for (let shape = 0; shape < HUGE_SHAPES.length; shape++) {
      const ms: Record<string, number[]> = {};
      for (const size of SIZES) {
        const text = longStringDocument(place, shape, VERSION, size);
        for (const [name, spectral] of RULESETS) (ms[name] ??= []).push(await time(spectral, text));
      }
      const row = { place: PLACES[place]?.[0] ?? '', shape: HUGE_SHAPES[shape]?.[0] ?? '', ms };
      rows.push(row);
      process.stderr.write(
        `${row.place} / ${row.shape}: default ${ms.default?.map((t) => t.toFixed(0)).join(' ')} ms\n`,
      );
    }
  }
  return rows;
}

/** `spectral lint` of a document, whole process, median of `runs` (ms) and the findings' count. */
function wholeProcess(text: string, runs: number): { ms: number; findings: number } {
  const dir = path.join(os.tmpdir(), 'bench-strings');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'openapi.json');
  writeFileSync(file, text);
  const bin = path.join(ROOT, 'node_modules', '.bin', 'spectral');
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    let out = '';
    try {
      out = execFileSync(
        bin,
        ['lint', file, '--ruleset', path.join(ROOT, '.spectral.yaml'), '--format', 'json', '--quiet'],
        { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] },
      );
    } catch (error) {
      out = String((error as { stdout?: string }).stdout ?? '');
    }
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    try {
      findings = (JSON.parse(out) as unknown[]).length;
    } catch {
      findings = -1;
    }
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? 0, findings };
}

function table(rows: readonly Row[]): string[] {
  const lines = [
    '| place | shape | default: ms at 125 KB / 1 MB | worst doubling | exponent | strict: exponent | core only: ms at 1 MB, exponent |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const d = r.ms.default ?? [];
    const s = r.ms.strict ?? [];
    const c = r.ms['core only'] ?? [];
    lines.push(
      `| ${r.place} | ${r.shape} | ${d[0]?.toFixed(1)} / ${d[d.length - 1]?.toFixed(1)} | ${worstDoubling(d).toFixed(2)} | ${exponent(d).toFixed(2)} | ${exponent(s).toFixed(2)} | ${c[c.length - 1]?.toFixed(1)}, ${exponent(c).toFixed(2)} |`,
    );
  }
  return lines;
}

/** The worst rows again at 1, 2, 4 and 8 MB: our rules' own time (default − core only) per doubling. */
async function longer(rows: readonly Row[]): Promise<string[]> {
  const lines = [
    '| place | shape | default − core only, ms at 1 / 2 / 4 / 8 MB | exponent of default | exponent of core only |',
    '|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const place = PLACES.findIndex(([n]) => n === r.place);
    const shape = HUGE_SHAPES.findIndex(([n]) => n === r.shape);
    const mine: number[] = [];
    const core: number[] = [];
    for (const size of [1e6, 2e6, 4e6, 8e6]) {
      const text = longStringDocument(place, shape, VERSION, size);
      const d = await time(RULESETS[0][1], text);
      const c = await time(RULESETS[2][1], text);
      mine.push(d);
      core.push(c);
    }
    const k = (ms: number[]): string => (Math.log((ms[3] ?? 1) / (ms[0] ?? 1)) / Math.log(8)).toFixed(2);
    lines.push(
      `| ${r.place} | ${r.shape} | ${mine.map((t, i) => (t - (core[i] ?? 0)).toFixed(0)).join(' / ')} | ${k(mine)} | ${k(core)} |`,
    );
    process.stderr.write(`${lines[lines.length - 1]}\n`);
  }
  return lines;
}

async function main(): Promise<void> {
  const rows = await inProcess();
  const worst = [...rows].sort(
    (a, b) =>
      exponent(b.ms.default ?? []) - exponent(a.ms.default ?? []) ||
      exponent(b.ms.strict ?? []) - exponent(a.ms.strict ?? []),
  );
  const maxExponent = Math.max(...rows.flatMap((r) => [exponent(r.ms.default ?? []), exponent(r.ms.strict ?? [])]));
  const extended = await longer(worst.slice(0, 6));
  // The whole process: a normal one-operation document, and the path key shapes the issue measured (18 s and 51 s at 300 KB before).
  const pathKey = PLACES.findIndex(([name]) => name === 'path key');
  const shapes = ['x repeated', '/{ then }s', 'run of {', 'run of #{{'];
  const whole = [
    ['a normal path key', wholeProcess(longStringDocument(pathKey, 0, VERSION, 4), 5)] as const,
    ...shapes.map(
      (name) =>
        [
          `a 1 MB path key: ${name}`,
          wholeProcess(
            longStringDocument(
              pathKey,
              HUGE_SHAPES.findIndex(([n]) => n === name),
              VERSION,
              1_000_000,
            ),
            5,
          ),
        ] as const,
    ),
  ];
  for (const [name, { ms, findings }] of whole)
    process.stderr.write(`whole process, ${name}: ${ms.toFixed(0)} ms, ${findings} findings\n`);
  const report = [
    "# Long strings: the lint's time per doubling of a string's length",
    '',
    `Generated by \`npm run build && node scripts/run.mjs scripts/bench-strings.ts --reps ${REPS} --version ${VERSION} --write\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}, ${os.cpus().length} cores shared with other work).`,
    '',
    `Each row: one string of one adversarial shape at one place of an OpenAPI ${VERSION} document a rule reads (test/helpers/long-strings.ts), at ${SIZES.map((s) => `${s / 1000} KB`).join(', ')}; the fastest of ${REPS} lints by a Spectral instance in this process. "Exponent" is k in t ∝ n^k from 125 KB to 1 MB: 1 is linear, 2 quadratic (times under a millisecond count as 0.5 ms, so the fastest rows read lower than 1). "Core only" is a ruleset of one trivial core rule: what Spectral's parser and resolver cost on the same text.`,
    '',
    `**Result**: the largest exponent of our rulesets over ${rows.length} place × shape rows is **${maxExponent.toFixed(2)}** (${worst[0]?.place} / ${worst[0]?.shape}); no row is quadratic (2), and the steepest are as steep with the core-only ruleset (below). test/long-strings.test.ts lints the same documents (100 KB to 1 MB) and checks the findings and messages; it asserts no time.`,
    '',
    '## The steepest rows, up to 8 MB',
    '',
    "The six rows with the largest exponent above, linted again at 1, 2, 4 and 8 MB (default mode). The steepness is shared with the core-only ruleset: Spectral parsing and copying a long string (and the garbage collector), not a rule of ours; our rules' own time (the difference) grows about twofold per doubling, with the noise of subtracting two timings.",
    '',
    ...extended,
    '',
    '## Whole process: `spectral lint` with the built ruleset',
    '',
    'Median of 5 runs of `spectral lint <file> --ruleset .spectral.yaml --format json`, a one-operation document whose path key is as given (before issue 18, a 300 KB path key of `/{` then `}`s took 18 s and a run of `{` 51 s, against 2.8 s for a normal one).',
    '',
    '| document | ms | findings |',
    '|---|---|---|',
    ...whole.map(([name, { ms, findings }]) => `| ${name} | ${ms.toFixed(0)} | ${findings} |`),
    '',
    '## Every place and shape',
    '',
    ...table(rows),
    '',
  ].join('\n');
  if (argv.includes('--write')) writeFileSync(path.join(ROOT, 'bench', 'STRINGS.md'), report);
  else process.stdout.write(report);
  if (maxExponent > 1.6) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
