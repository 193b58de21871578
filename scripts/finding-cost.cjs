// Measures what Spectral itself spends per finding, apart from any rule's
// logic: the findings this ruleset reports on a document are replayed by a
// rule that only returns them (precomputed), paired against the floor.
//   node scripts/finding-cost.cjs kubernetes-swagger.json [pairs]
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { Spectral, Document } = require('@stoplight/spectral-core');
const Parsers = require('@stoplight/spectral-parsers');
const { Resolver } = require('@stoplight/spectral-ref-resolver');

const ROOT = path.join(__dirname, '..');
const { CORPUS } = require('./lib/corpus.cjs');

async function main() {
  const name = process.argv[2] || 'kubernetes-swagger.json';
  const pairs = Number(process.argv[3] || 5);
  const file = path.join(CORPUS, 'large', name);
  if (!fs.existsSync(file)) {
    console.log(`finding-cost: ${file} is absent; nothing to measure.`);
    return;
  }
  const text = fs.readFileSync(file, 'utf8');
  // One Document per parser: TypeScript takes no union of the two parsers.
  const documentOf = () =>
    /\.json$/.test(file) ? new Document(text, Parsers.Json, file) : new Document(text, Parsers.Yaml, file);
  const offline = new Resolver({
    resolvers: {
      file: { resolve: (ref) => Promise.resolve(fs.readFileSync(ref.href(), 'utf8')) },
      http: { resolve: () => Promise.reject(new Error('network disabled')) },
      https: { resolve: () => Promise.reject(new Error('network disabled')) },
    },
  });
  const run = async (/** @type {import('@stoplight/spectral-core').RulesetDefinition} */ ruleset) => {
    const spectral = new Spectral({ resolver: offline });
    spectral.setRuleset(ruleset);
    const t = process.hrtime.bigint();
    const out = await spectral.run(documentOf(), { ignoreUnknownFormat: true });
    return { ms: Number(process.hrtime.bigint() - t) / 1e6, out };
  };
  const ours = require(path.join(ROOT, 'dist', 'index.cjs'));
  const findings = (await run(ours)).out.map((r) => ({ message: r.message, path: r.path }));
  /** @type {import('@stoplight/spectral-core').RulesetDefinition} */
  const floor = {
    rules: { noop: { given: '$', resolved: false, severity: 'hint', then: { function: () => undefined } } },
  };
  /** @type {import('@stoplight/spectral-core').RulesetDefinition} */
  const replay = {
    rules: {
      replay: {
        given: '$',
        resolved: false,
        severity: 'warn',
        message: '{{error}}',
        then: { function: () => findings },
      },
    },
  };
  const ratios = [];
  for (let i = 0; i <= pairs; i++) {
    const a = await run(replay);
    const b = await run(floor);
    if (i > 0) ratios.push({ replay: a.ms, floor: b.ms });
  }
  const med = (/** @type {number[]} */ xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? NaN;
  const extra = med(ratios.map((r) => r.replay - r.floor));
  const floorMs = med(ratios.map((r) => r.floor));
  console.log(
    `${name}: ${findings.length} findings replayed; floor ${floorMs.toFixed(0)} ms; Spectral's own handling adds ${extra.toFixed(0)} ms (${((extra / floorMs) * 100).toFixed(1)}% of the floor, ${((extra * 1000) / findings.length).toFixed(0)} µs per finding)`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
