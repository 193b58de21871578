/**
 * The long fuzz run (issue 18): mutants of corpus documents (the engine of
 * test/fuzz.test.ts, test/helpers/mutate.ts), each linted in both modes by a
 * real Spectral run with this package's ruleset from the sources, in worker
 * threads that are terminated when a lint runs past the time limit (a hang
 * is detected, and the run goes on). Every lint is classified:
 *
 * - rejected: Spectral's run rejected (what `spectral lint` exits 2 on);
 * - thrown: a function of ours threw ("could not check this document");
 * - template: a message of ours holds an evaluated template or a `{{`;
 * - polluted: a prototype changed;
 * - map: the status-code map threw on what the lint finished;
 * - hang: the lint ran past the time limit.
 *
 * Every failure is reproduced with a ruleset of one trivial core rule
 * (`truthy` on `info`): what fails with it too is Spectral's own failure
 * (its parser or `$ref` resolver), listed apart from ours. The catch-all's
 * `__proto__` finding (the one known cause: revoked proxies that Spectral's
 * resolver leaves) is counted, not failed. Exits 0 with a message when the
 * corpus is absent, 1 when a failure is ours.
 *
 *   node scripts/run.mjs scripts/fuzz.ts [--count 5000] [--seed 18] [--docs 40] [--max-size 100000]
 *                                        [--timeout 60] [--workers 2] [--huge 50000] [--write]
 *   node scripts/run.mjs scripts/fuzz.ts --repro 1234 [same options]   # writes mutant 1234 to .tmp and lints it here
 *
 * `--write` writes bench/FUZZ.md; the raw result is always .tmp/fuzz-result.json,
 * and the text of every failing mutant .tmp/fuzz-failures/<index>.json.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync, promises as fsp } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { Document, Spectral } from '@stoplight/spectral-core';
import type { RulesetDefinition } from '@stoplight/spectral-core';
import * as Parsers from '@stoplight/spectral-parsers';
import { truthy } from '@stoplight/spectral-functions';
import { Resolver } from '@stoplight/spectral-ref-resolver';
import {
  J,
  Mutation,
  fromValue,
  mutate,
  mutationsArb,
  templateEvaluated,
  toText,
  describeMutations,
} from '../test/helpers/mutate';
import defaultRuleset from '../entry';
import strictRuleset from '../entry/strict';
import { runWithNotes } from '../report/run';
import { buildStatusMap } from '../report/map';
import { uninert } from '../functions/lib/quote';

// Run from .tmp (scripts/run.mjs): the repository is its parent.
const ROOT = path.join(__dirname, '..');
const { CORPUS } = createRequire(__filename)(path.join(ROOT, 'scripts', 'lib', 'corpus.cjs')) as { CORPUS: string };

const INTERNAL = /could not check this document/;
const PROTO = /has a "__proto__" key, which Spectral's parser turns into an object prototype/;

type Mode = 'default' | 'strict';
const MODES: readonly Mode[] = ['default', 'strict'];
type FailureClass = 'rejected' | 'thrown' | 'template' | 'polluted' | 'map' | 'hang';

interface Options {
  count: number;
  seed: number;
  docs: number;
  maxSize: number;
  timeout: number;
  workers: number;
  huge: number;
  write: boolean;
  repro: number | undefined;
}

function options(argv: readonly string[]): Options {
  const value = (name: string, otherwise: number): number => {
    const at = argv.indexOf(`--${name}`);
    if (at === -1) return otherwise;
    const n = Number(argv[at + 1]);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} takes a number`);
    return n;
  };
  const repro = argv.indexOf('--repro');
  return {
    count: value('count', 5000),
    seed: value('seed', 18),
    docs: value('docs', 40),
    maxSize: value('max-size', 100_000),
    timeout: value('timeout', 60),
    workers: Math.max(1, value('workers', 2)),
    huge: value('huge', 50_000),
    write: argv.includes('--write'),
    repro: repro === -1 ? undefined : Number(argv[repro + 1]),
  };
}

/** One lint's outcome, as a worker reports it. */
interface Outcome {
  readonly ms: number;
  readonly findings: number;
  readonly proto: number;
  /** Spectral's run rejected: the error, and whether the one-rule ruleset was rejected too (Spectral's own). */
  readonly rejected?: { readonly error: string; readonly own: boolean; readonly ownError?: string };
  readonly thrown: readonly string[];
  readonly template: readonly string[];
  readonly polluted: boolean;
  readonly map?: string;
}

// ---------------------------------------------------------------- the worker

/** Local files only: a `$ref` to another file is read from the corpus, never from the network. */
const offline = new Resolver({
  resolvers: {
    file: { resolve: (ref) => fsp.readFile(ref.href(), 'utf8') },
    http: { resolve: (ref) => Promise.reject(new Error(`network disabled: ${ref.href()}`)) },
    https: { resolve: (ref) => Promise.reject(new Error(`network disabled: ${ref.href()}`)) },
  },
});

const CORE_ONLY: RulesetDefinition = {
  rules: { 'fuzz-info': { given: '$', then: { field: 'info', function: truthy } } },
};

function spectralWith(definition: RulesetDefinition): Spectral {
  const spectral = new Spectral({ resolver: offline });
  spectral.setRuleset(definition);
  return spectral;
}

function prototypes(): unknown[][] {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].flatMap((proto) =>
    Reflect.ownKeys(proto).map((key) => {
      const d = Reflect.getOwnPropertyDescriptor(proto, key);
      return [key, d?.value, d?.get, d?.set, d?.writable, d?.enumerable];
    }),
  );
}

const message = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/** The linter of a worker (or of `--repro`): each document parsed once, each mutant made here. */
function linter(): (
  file: string,
  mutations: readonly Mutation[],
  mode: Mode | 'core',
) => Promise<Outcome & { text: string }> {
  const trees = new Map<string, J>();
  const spectral = {
    default: spectralWith(defaultRuleset),
    strict: spectralWith(strictRuleset),
    core: spectralWith(CORE_ONLY),
  };
  const before = prototypes();
  const changed = (): boolean => {
    const now = prototypes();
    return (
      now.length !== before.length ||
      now.some((entry, i) => entry.some((part, j) => !Object.is(part, before[i]?.[j]))) ||
      ({} as Record<string, unknown>).fuzzPolluted !== undefined
    );
  };
  return async (file, mutations, mode) => {
    let tree = trees.get(file);
    if (tree === undefined) {
      const raw = readFileSync(path.join(CORPUS, file), 'utf8');
      tree = fromValue(/\.json$/i.test(file) ? JSON.parse(raw) : load(raw));
      trees.set(file, tree);
    }
    const text = toText(mutate(tree, mutations));
    const source = path.join(CORPUS, file);
    const started = performance.now();
    const thrown: string[] = [];
    const template: string[] = [];
    let proto = 0;
    let findings = 0;
    let map: string | undefined;
    let rejected: Outcome['rejected'];
    try {
      const outcome = await runWithNotes(spectral[mode], text, source, true);
      findings = outcome.results.length;
      for (const result of outcome.results) {
        const code = String(result.code);
        if (!code.startsWith('http-status-')) continue;
        if (INTERNAL.test(result.message)) thrown.push(`${code}: ${result.message.slice(0, 400)}`);
        if (PROTO.test(result.message)) proto++;
        const evaluated = templateEvaluated(uninert(result.message));
        if (/\{\{/.test(result.message) || evaluated !== undefined)
          template.push(`${code}: ${result.message.slice(0, 400)}`);
      }
      if (mode !== 'core') {
        try {
          JSON.stringify(buildStatusMap({ ...outcome, generator: 'spectral-http-status (fuzz)' }));
        } catch (error) {
          map = message(error);
        }
      }
    } catch (error) {
      let ownError: string | undefined;
      if (mode !== 'core') {
        ownError = await spectral.core
          .runWithResolved(new Document(text, Parsers.Yaml, source), { ignoreUnknownFormat: true })
          .then(
            () => undefined,
            (e: unknown) => message(e),
          );
      }
      rejected = {
        error: message(error),
        own: ownError !== undefined,
        ...(ownError === undefined ? {} : { ownError }),
      };
    }
    const ms = performance.now() - started;
    return {
      text,
      ms,
      findings,
      proto,
      thrown,
      template,
      polluted: changed(),
      ...(map === undefined ? {} : { map }),
      ...(rejected === undefined ? {} : { rejected }),
    };
  };
}

if (!isMainThread) {
  const lint = linter();
  parentPort?.on('message', (job: { id: number; file: string; mutations: Mutation[]; mode: Mode | 'core' }) => {
    void lint(job.file, job.mutations, job.mode).then(
      ({ text: _text, ...outcome }) => parentPort?.postMessage({ id: job.id, outcome }),
      (error: unknown) => parentPort?.postMessage({ id: job.id, crash: message(error) }),
    );
  });
}

// ---------------------------------------------------------------- the parent

interface Doc {
  readonly file: string;
  readonly size: number;
  readonly version: string;
  readonly ops: number;
}

/** Small and medium documents, spread over the sizes: every `step`-th of those under `maxSize`, by size. */
function pickDocuments(maxSize: number, count: number): Doc[] {
  const manifest = JSON.parse(readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8')) as Array<{
    file: string;
    size: number;
    version: string;
    ops: number;
    error: unknown;
  }>;
  const fit = manifest
    .filter((d) => d.error === null && d.size <= maxSize && d.ops > 0 && existsSync(path.join(CORPUS, d.file)))
    .sort((a, b) => a.size - b.size || a.file.localeCompare(b.file));
  const step = Math.max(1, fit.length / count);
  const out: Doc[] = [];
  for (let i = 0; i < count && Math.floor(i * step) < fit.length; i++) {
    const d = fit[Math.floor(i * step)];
    if (d !== undefined) out.push({ file: d.file, size: d.size, version: d.version, ops: d.ops });
  }
  return out;
}

function mutants(opts: Options, docs: readonly Doc[]): Array<{ doc: number; mutations: Mutation[] }> {
  const arb = fc.record({ doc: fc.nat({ max: docs.length - 1 }), mutations: mutationsArb(opts.huge) });
  return fc.sample(arb, { seed: opts.seed, numRuns: opts.count });
}

interface Failure {
  readonly index: number;
  readonly file: string;
  readonly mode: Mode;
  readonly kind: FailureClass;
  readonly detail: string;
  /** Whether the one-rule ruleset fails the same way: Spectral's own failure. */
  readonly spectralOwn: boolean;
  readonly mutations: string;
}

interface Job {
  readonly id: number;
  readonly index: number;
  readonly mode: Mode | 'core';
  readonly resolve: (value: { outcome?: Outcome; hang?: boolean; crash?: string }) => void;
}

/** A pool of workers; a job past the time limit terminates its worker (a new one takes its place). */
class Pool {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly running = new Map<Worker, { job: Job; timer: NodeJS.Timeout }>();
  private nextId = 0;
  private size = 0;
  hangs = 0;

  constructor(
    private readonly workers: number,
    private readonly timeoutMs: number,
    private readonly work: (index: number) => { file: string; mutations: Mutation[] },
  ) {}

  private spawn(): Worker {
    const worker = new Worker(__filename, { resourceLimits: { maxOldGenerationSizeMb: 2048 } });
    worker.on('message', (reply: { id: number; outcome?: Outcome; crash?: string }) => {
      const current = this.running.get(worker);
      if (current === undefined || current.job.id !== reply.id) return;
      clearTimeout(current.timer);
      this.running.delete(worker);
      this.idle.push(worker);
      current.job.resolve(reply.crash === undefined ? { outcome: reply.outcome } : { crash: reply.crash });
      this.pump();
    });
    worker.on('error', (error) => {
      const current = this.running.get(worker);
      this.running.delete(worker);
      this.size--;
      if (current !== undefined) {
        clearTimeout(current.timer);
        current.job.resolve({ crash: message(error) });
      }
      this.pump();
    });
    this.size++;
    return worker;
  }

  /** `first`: ahead of the queue (a reproduction). */
  lint(
    index: number,
    mode: Mode | 'core',
    first = false,
  ): Promise<{ outcome?: Outcome; hang?: boolean; crash?: string }> {
    return new Promise((resolve) => {
      const job = { id: this.nextId++, index, mode, resolve };
      if (first) this.queue.unshift(job);
      else this.queue.push(job);
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let worker = this.idle.pop();
      if (worker === undefined) {
        if (this.size >= this.workers) return;
        worker = this.spawn();
      }
      const job = this.queue.shift() as Job;
      const chosen = worker;
      const timer = setTimeout(() => {
        // A hang: the worker is stopped (terminate stops even a loop that never yields) and replaced.
        this.running.delete(chosen);
        this.size--;
        this.hangs++;
        void chosen.terminate();
        job.resolve({ hang: true });
        this.pump();
      }, this.timeoutMs);
      this.running.set(chosen, { job, timer });
      const { file, mutations } = this.work(job.index);
      chosen.postMessage({ id: job.id, file, mutations, mode: job.mode });
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.idle.map((w) => w.terminate()));
  }
}

const num = (n: number): string => n.toLocaleString('en-US');
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ').replace(/`/g, "'");

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  if (!existsSync(CORPUS)) {
    console.log(
      `fuzz: no corpus at ${CORPUS}; nothing to fuzz (the fuzz suite over the fixtures is test/fuzz.test.ts).`,
    );
    return;
  }
  const docs = pickDocuments(opts.maxSize, opts.docs);
  const all = mutants(opts, docs);
  const work = (index: number): { file: string; mutations: Mutation[] } => {
    const m = all[index];
    if (m === undefined) throw new Error(`no mutant ${index}`);
    return { file: (docs[m.doc] as Doc).file, mutations: m.mutations };
  };
  mkdirSync(path.join(ROOT, '.tmp', 'fuzz-failures'), { recursive: true });

  if (opts.repro !== undefined) {
    const { file, mutations } = work(opts.repro);
    const lint = linter();
    for (const mode of [...MODES, 'core'] as const) {
      const { text, ...outcome } = await lint(file, mutations, mode);
      const out = path.join(ROOT, '.tmp', 'fuzz-failures', `${opts.repro}.json`);
      writeFileSync(out, text);
      console.log(
        `${mode}: ${JSON.stringify(outcome)}\n  mutant of ${file} written to ${out}; mutations ${describeMutations(mutations)}`,
      );
    }
    return;
  }

  console.log(
    `fuzz: ${num(all.length)} mutants of ${docs.length} corpus documents (${num(docs[0]?.size ?? 0)} to ${num(docs[docs.length - 1]?.size ?? 0)} bytes), both modes, seed ${opts.seed}, ${opts.workers} workers, limit ${opts.timeout} s`,
  );
  const pool = new Pool(opts.workers, opts.timeout * 1000, work);
  const started = Date.now();
  const failures: Failure[] = [];
  const stats = {
    lints: 0,
    findings: 0,
    proto: 0,
    spectralRejects: 0,
    crashes: [] as string[],
    ms: [] as number[],
    byMode: { default: 0, strict: 0 } as Record<Mode, number>,
    slowest: [] as Array<{ index: number; mode: Mode; ms: number; file: string }>,
  };

  const failureOf = (index: number, mode: Mode, kind: FailureClass, detail: string, spectralOwn: boolean): void => {
    const { file, mutations } = work(index);
    failures.push({ index, file, mode, kind, detail, spectralOwn, mutations: describeMutations(mutations) });
  };

  const one = async (index: number, mode: Mode): Promise<void> => {
    const reply = await pool.lint(index, mode);
    stats.lints++;
    if (reply.hang === true) {
      // Reproduced with the one-rule ruleset, under the same limit.
      const core = await pool.lint(index, 'core', true);
      failureOf(index, mode, 'hang', `no result after ${opts.timeout} s`, core.hang === true);
      return;
    }
    if (reply.crash !== undefined || reply.outcome === undefined) {
      stats.crashes.push(`${index} ${mode}: ${reply.crash ?? 'no outcome'}`);
      return;
    }
    const o = reply.outcome;
    stats.ms.push(o.ms);
    stats.byMode[mode] += o.ms;
    stats.findings += o.findings;
    stats.proto += o.proto;
    const { file } = work(index);
    stats.slowest.push({ index, mode, ms: o.ms, file });
    if (stats.slowest.length > 40) stats.slowest = stats.slowest.sort((a, b) => b.ms - a.ms).slice(0, 10);
    if (o.rejected !== undefined) {
      if (o.rejected.own) stats.spectralRejects++;
      failureOf(
        index,
        mode,
        'rejected',
        o.rejected.own ? `${o.rejected.error} (one-rule ruleset: ${o.rejected.ownError ?? ''})` : o.rejected.error,
        o.rejected.own,
      );
    }
    for (const t of o.thrown) failureOf(index, mode, 'thrown', t, false);
    for (const t of o.template) failureOf(index, mode, 'template', t, false);
    if (o.polluted) failureOf(index, mode, 'polluted', 'a prototype changed', false);
    if (o.map !== undefined) failureOf(index, mode, 'map', o.map, false);
  };

  let done = 0;
  const jobs: Array<Promise<void>> = [];
  for (let index = 0; index < all.length; index++) {
    for (const mode of MODES) {
      jobs.push(
        one(index, mode).then(() => {
          done++;
          if (done % 500 === 0)
            console.log(
              `  ${num(done)} of ${num(all.length * 2)} lints, ${((Date.now() - started) / 1000).toFixed(0)} s, ${failures.filter((f) => !f.spectralOwn).length} failures of ours, ${failures.filter((f) => f.spectralOwn).length} of Spectral's`,
            );
        }),
      );
    }
  }
  await Promise.all(jobs);
  await pool.close();
  const seconds = (Date.now() - started) / 1000;

  for (const f of failures) {
    const text = toText(
      mutate(fromValue(load(readFileSync(path.join(CORPUS, f.file), 'utf8'))), work(f.index).mutations),
    );
    writeFileSync(path.join(ROOT, '.tmp', 'fuzz-failures', `${f.index}.json`), text);
  }
  const sorted = [...stats.ms].sort((a, b) => a - b);
  const q = (p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  const result = {
    options: { ...opts, repro: undefined },
    documents: docs,
    mutants: all.length,
    lints: stats.lints,
    seconds,
    perMode: Object.fromEntries(MODES.map((m) => [m, stats.byMode[m] / 1000])),
    median: q(0.5),
    p99: q(0.99),
    max: sorted[sorted.length - 1] ?? 0,
    findings: stats.findings,
    proto: stats.proto,
    crashes: stats.crashes,
    slowest: stats.slowest.sort((a, b) => b.ms - a.ms).slice(0, 10),
    failures,
  };
  writeFileSync(path.join(ROOT, '.tmp', 'fuzz-result.json'), JSON.stringify(result, null, 1));
  const ours = failures.filter((f) => !f.spectralOwn);
  console.log(
    `fuzz: ${num(stats.lints)} lints in ${seconds.toFixed(0)} s; ${ours.length} failures of ours, ${failures.length - ours.length} of Spectral's own, ${stats.crashes.length} worker crashes; .tmp/fuzz-result.json`,
  );
  for (const f of ours.slice(0, 20))
    console.log(`  ours: #${f.index} ${f.mode} ${f.kind} ${f.file}: ${f.detail.slice(0, 300)}`);
  if (opts.write) writeReport(result);
  if (ours.length > 0 || stats.crashes.length > 0) process.exitCode = 1;
}

function writeReport(r: {
  options: Omit<Options, 'repro'> & { repro: undefined };
  documents: readonly Doc[];
  mutants: number;
  lints: number;
  seconds: number;
  perMode: Record<string, number>;
  median: number;
  p99: number;
  max: number;
  findings: number;
  proto: number;
  crashes: readonly string[];
  slowest: ReadonlyArray<{ index: number; mode: Mode; ms: number; file: string }>;
  failures: readonly Failure[];
}): void {
  const o = r.options;
  const ours = r.failures.filter((f) => !f.spectralOwn);
  const theirs = r.failures.filter((f) => f.spectralOwn);
  const classes: FailureClass[] = ['rejected', 'thrown', 'template', 'polluted', 'map', 'hang'];
  const L: string[] = ['# Fuzz run over the corpus', ''];
  L.push(
    `Generated by \`node scripts/run.mjs scripts/fuzz.ts --count ${o.count} --seed ${o.seed} --docs ${o.docs} --max-size ${o.maxSize} --timeout ${o.timeout} --workers ${o.workers} --huge ${o.huge} --write\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}), the ruleset from the sources, offline resolver, ${o.workers} worker threads on a machine of 2 cores shared with other work (durations are wall time under that load).`,
    '',
    `Mutants of ${r.documents.length} corpus documents (every document of \`../shared/corpus\` up to ${num(o.maxSize)} bytes, taken evenly by size; a mutant is one to six mutations of test/helpers/mutate.ts: deletions, \`null\`s, arrays and numbers in place of values, huge strings up to ${num(o.huge)} characters of adversarial shapes as values and keys, \`__proto__\`/\`constructor\`/\`toString\` keys carrying a polluting payload, broken and circular \`$ref\`s, odd status keys, keys renamed to odd ones, template syntax \`#{{1+1}}{{path}}\`, bidi characters), each linted in both modes with a limit of ${o.timeout} s per lint (the worker is terminated past it).`,
    '',
    '## Counts',
    '',
    '| | |',
    '|---|--:|',
    `| mutants | ${num(r.mutants)} |`,
    `| lints (both modes) | ${num(r.lints)} |`,
    `| wall time | ${(r.seconds / 60).toFixed(1)} min |`,
    `| lint time, default mode (sum) | ${(r.perMode.default ?? 0).toFixed(0)} s |`,
    `| lint time, strict mode (sum) | ${(r.perMode.strict ?? 0).toFixed(0)} s |`,
    `| one lint: median / 99th percentile / longest | ${r.median.toFixed(0)} / ${r.p99.toFixed(0)} / ${r.max.toFixed(0)} ms |`,
    `| results (every rule, Spectral's own included) | ${num(r.findings)} |`,
    `| the catch-all's \`__proto__\` finding (revoked proxies Spectral's resolver left; counted, not a failure) | ${num(r.proto)} |`,
    `| worker crashes | ${r.crashes.length} |`,
    '',
    '## Failures by class',
    '',
    "Each failure reproduced with a ruleset of one core rule (`truthy` on `info`): what fails with it too is Spectral's own.",
    '',
    "| class | ours | Spectral's own |",
    '|---|--:|--:|',
    ...classes.map(
      (c) => `| ${c} | ${ours.filter((f) => f.kind === c).length} | ${theirs.filter((f) => f.kind === c).length} |`,
    ),
    '',
  );
  L.push('## Failures of this package', '');
  if (ours.length === 0)
    L.push(
      'None: no exit-2 equivalent, no thrown function, no template evaluated, no prototype changed, no map thrown and no hang that the one-rule ruleset does not share.',
      '',
    );
  else {
    L.push('| mutant | mode | class | document | detail | reproduce |', '|--:|---|---|---|---|---|');
    for (const f of ours)
      L.push(
        `| ${f.index} | ${f.mode} | ${f.kind} | ${f.file} | ${cell(f.detail).slice(0, 300)} | \`--repro ${f.index}\` |`,
      );
    L.push('');
  }
  L.push("## Spectral's own failures", '');
  if (theirs.length === 0) L.push('None.', '');
  else {
    const groups = new Map<string, Failure[]>();
    for (const f of theirs) {
      const key = `${f.kind}: ${f.detail
        .replace(/ \(one-rule ruleset:.*$/, '')
        .replace(/'[^']*'/g, "'…'")
        .slice(0, 160)}`;
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    L.push(
      'Grouped by error; each group with its first mutants (the mutations as test/helpers/mutate.ts applies them; `--repro <mutant>` writes the mutant to `.tmp/fuzz-failures/` and lints it in the three rulesets).',
      '',
    );
    L.push('| error | lints | mutants (first 5) | mutations of the first |', '|---|--:|---|---|');
    for (const [key, list] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
      const first = list[0] as Failure;
      L.push(
        `| ${cell(key)} | ${list.length} | ${[...new Set(list.map((f) => f.index))].slice(0, 5).join(', ')} | ${cell(`${first.file}: ${first.mutations}`).slice(0, 400)} |`,
      );
    }
    L.push('');
  }
  L.push('## The slowest lints', '', '| mutant | mode | document | ms |', '|--:|---|---|--:|');
  for (const s of r.slowest) L.push(`| ${s.index} | ${s.mode} | ${s.file} | ${s.ms.toFixed(0)} |`);
  L.push('', '## The documents', '', '| document | version | operations | bytes |', '|---|---|--:|--:|');
  for (const d of r.documents) L.push(`| ${d.file} | ${d.version} | ${d.ops} | ${num(d.size)} |`);
  writeFileSync(path.join(ROOT, 'bench', 'FUZZ.md'), `${L.join('\n')}\n`);
  console.log('fuzz: wrote bench/FUZZ.md');
}

if (isMainThread) {
  void main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  });
}
