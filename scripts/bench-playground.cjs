// The playground on the corpus's five large documents: each pasted into the
// page (built by `npm run playground`, opened from disk in headless
// Chromium), the time from the paste to the findings and the map on screen,
// and the findings compared with `spectral lint -f json` on the same text
// (rule, path, message). Writes bench/PLAYGROUND-RESULTS.md.
//
//   npm run build && npm run playground && node scripts/bench-playground.cjs
//
// Tests never assert times; this script reports them. Skips, with a
// message, when the corpus is absent.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const CORPUS = process.env.CORPUS_DIR || path.join(ROOT, '..', 'shared', 'corpus');
const LARGE = ['github-api.github.com.json', 'stripe-spec3.yaml', 'openai-openapi.yaml', 'kubernetes-swagger.json', 'twilio_api_v2010.json'];
const PAGE = path.join(ROOT, 'playground', 'dist', 'index.html');
const SPECTRAL = path.join(ROOT, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');

function cli(file) {
  const out = path.join(os.tmpdir(), `bench-playground-${process.pid}.json`);
  spawnSync(process.execPath, [SPECTRAL, 'lint', file, '--ruleset', '.spectral.yaml', '--format', 'json', '--quiet', '-o', out], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  const results = JSON.parse(fs.readFileSync(out, 'utf8'));
  fs.rmSync(out);
  return results.map((r) => JSON.stringify([r.code, r.path, r.message]));
}

async function main() {
  if (!fs.existsSync(path.join(CORPUS, 'large'))) {
    console.log(`bench-playground: ${CORPUS}/large is absent; nothing to measure.`);
    return;
  }
  if (!fs.existsSync(PAGE)) throw new Error('playground/dist/index.html is missing: run npm run playground first');
  const chromium = require('@sparticuz/chromium').default;
  const puppeteer = require('puppeteer-core').default;
  const browser = await puppeteer.launch({
    executablePath: await chromium.executablePath(),
    headless: true,
    args: [...chromium.args.filter((a) => a !== '--single-process'), '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    defaultViewport: { width: 1400, height: 900 },
    protocolTimeout: 600000,
  });
  const rows = [];
  try {
    const page = await browser.newPage();
    let loaded = false;
    const requests = [];
    page.on('request', (r) => {
      if (loaded) requests.push(r.url());
    });
    await page.goto(`file://${PAGE}`);
    await page.waitForFunction(() => document.body.dataset.state === 'ready', { timeout: 60000 });
    loaded = true;
    for (const name of LARGE) {
      const file = path.join(CORPUS, 'large', name);
      const text = fs.readFileSync(file, 'utf8');
      const before = await page.evaluate(() => Number(document.body.dataset.lintId ?? 0));
      const started = Date.now();
      await page.$eval(
        '#source',
        (t, value) => {
          t.value = value;
          t.dispatchEvent(new Event('input', { bubbles: true }));
        },
        text,
      );
      await page.waitForFunction((id) => document.body.dataset.state === 'ready' && Number(document.body.dataset.lintId) > id, { timeout: 600000, polling: 100 }, before);
      const ms = Date.now() - started;
      const status = await page.$eval('#status', (s) => s.textContent);
      const found = await page.$$eval('#findings li[data-rule]', (items) => items.map((li) => JSON.stringify([li.getAttribute('data-rule'), JSON.parse(li.getAttribute('data-path')), li.querySelector('.message').textContent])));
      const expected = cli(file);
      // A $ref to another file or URL: the CLI follows it (and fails here: no such file, no network);
      // the playground does not, and says so. Those findings differ in their message only.
      const external = (f) => JSON.parse(f)[0] === 'invalid-ref';
      const same = (a, b) => a.length === b.length && a.every((f, i) => f === b[i]);
      const refsHere = found.filter(external);
      const refsThere = expected.filter(external);
      const agree = same(found.filter((f) => !external(f)), expected.filter((f) => !external(f))) && refsHere.length === refsThere.length && refsHere.every((f, i) => JSON.stringify(JSON.parse(f).slice(0, 2)) === JSON.stringify(JSON.parse(refsThere[i]).slice(0, 2)) && JSON.parse(f)[2].includes('the playground lints one document'));
      const row = { name, bytes: Buffer.byteLength(text), findings: found.length, expected: expected.length, refs: refsHere.length, ms, status, agree };
      rows.push(row);
      console.log(`${name}: ${(row.bytes / 1e6).toFixed(1)} MB, ${row.findings} findings (CLI ${row.expected}, ${agree ? 'the same' : 'DIFFERENT'}), ${ms} ms from paste to findings and map (${status})`);
    }
    if (requests.length > 0) console.log(`requests after load: ${requests.join(', ')}`);
    rows.requests = requests.length;
  } finally {
    await browser.close();
  }
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    '# The playground on the large corpus documents',
    '',
    `Generated by \`node scripts/bench-playground.cjs\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${cpu}, headless Chromium from \`@sparticuz/chromium\`, the page opened from disk. Each document is pasted into the editor (one after the other in the same page); "paste to findings" runs from the paste to the findings and the status-code map on screen: the debounce (300 ms), the lint in the Web Worker and the drawing. The findings are compared with \`spectral lint -f json\` on the same file (rule, path, message, in order); \`invalid-ref\` findings for \`$ref\`s to other files or URLs are compared by rule and path only, since the CLI tries to read them (and says why it could not) while the playground says it does not follow them. Requests after the page loaded: ${rows.requests}. The target for GitHub's description: under 10 s.`,
    '',
    '| document | MB | findings | `spectral lint` findings | of which external `$ref`s | the same | paste to findings ms | the page\'s status line |',
    '|---|--:|--:|--:|--:|---|--:|---|',
    ...rows.map((r) => `| ${r.name} | ${(r.bytes / 1e6).toFixed(1)} | ${r.findings} | ${r.expected} | ${r.refs} | ${r.agree ? 'yes' : 'no'} | ${r.ms} | ${r.status} |`),
    '',
  ];
  fs.writeFileSync(path.join(ROOT, 'bench', 'PLAYGROUND-RESULTS.md'), lines.join('\n'));
  console.log('wrote bench/PLAYGROUND-RESULTS.md');
  if (rows.some((r) => !r.agree) || rows.requests > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
