// Picks the sample of default-mode findings to judge by hand: for each
// rule, up to 20 findings spread over as many documents as it has, with a
// fixed seed, from a CORPUS_DUMP file. Writes bench/corpus-sample.json; the
// judged copy, with a verdict and a reason per finding, is
// bench/corpus-verdicts.json, which `npm run corpus` prints in the report.
//
//   CORPUS_DUMP=.tmp/corpus.jsonl npm run corpus && node scripts/corpus-sample.cjs .tmp/corpus.jsonl
const { readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const SEED = 20261201;
const PER_RULE = 20;

/** @typedef {{ file: string, code: string, path: Array<string | number>, line: number, message: string, mode?: string }} Finding One line of a CORPUS_DUMP file. */

/** A stable 32-bit hash (FNV-1a) of a string, seeded: the same finding always gets the same rank. */
/** @param {string} text */
function rank(text) {
  let h = (0x811c9dc5 ^ SEED) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const id = (/** @type {Finding} */ f) => `${f.file}|${f.code}|${JSON.stringify(f.path)}`;

/**
 * Up to `n` findings of one rule, spread over documents: each document
 * offers its lowest-ranked finding, documents in rank order, then second
 * findings, and so on. The ranks are a hash of each finding, so a change to
 * the rule that adds or removes some findings leaves the others' places,
 * and most of the sample, as they were.
 * @param {readonly Finding[]} findings
 * @param {number} n
 */
function spread(findings, n) {
  /** @type {Map<string, Finding[]>} */
  const byFile = new Map();
  for (const f of [...findings].sort((a, b) => rank(id(a)) - rank(id(b))))
    byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  // Each queue holds at least the finding that made it.
  const first = (/** @type {Finding[]} */ q) => id(/** @type {Finding} */ (q[0]));
  const queues = [...byFile.values()].sort((a, b) => rank(first(a)) - rank(first(b)));
  const out = [];
  while (out.length < n && queues.some((q) => q.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next !== undefined && out.length < n) out.push(next);
    }
  }
  return out;
}

function main() {
  const dump = process.argv[2];
  if (dump === undefined) throw new Error('usage: node scripts/corpus-sample.cjs <CORPUS_DUMP file>');
  const findings = readFileSync(dump, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .filter((f) => (f.mode ?? 'default') === 'default');
  const rules = [...new Set(findings.map((f) => f.code))].sort();
  const sample = rules
    .flatMap((rule) =>
      spread(
        findings.filter((f) => f.code === rule),
        PER_RULE,
      ),
    )
    .map(({ file, code, path: at, line, message }) => ({ code, file, path: at, line, message }));
  const out = path.join(__dirname, '..', 'bench', 'corpus-sample.json');
  writeFileSync(out, JSON.stringify({ seed: SEED, perRule: PER_RULE, findings: sample }, null, 1) + '\n');
  console.log(`${sample.length} findings of ${rules.length} rules -> ${path.relative(process.cwd(), out)}`);
}

main();
