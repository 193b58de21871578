// Benchmark: this ruleset against the Spectral floor and the peers'
// status-code rules, on the five large corpus documents and on synthetic
// documents of 1,000, 10,000 and 50,000 operations.
//
//   npm run bench                 # everything, writes bench/RESULTS.md
//   node scripts/bench.cjs --runs 5 --only stripe
//
// Each (document, configuration) pair runs in a child process of its own,
// so that its peak memory (maxRSS) is its own: warm-up runs (three, so that
// the JIT has compiled the functions; one for the 10,000- and 50,000-operation
// documents, whose single run is long enough), then --runs measured runs in
// which the configuration and the floor alternate, reporting the medians.
// Two more processes per configuration measure apart what the paired runs
// would disturb: its peak memory, and (for this ruleset and the reader) the
// time spent inside its functions. Configurations:
//   floor  parse + resolve with one no-op rule (given $, resolved: false)
//   ours   this ruleset (recommended set), plus the time spent inside its functions
//   oas    spectral:oas operation-success-response only
//   ibm    @ibm-cloud/openapi-ruleset ibm-response-status-codes only
//   reader (synthetic documents only) the least any status-code rule must do:
//          one function that visits every operation and reads its response
//          keys and values, timed like ours; how its time per operation
//          grows with the document is the reference for ours
//   reader-order  the same reader, with keys read from the parser's key-order
//          arrays as this ruleset reads them, instead of Object.keys (whose
//          Proxy trap costs a constant few µs per call and so hides how the
//          cost of each read grows with the document)
// The readers are references for the time per operation only: they run in
// the "inside" process alone. For this ruleset, that process also sums the
// garbage collections that fell inside its functions.
// Tests never assert times; this script reports them.
'use strict';
const { spawnSync } = require('node:child_process');
const { PerformanceObserver, performance } = require('node:perf_hooks');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const { CORPUS, LARGE } = require('./lib/corpus.cjs');
const { median } = require('./lib/median.cjs');
const SYNTHETIC = [1000, 10000, 50000];
/** @typedef {'floor' | 'ours' | 'oas' | 'ibm' | 'reader' | 'reader-order'} Config */
/** @type {Config[]} */
const CONFIGS = ['floor', 'ours', 'oas', 'ibm'];
/**
 * What one configuration measured on one document (or why it failed).
 * @typedef {{ ms?: number, floorMs?: number, ratio?: number, inside?: number, gcInside?: number, insideNoGc?: number, rss?: number, results?: number, times?: number[], error?: string }} ConfigResult
 */
/** @typedef {{ doc: string } & { [C in Config]?: ConfigResult }} Row */
/** @typedef {{ times: number[], floorTimes: number[], insideTimes: number[], gcInsideTimes?: number[], results: number }} ChildResult What a child process writes. */
/** @typedef {import('@stoplight/spectral-core').RulesetDefinition} RulesetDefinition */

/**
 * A deterministic OpenAPI 3.0 document with `ops` operations (four per
 * path). Responses are inline, with one $ref per path item: Spectral's
 * resolver grows faster than linearly with the number of $refs, and a
 * $ref per response would make the floor itself take minutes at 50,000
 * operations, drowning what is measured here.
 * @param {number} ops
 */
function synthetic(ops) {
  const problem = { description: 'A problem', content: { 'application/problem+json': { schema: { type: 'object' } } } };
  /** @type {Record<string, unknown>} */
  const paths = {};
  for (let i = 0; i < ops / 4; i++) {
    paths[`/things${i}/{id}`] = {
      parameters: [{ $ref: '#/components/parameters/Id' }],
      get: {
        parameters: [{ name: 'If-None-Match', in: 'header', schema: { type: 'string' } }],
        responses: {
          200: { description: 'A thing', content: { 'application/json': { schema: { type: 'object' } } } },
          304: { description: 'Not modified' },
          400: problem,
          404: problem,
        },
      },
      put: {
        requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
        responses: { 204: { description: 'Replaced' }, 400: problem, 404: problem, 415: problem },
      },
      post: {
        requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
        responses: {
          201: { description: 'Created', headers: { Location: { schema: { type: 'string' } } } },
          400: problem,
          404: problem,
          415: problem,
        },
      },
      delete: {
        responses: {
          204: { description: 'Deleted' },
          400: problem,
          404: problem,
          ...(i % 10 === 0 ? { 413: { description: 'Odd' } } : {}),
        },
      },
    };
  }
  return JSON.stringify({
    openapi: '3.0.3',
    info: { title: `Synthetic ${ops}`, version: '1' },
    paths,
    components: { parameters: { Id: { name: 'id', in: 'path', required: true, schema: { type: 'string' } } } },
  });
}

/**
 * Loads a document for a child: its text, file name and parser.
 * @param {string} docName
 * @param {typeof import('@stoplight/spectral-parsers')} Parsers
 * @returns {{ text: string, file: string, parser: import('@stoplight/spectral-parsers').IParser<any> }}
 */
function loadDocument(docName, Parsers) {
  if (/^synthetic-\d+$/.test(docName)) {
    return {
      text: synthetic(Number(docName.split('-')[1])),
      file: path.join(os.tmpdir(), `${docName}.json`),
      parser: Parsers.Json,
    };
  }
  const file = path.join(CORPUS, 'large', docName);
  return { text: fs.readFileSync(file, 'utf8'), file, parser: /\.json$/.test(file) ? Parsers.Json : Parsers.Yaml };
}

/**
 * Warm-up pairs before the measured ones: enough for the JIT to settle on small documents.
 * @param {string} docName
 */
function warmupsFor(docName) {
  return docName === 'synthetic-10000' || docName === 'synthetic-50000' ? 1 : 3;
}

/**
 * @param {string} docName
 * @param {string} config
 * @param {number} runs
 * @param {string | undefined} mode
 */
async function child(docName, config, runs, mode) {
  const { Spectral, Document } = require('@stoplight/spectral-core');
  const Parsers = require('@stoplight/spectral-parsers');
  const { Resolver } = require('@stoplight/spectral-ref-resolver');
  const offline = new Resolver({
    resolvers: {
      file: { resolve: (ref) => Promise.resolve(fs.readFileSync(ref.href(), 'utf8')) },
      http: { resolve: (ref) => Promise.reject(new Error(`network disabled: ${ref.href()}`)) },
      https: { resolve: (ref) => Promise.reject(new Error(`network disabled: ${ref.href()}`)) },
    },
  });
  const { text, file, parser } = loadDocument(docName, Parsers);
  let inside = 0;
  // In the "inside" process: when our functions ran, to find the garbage
  // collections that fell inside them.
  /** @type {number[]} */
  const intervals = [];
  /** @type {RulesetDefinition} */
  let ruleset;
  /** @type {RulesetDefinition} */
  const floor = {
    rules: { noop: { given: '$', resolved: false, severity: 'hint', then: { function: () => undefined } } },
  };
  if (config === 'floor') {
    ruleset = floor;
  } else if (config === 'ours') {
    /** @type {{ rules: Record<string, { then: { function: (...args: unknown[]) => unknown } }> }} */
    const ours = require(path.join(ROOT, 'dist', 'index.cjs'));
    /** @type {Record<string, unknown>} */
    const rules = {};
    for (const [name, rule] of Object.entries(ours.rules)) {
      const fn = rule.then.function;
      /**
       * @this {unknown} Spectral's `this` for a rule function, passed on as it is.
       * @param {unknown[]} args
       */
      const timed = function (...args) {
        const t = process.hrtime.bigint();
        const start = mode === 'inside' ? performance.now() : 0;
        try {
          return fn.apply(this, args);
        } finally {
          inside += Number(process.hrtime.bigint() - t) / 1e6;
          if (mode === 'inside') intervals.push(start, performance.now());
        }
      };
      rules[name] = { ...rule, then: { ...rule.then, function: timed } };
    }
    ruleset = /** @type {RulesetDefinition} */ ({ ...ours, rules });
  } else if (config === 'reader' || config === 'reader-order') {
    const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
    let keys = Object.keys;
    /** @type {import('@stoplight/spectral-core').RulesetFunction<unknown, unknown>} */
    const read = (input, options, context) => {
      const t = process.hrtime.bigint();
      let seen = 0;
      /** @type {any} The resolved document as Spectral hands it, read by hand as a rule would. */
      const root = /** @type {any} */ (context.documentInventory).resolved;
      if (config === 'reader-order') {
        // The order array Spectral's parser keeps under a registered symbol
        // (see keysOf in functions/lib/safe.ts); its first entry is the symbol.
        const order = Reflect.ownKeys(root).find(
          (k) => typeof k === 'symbol' && Symbol.keyFor(k)?.startsWith('__object_order_'),
        );
        keys = (/** @type {any} */ value) => {
          const list = order === undefined ? undefined : value[order];
          return Array.isArray(list) ? list : Object.keys(value);
        };
      }
      const paths = root.paths;
      for (const key of keys(paths)) {
        if (typeof key !== 'string') continue;
        const item = paths[key];
        for (const method of METHODS) {
          const responses = item[method]?.responses;
          if (responses === undefined) continue;
          for (const code of keys(responses)) if (typeof code === 'string' && responses[code] !== undefined) seen++;
        }
      }
      inside += Number(process.hrtime.bigint() - t) / 1e6;
      return seen < 0 ? [{ message: 'never' }] : undefined;
    };
    ruleset = { rules: { reader: { given: '$', resolved: false, severity: 'hint', then: { function: read } } } };
  } else if (config === 'oas') {
    // Its declared type is not one of RulesetDefinition's forms (it lacks `extends`), though Spectral takes it.
    const oas = /** @type {RulesetDefinition} */ (/** @type {unknown} */ (require('@stoplight/spectral-rulesets').oas));
    ruleset = { extends: [[oas, 'off']], rules: { 'operation-success-response': 'warn' } };
  } else {
    const ibm = require('@ibm-cloud/openapi-ruleset');
    ruleset = { extends: [[ibm, 'off']], rules: { 'ibm-response-status-codes': 'warn' } };
  }
  /** @type {number[]} */
  const times = [];
  /** @type {number[]} */
  const floorTimes = [];
  /** @type {number[]} */
  const insideTimes = [];
  let results = 0;
  /** @type {Array<[number, number]>} */
  const gcs = [];
  if (mode === 'inside')
    new PerformanceObserver((list) =>
      gcs.push(
        ...list.getEntries().map((e) => /** @type {[number, number]} */ ([e.startTime, e.startTime + e.duration])),
      ),
    ).observe({ entryTypes: ['gc'] });
  const once = async (/** @type {RulesetDefinition} */ rs) => {
    // Every run starts from a collected heap, so that no run pays for the
    // garbage of the one before (with 50,000 operations the heap holds GBs).
    if (typeof global.gc === 'function') global.gc();
    inside = 0;
    intervals.length = 0;
    gcs.length = 0;
    const spectral = new Spectral({ resolver: offline });
    spectral.setRuleset(rs);
    const t = process.hrtime.bigint();
    const out = await spectral.run(new Document(text, parser, file), { ignoreUnknownFormat: true });
    return { ms: Number(process.hrtime.bigint() - t) / 1e6, n: out.length };
  };
  if (mode === 'inside') {
    // The time inside the functions, from a process that runs only this
    // configuration: in a process that also runs the floor, it came out up
    // to twice as high and twice as variable on small documents.
    /** @type {number[]} */
    const gcInsideTimes = [];
    for (let i = 0; i < warmupsFor(docName) + runs; i++) {
      await once(ruleset);
      // GC entries reach the observer asynchronously.
      await new Promise((resolve) => setTimeout(resolve, 50));
      let gc = 0;
      for (const [gs, ge] of gcs)
        for (let j = 0; j < intervals.length; j += 2)
          gc += Math.max(0, Math.min(ge, intervals[j + 1] ?? ge) - Math.max(gs, intervals[j] ?? gs));
      if (i >= warmupsFor(docName)) {
        insideTimes.push(inside);
        gcInsideTimes.push(gc);
      }
    }
    process.stdout.write(JSON.stringify({ insideTimes, gcInsideTimes }));
    return;
  }
  if (mode === 'memory') {
    // Peak memory of this configuration alone: the same number of runs for
    // every configuration, with a full collection before each.
    for (let i = 0; i < 2; i++) results = (await once(ruleset)).n;
    process.stdout.write(JSON.stringify({ results, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
    return;
  }
  // Paired runs: the floor and the configuration alternate in this process,
  // so that their ratio is measured under the same machine conditions.
  const warmups = warmupsFor(docName);
  for (let i = 0; i < warmups + runs; i++) {
    const a = await once(ruleset);
    results = a.n;
    const b = config === 'floor' ? a : await once(floor);
    if (i >= warmups) {
      times.push(a.ms);
      floorTimes.push(b.ms);
    }
  }

  process.stdout.write(
    JSON.stringify({ times, floorTimes, insideTimes, results, maxRssMb: process.resourceUsage().maxRSS / 1024 }),
  );
}

function parent() {
  const args = process.argv.slice(2);
  const runs = Number(args[args.indexOf('--runs') + 1] || 0) || 3;
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const haveCorpus = fs.existsSync(path.join(CORPUS, 'large'));
  if (!haveCorpus)
    console.log(`bench: ${CORPUS} is absent; the large documents are skipped, the synthetic ones still run.`);
  const docs = [...(haveCorpus ? LARGE : []), ...SYNTHETIC.map((n) => `synthetic-${n}`)].filter(
    (d) =>
      only === undefined ||
      d === only ||
      (d.startsWith(only) && !/\d$/.test(only)) ||
      (d.includes(only) && !d.startsWith('synthetic-')),
  );
  /** @type {Row[]} */
  const rows = [];
  for (const doc of docs) {
    /** @type {Row} */
    const row = { doc };
    /** @type {Config[]} */
    const configs = doc.startsWith('synthetic-') ? [...CONFIGS, 'reader', 'reader-order'] : CONFIGS;
    for (const config of configs) {
      const n = doc === 'synthetic-50000' ? 1 : runs;
      // A few milliseconds per run on the small documents: more runs there.
      const insideRuns = warmupsFor(doc) === 1 ? n : Math.max(n, 9);
      const spawnInside = () =>
        spawnSync(
          process.execPath,
          [
            '--expose-gc',
            '--max-old-space-size=16384',
            __filename,
            '--child',
            doc,
            config,
            String(insideRuns),
            'inside',
          ],
          { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
        );
      if (config.startsWith('reader')) {
        const alone = spawnInside();
        if (alone.status !== 0) {
          console.log(`${doc} ${config}: failed: ${(alone.stderr || '').split('\n').slice(0, 3).join(' ')}`);
          continue;
        }
        const inside = median(JSON.parse(alone.stdout).insideTimes);
        row[config] = { inside };
        console.log(`${doc} ${config}: inside its function ${inside.toFixed(1)} ms`);
        continue;
      }
      const run = spawnSync(
        process.execPath,
        ['--expose-gc', '--max-old-space-size=16384', __filename, '--child', doc, config, String(n)],
        { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
      if (run.status !== 0) {
        const error = (run.stderr || '').split('\n').slice(0, 3).join(' ');
        row[config] = { error };
        console.log(`${doc} ${config}: failed: ${error}`);
        continue;
      }
      /** @type {ChildResult} */
      const r = JSON.parse(run.stdout);
      const mem = spawnSync(
        process.execPath,
        ['--expose-gc', '--max-old-space-size=16384', __filename, '--child', doc, config, '1', 'memory'],
        { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
      const rss = mem.status === 0 ? JSON.parse(mem.stdout).maxRssMb : undefined;
      if (config === 'ours') {
        const alone = spawnInside();
        if (alone.status === 0) Object.assign(r, JSON.parse(alone.stdout));
      }
      const gcTimes = r.gcInsideTimes;
      const result = {
        ms: median(r.times),
        floorMs: median(r.floorTimes),
        // median of the per-pair ratios: robust to drift between pairs
        ratio: median(r.times.map((t, i) => t / (r.floorTimes[i] ?? NaN))),
        inside: median(r.insideTimes),
        // The collections that fell inside our functions, and the time without them.
        gcInside: gcTimes === undefined ? undefined : median(gcTimes),
        insideNoGc: gcTimes === undefined ? undefined : median(r.insideTimes.map((t, i) => t - (gcTimes[i] ?? NaN))),
        rss,
        results: r.results,
        times: r.times,
      };
      row[config] = result;
      console.log(
        `${doc} ${config}: median ${result.ms.toFixed(0)} ms (${r.times.map((t) => t.toFixed(0)).join(', ')}), paired floor ${result.floorMs.toFixed(0)} ms, ratio ${result.ratio.toFixed(3)}, peak ${rss?.toFixed(0)} MB, ${r.results} results${config === 'ours' ? `, inside its functions ${result.inside.toFixed(0)} ms (collections ${result.gcInside?.toFixed(0)} ms)` : ''}`,
      );
    }
    rows.push(row);
  }
  if (only === undefined) writeResults(rows, runs);
}

/**
 * @param {readonly Row[]} rows
 * @param {number} runs
 */
function writeResults(rows, runs) {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const pct = (/** @type {number} */ a, /** @type {number} */ b) =>
    b > 0 ? `${(((a - b) / b) * 100).toFixed(1)}%` : 'n/a';
  const lines = ['# Benchmark results', ''];
  lines.push(
    `Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}.`,
  );
  lines.push(
    `Each configuration runs in its own process: warm-up pairs (three; one for the 10,000- and 50,000-operation documents), then ${runs} pairs (1 for the 50,000-operation document) in which the configuration and the floor alternate. "Over floor (paired)" is the median of the per-pair ratios; "inside our functions" is the time spent in this ruleset's functions, measured around each call, in a process of its own that runs only this ruleset (warm-ups, then 9 runs, or as many as the paired ones for the 10,000- and 50,000-operation documents; median). Peak memory is measured apart: one process per configuration, two runs after a full collection each, its maxRSS.`,
    '',
  );
  lines.push('## Time and memory', '');
  lines.push(
    '| document | operations | floor ms | this ruleset ms | this ruleset over floor (paired) | inside our functions ms | inside / floor | oas `operation-success-response` over floor (paired) | IBM `ibm-response-status-codes` over floor (paired) | floor peak MB | this ruleset peak MB | memory over floor |',
  );
  lines.push('|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  const over = (/** @type {ConfigResult | undefined} */ cell) =>
    cell?.ratio !== undefined ? `${((cell.ratio - 1) * 100).toFixed(1)}%` : (cell?.error ?? '');
  /** @type {Array<{ file: string, ops?: number }>} */
  const manifest = fs.existsSync(path.join(CORPUS, 'manifest.json'))
    ? JSON.parse(fs.readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8'))
    : [];
  for (const r of rows) {
    const ops = r.doc.startsWith('synthetic-')
      ? Number(r.doc.split('-')[1])
      : (manifest.find((m) => m.file === `large/${r.doc}`)?.ops ?? '');
    const f = r.floor ?? {};
    const o = r.ours ?? {};
    lines.push(
      `| ${r.doc} | ${ops} | ${o.floorMs?.toFixed(0) ?? f.error} | ${o.ms?.toFixed(0) ?? o.error} | ${over(o)} | ${o.inside?.toFixed(0) ?? ''} | ${o.inside !== undefined && o.floorMs ? `${((o.inside / o.floorMs) * 100).toFixed(1)}%` : ''} | ${over(r.oas)} | ${over(r.ibm)} | ${f.rss?.toFixed(0) ?? ''} | ${o.rss?.toFixed(0) ?? ''} | ${o.rss !== undefined && f.rss ? pct(o.rss, f.rss) : ''} |`,
    );
  }
  lines.push('', '## Time per operation (synthetic documents)', '');
  lines.push(
    'The floor and the two readers show how the cost of reading Spectral\'s document grows with its size. Each reader is one function that only visits every operation and reads its response keys and values, the least any status-code rule must do: "reader" lists keys with `Object.keys`, whose Proxy trap costs a few µs per call whatever the size; "reader, key order" reads them from the parser\'s key-order arrays, as this ruleset does, so its time is that of the reads themselves. "Collections" is the part of the time inside our functions during which V8 collected garbage. "vs 1,000" is the time per operation over that at 1,000 operations.',
    '',
  );
  lines.push(
    '| operations | floor, µs/op | vs 1,000 | reader, µs/op | vs 1,000 | reader, key order, µs/op | vs 1,000 | inside our functions, µs/op | vs 1,000 | of which collections, µs/op | without them, µs/op | vs 1,000 |',
    '|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  );
  const synthetic = rows.filter((x) => x.doc.startsWith('synthetic-'));
  const perOp = (/** @type {Row} */ r, /** @type {number} */ value) => (value * 1000) / Number(r.doc.split('-')[1]);
  const base = synthetic[0];
  const growth = (/** @type {number | undefined} */ a, /** @type {number | undefined} */ b) =>
    a !== undefined && b !== undefined && b > 0 ? `${a >= b ? '+' : ''}${(((a - b) / b) * 100).toFixed(0)}%` : '';
  /**
   * @param {Row | undefined} r
   * @param {Config} config
   * @param {'floorMs' | 'inside' | 'insideNoGc' | 'gcInside'} field
   */
  const at = (r, config, field) => {
    const value = r?.[config]?.[field];
    return r !== undefined && value !== undefined ? perOp(r, value) : undefined;
  };
  const fixed = (/** @type {number | undefined} */ x, /** @type {number} */ digits) => x?.toFixed(digits) ?? '';
  for (const r of synthetic) {
    const n = Number(r.doc.split('-')[1]);
    const floor = at(r, 'ours', 'floorMs');
    const reader = at(r, 'reader', 'inside');
    const readerOrder = at(r, 'reader-order', 'inside');
    const inside = at(r, 'ours', 'inside');
    const noGc = at(r, 'ours', 'insideNoGc');
    lines.push(
      `| ${n} | ${fixed(floor, 1)} | ${growth(floor, at(base, 'ours', 'floorMs'))} | ${fixed(reader, 2)} | ${growth(reader, at(base, 'reader', 'inside'))} | ${fixed(readerOrder, 2)} | ${growth(readerOrder, at(base, 'reader-order', 'inside'))} | ${fixed(inside, 2)} | ${growth(inside, at(base, 'ours', 'inside'))} | ${fixed(at(r, 'ours', 'gcInside'), 2)} | ${fixed(noGc, 2)} | ${growth(noGc, at(base, 'ours', 'insideNoGc'))} |`,
    );
  }
  fs.mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
  const notes = path.join(ROOT, 'bench', 'NOTES.md');
  const extra = fs.existsSync(notes) ? `\n${fs.readFileSync(notes, 'utf8')}` : '';
  fs.writeFileSync(path.join(ROOT, 'bench', 'RESULTS.md'), `${lines.join('\n')}\n${extra}`);
  console.log('wrote bench/RESULTS.md');
}

if (process.argv[2] === '--child') {
  child(process.argv[3] ?? '', process.argv[4] ?? '', Number(process.argv[5]), process.argv[6]).catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  parent();
}
