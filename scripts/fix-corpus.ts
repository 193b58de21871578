/**
 * `fix` on a copy of every document of the corpus (../shared/corpus, or
 * CORPUS_DIR): per rule, how many findings it fixed and how many it left;
 * the documents whose fix the checks refused (a new finding, a document
 * made invalid, a second run that would change more), which must be 0; and
 * idempotence (a second run on the written copy changes nothing). Copies
 * live in a temporary directory; the corpus is never written.
 *
 *   node scripts/run.mjs scripts/fix-corpus.ts [filter] [--write]
 *   npm run fix-corpus                 # every document, writes bench/FIX.md
 */
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadRuleset } from '../cli/ruleset';
import { lintDocument } from '../cli/engine';
import { planFixes } from '../cli/fix/plan';
import { spawnSync } from 'node:child_process';
import { checkFix } from '../cli/commands/fix';

const ROOT = path.join(__dirname, '..');
const { CORPUS } = createRequire(__filename)(path.join(ROOT, 'scripts', 'lib', 'corpus.cjs')) as { CORPUS: string };

const VALIDATION_SECONDS = Number(process.env.FIX_CORPUS_VALIDATION_SECONDS ?? 60);
// swagger-parser holds the thread for many minutes on some documents (bungie.net.json): it runs in a child stopped after 60 s.
const CHILD = `
const fs = require('node:fs');
const [text, source, parser, yaml] = process.argv.slice(1);
const body = fs.readFileSync(text, 'utf8');
let api;
try { api = /^\\s*[{[]/.test(body) ? JSON.parse(body) : require(yaml).parse(body, { uniqueKeys: false, maxAliasCount: -1 }); }
catch (e) { process.stdout.write(JSON.stringify({ ok: false, message: String(e && e.message) })); process.exit(0); }
require(parser).validate(source, api, {}).then(
  () => process.stdout.write(JSON.stringify({ ok: true, message: '' })),
  (e) => process.stdout.write(JSON.stringify({ ok: false, message: String((e && e.message) || e).split('\\n')[0] })),
);`;

async function validateInChild(text: string, source: string): Promise<{ ok: boolean; message: string } | undefined> {
  const file = path.join(os.tmpdir(), `fix-corpus-validate-${process.pid}.txt`);
  writeFileSync(file, text);
  const req = createRequire(path.join(ROOT, 'package.json'));
  const child = spawnSync(
    process.execPath,
    ['-e', CHILD, file, source, req.resolve('@apidevtools/swagger-parser'), req.resolve('yaml')],
    { encoding: 'utf8', timeout: VALIDATION_SECONDS * 1000, maxBuffer: 1 << 24 },
  );
  rmSync(file, { force: true });
  if (child.error !== undefined || child.status !== 0) return undefined;
  try {
    return JSON.parse(child.stdout) as { ok: boolean; message: string };
  } catch {
    return undefined;
  }
}

interface Entry {
  readonly file: string;
  readonly error?: string;
}

interface Row {
  fixed: number;
  left: number;
}

async function run(): Promise<void> {
  const args = process.argv.slice(2);
  const write = args.includes('--write');
  const filter = args.find((a) => !a.startsWith('--'));
  if (!existsSync(path.join(CORPUS, 'manifest.json'))) {
    console.log(`fix-corpus: no corpus at ${CORPUS} (set CORPUS_DIR): skipped.`);
    return;
  }
  const manifest = JSON.parse(readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8')) as Entry[];
  const docs = manifest.filter((e) => e.error !== 'not-openapi' && (filter === undefined || e.file.includes(filter)));
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'fix-corpus-'));
  const { ruleset } = await loadRuleset(undefined, tmp, () => undefined);
  const rows = new Map<string, Row>();
  const row = (rule: string): Row => rows.get(rule) ?? (rows.set(rule, { fixed: 0, left: 0 }), rows.get(rule) as Row);
  const refused: string[] = [];
  let newFindings = 0;
  let invalid = 0;
  let notIdempotent = 0;
  let unreadable = 0;
  let unvalidated = 0;
  let unvalidatedFixed = 0;
  let changed = 0;
  const started = Date.now();
  try {
    for (const [i, entry] of docs.entries()) {
      const copy = path.join(tmp, `${i}-${path.basename(entry.file)}`);
      copyFileSync(path.join(CORPUS, entry.file), copy);
      chmodSync(copy, 0o644); // the corpus is read-only; its copy is written
      const progress = (what: string): void =>
        console.error(
          `fix-corpus: ${i + 1}/${docs.length} ${entry.file}: ${what} (${Math.round((Date.now() - started) / 1000)} s)`,
        );
      let lint;
      try {
        lint = await lintDocument(copy, ruleset);
      } catch {
        unreadable += 1;
        progress('unreadable');
        continue;
      }
      const plan = planFixes(lint);
      progress(`${plan.fixed.length} to fix, ${plan.left.length} left`);
      for (const l of plan.left) row(String(l.finding.result.code)).left += 1;
      if (plan.fixed.length === 0) continue;
      const { problems, notices } = await checkFix(
        lint,
        plan,
        ruleset,
        undefined,
        false,
        VALIDATION_SECONDS,
        validateInChild,
      );
      // The document's own validation did not finish: its fix is checked by the re-lint alone, as `fix` does.
      unvalidated += notices.length > 0 ? 1 : 0;
      if (problems.length > 0) {
        refused.push(`${entry.file}: ${problems.join('; ')}`);
        progress(`refused: ${problems.join('; ')}`);
        newFindings +=
          problems.filter((p) => p.includes('new finding') || p.includes('did not clear')).length > 0 ? 1 : 0;
        invalid += problems.some((p) => p.includes('no longer validates')) ? 1 : 0;
        unvalidatedFixed += problems.some((p) => p.includes('did not finish validating the fixed')) ? 1 : 0;
        notIdempotent += problems.some((p) => p.includes('second run')) ? 1 : 0;
        for (const f of plan.fixed) row(String(f.finding.result.code)).left += 1;
        continue;
      }
      for (const f of plan.fixed) row(String(f.finding.result.code)).fixed += 1;
      writeFileSync(copy, plan.text);
      changed += 1;
      const again = planFixes(await lintDocument(copy, ruleset));
      if (again.fixed.length > 0 || again.text !== plan.text) {
        notIdempotent += 1;
        refused.push(`${entry.file}: the second run on the written copy changed it again`);
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  const lines = [
    '# fix on the corpus',
    '',
    `Generated by \`${filter === undefined ? 'npm run fix-corpus' : `node scripts/run.mjs scripts/fix-corpus.ts ${filter} --write`}\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${seconds} s: \`fix\` with the recommended ruleset on a copy of each of ${docs.length} documents of \`../shared/corpus\`${filter === undefined ? '' : ` whose path contains \`${filter}\``}.`,
    '',
    '| rule | fixed | left for a person |',
    '|---|---:|---:|',
    ...[...rows.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([rule, r]) => `| ${rule} | ${r.fixed} | ${r.left} |`),
    '',
    `- documents changed: ${changed}; unreadable: ${unreadable}`,
    `- documents whose fix had a new finding (or left a fixed one): ${newFindings} (must be 0)`,
    `- documents made invalid: ${invalid} (must be 0)`,
    `- documents whose own validation (swagger-parser) did not finish in ${VALIDATION_SECONDS} s, so that their fix was checked by the re-lint alone, as \`fix\` does: ${unvalidated}`,
    `- documents whose fix was not written because the validation of the fixed document did not finish in ${VALIDATION_SECONDS} s: ${unvalidatedFixed}`,
    `- documents a second run changed again: ${notIdempotent} (must be 0)`,
    ...(refused.length > 0 ? ['', '## Refused', '', ...refused.map((r) => `- ${r}`)] : []),
    '',
  ];
  const text = lines.join('\n');
  console.log(text);
  if (write) writeFileSync(path.join(ROOT, 'bench', 'FIX.md'), text);
}

run().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
