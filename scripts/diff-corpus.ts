/**
 * The diff on real-looking changes to the corpus's GitHub and Stripe
 * descriptions: in a git repository made for the run, the description is
 * committed, then changed as a pull request would change it (a 409 added to
 * a POST, a 404 removed from a GET, a 200 turned into 2XX, an operation
 * added that declares 201 on a GET, an operation removed), and `diff
 * git:HEAD:<doc> <doc>` must list exactly those status-code changes and new
 * findings only where the change was made. Writes bench/DIFF.md.
 *
 *   npm run build && node scripts/run.mjs scripts/diff-corpus.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { load } from 'js-yaml';
import { main } from '../cli/main';
import type { DiffResult } from '../cli/diff';
import { renderDiffMarkdown } from '../cli/diff-render';

const ROOT = path.join(__dirname, '..');
const { CORPUS } = createRequire(__filename)(path.join(ROOT, 'scripts', 'lib', 'corpus.cjs')) as { CORPUS: string };
const DOCUMENTS = ['github-api.github.com.json', 'stripe-spec3.yaml'];
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
type Obj = Record<string, any>;

interface Planted {
  readonly changes: string[];
  readonly newAt: string[];
}

/** The pull request's edits, on the first operations that fit each; what the diff must list. */
function plant(doc: Obj): Planted {
  const changes: string[] = [];
  const newAt: string[] = [];
  const ops = Object.entries(doc.paths as Obj).flatMap(([p, item]) =>
    METHODS.filter((m) => item?.[m]?.responses !== undefined).map((m) => ({ p, m, op: item[m] as Obj })),
  );
  const post = ops.find(
    (o) => o.m === 'post' && o.op.responses['409'] === undefined && o.op.responses['4XX'] === undefined,
  );
  if (post) {
    post.op.responses['409'] = { description: 'The resource changed meanwhile' };
    changes.push(`${post.m.toUpperCase()} ${post.p}: added 409`);
    newAt.push(post.p);
  }
  const get404 = ops.find(
    (o) => o.m === 'get' && o.op.responses['404'] !== undefined && o.op.responses['200'] !== undefined && o !== post,
  );
  if (get404) {
    delete get404.op.responses['404'];
    changes.push(`${get404.m.toUpperCase()} ${get404.p}: removed 404`);
    newAt.push(get404.p);
  }
  const get200 = ops.find(
    (o) =>
      o.m === 'get' &&
      o.op.responses['200'] !== undefined &&
      o.op.responses['2XX'] === undefined &&
      o !== get404 &&
      o !== post,
  );
  if (get200) {
    get200.op.responses['2XX'] = get200.op.responses['200'];
    delete get200.op.responses['200'];
    changes.push(`${get200.m.toUpperCase()} ${get200.p}: changed 200 -> 2XX`);
    newAt.push(get200.p);
  }
  const removed = ops.find((o) => o.m === 'delete' && o !== post && o !== get404 && o !== get200);
  if (removed) {
    delete doc.paths[removed.p][removed.m];
    changes.push(`${removed.m.toUpperCase()} ${removed.p}: operation removed`);
  }
  doc.paths['/pull-request/new-thing'] = {
    get: { summary: 'A new endpoint', responses: { '200': { description: 'ok' }, '201': { description: 'created' } } },
  };
  changes.push('GET /pull-request/new-thing: operation added');
  newAt.push('/pull-request/new-thing');
  return { changes: changes.sort(), newAt };
}

function listed(diff: DiffResult): string[] {
  return [
    ...diff.codes.map(
      (c) =>
        `${c.operation}: ${c.kind === 'changed' ? `changed ${c.was ?? ''} -> ${c.code ?? ''}` : `${c.kind} ${c.code ?? c.was ?? ''}`}`,
    ),
    ...diff.operations.map((o) => `${o.operation}: operation ${o.kind}`),
  ].sort();
}

async function run(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(`diff-corpus: no corpus at ${CORPUS}; nothing to check.`);
    return;
  }
  const rows: string[] = [];
  const samples: string[] = [];
  let failures = 0;
  for (const name of DOCUMENTS) {
    const repo = mkdtempSync(path.join(os.tmpdir(), 'diff-corpus-'));
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'bench@example.com');
    git('config', 'user.name', 'bench');
    const text = readFileSync(path.join(CORPUS, 'large', name), 'utf8');
    writeFileSync(path.join(repo, name), text);
    git('add', name);
    git('commit', '-qm', 'base');
    const doc = (name.endsWith('.json') ? JSON.parse(text) : load(text)) as Obj;
    const planted = plant(doc);
    writeFileSync(path.join(repo, name), JSON.stringify(doc, null, 2));
    let stdout = '';
    const started = Date.now();
    const code = await main(['diff', `git:HEAD:${name}`, name, '-f', 'json', '-q'], {
      cwd: repo,
      stdout: (t) => (stdout += t),
      stderr: () => undefined,
    });
    const seconds = (Date.now() - started) / 1000;
    const diff = JSON.parse(stdout) as DiffResult;
    const got = listed(diff);
    const exact = JSON.stringify(got) === JSON.stringify(planted.changes);
    const strayNew = diff.findings.new.filter((f) => !planted.newAt.some((p) => f.path[1] === p)).length;
    const markdown = renderDiffMarkdown(diff);
    const ok = exact && strayNew === 0 && markdown.length <= 60_000;
    if (!ok) failures++;
    rows.push(
      `| ${name} | ${planted.changes.length} | ${got.length} | ${exact ? 'yes' : `**no**: ${got.join('; ')}`} | ${diff.findings.new.length} | ${strayNew} | ${diff.findings.fixed.length} | ${diff.findings.unchanged} | ${markdown.length} | ${seconds.toFixed(1)} | ${code} |`,
    );
    console.log(rows[rows.length - 1]);
    samples.push(
      `### ${name}\n\n${markdown
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n')}\n`,
    );
    rmSync(repo, { recursive: true, force: true });
  }
  const lines = [
    '# The diff on real-looking changes to two large descriptions',
    '',
    `Generated by \`node scripts/run.mjs scripts/diff-corpus.ts\` on ${new Date().toISOString().slice(0, 10)}. Each description is committed to a fresh git repository, changed as a pull request would change it (a 409 added to a POST, a 404 removed from a GET, a 200 turned into 2XX, an operation removed, an operation added that declares 201 on a GET), rewritten as JSON, and diffed with \`diff git:HEAD:<doc> <doc>\`.`,
    '',
    '| document | changes planted | changes listed | exactly the planted ones | new findings | new findings outside the changed operations | fixed | unchanged | Markdown characters | seconds | exit |',
    '| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    'The Markdown each diff posts (as a pull-request comment or step summary):',
    '',
    ...samples,
  ];
  writeFileSync(path.join(ROOT, 'bench', 'DIFF.md'), lines.join('\n'));
  if (failures > 0) process.exitCode = 1;
}

void run();
