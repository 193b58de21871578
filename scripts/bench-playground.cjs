// The playground on the corpus's five large documents, in headless Chromium
// (the page built by `npm run playground`, opened from disk):
//
// - paste to findings: each document pasted into the editor (select all,
//   then a paste event carrying the text), the time until its findings and
//   map are on screen; the findings are compared with `spectral lint -f
//   json` on the same text (rule, path, message);
// - a keystroke on Stripe's description (4 MB): one character typed at a
//   line in the middle of the document, the time from the key press until
//   the next frame has been drawn; the same on a bare <textarea> holding
//   the same text, the floor a browser gives any editor of this size.
//
// Other builds of the page can be measured beside this one, in turns
// (`--page label=path`, repeated; `--rounds N`): each round measures every
// page and the bare textarea, in an order that alternates from round to
// round, so that a machine busy with something else slows them alike. The
// figures are medians over the rounds (keystrokes: over every keystroke of
// every round). Writes bench/PLAYGROUND-RESULTS.md.
//
//   npm run build && npm run playground && node scripts/bench-playground.cjs
//   node scripts/bench-playground.cjs --rounds 3 --page before=/tmp/old/index.html --page after=playground/dist/index.html
//
// Tests never assert times; this script reports them. Skips, with a
// message, when the corpus is absent.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

const ROOT = path.join(__dirname, '..');
const { CORPUS, LARGE } = require('./lib/corpus.cjs');
const { launchChromium } = require('./lib/chromium.cjs');
const { median } = require('./lib/median.cjs');
const { need } = require('./lib/need.cjs');
const PAGE = path.join(ROOT, 'playground', 'dist', 'index.html');
const SPECTRAL = path.join(ROOT, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');
/** The document typed into, and how many keystrokes a round types. */
const TYPED = 'stripe-spec3.yaml';
const KEYSTROKES = 7;

/** @typedef {Window & { playground?: { view?: import('@codemirror/view').EditorView } }} PlaygroundWindow The page's window: playground/src/main.ts sets `window.playground`. */
/** @typedef {{ paste: Map<string, number[]>, status: Map<string, string | null>, found: Map<string, string[]>, keystrokes: number[] }} PageResults */
/** @typedef {import('puppeteer-core').Page} Page */
/** @typedef {import('puppeteer-core').Browser} Browser */
/** @typedef {{ label: string, file: string }} Target A build of the page to measure. */
/** @typedef {{ paste: (name: string, ms: number, status: string | null, found: string[]) => void, keystroke: (ms: number) => void, keystrokes: () => number[] }} Recorder */

/** @param {string[]} argv */
function options(argv) {
  /** @type {Target[]} */
  const pages = [];
  let rounds = 1;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--rounds') rounds = Number(argv[++i]);
    else if (argv[i] === '--page') {
      const value = argv[++i];
      if (value === undefined || !value.includes('=')) throw new Error('--page takes label=path');
      const [label = '', file = ''] = value.split(/=(.*)/s);
      pages.push({ label, file: path.resolve(file) });
    } else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!(rounds >= 1)) throw new Error('--rounds takes a number from 1');
  return { rounds, pages: pages.length > 0 ? pages : [{ label: 'this build', file: PAGE }] };
}

/**
 * @param {string} file
 * @returns {string[]}
 */
function cli(file) {
  const out = path.join(os.tmpdir(), `bench-playground-${process.pid}.json`);
  spawnSync(
    process.execPath,
    [SPECTRAL, 'lint', file, '--ruleset', '.spectral.yaml', '--format', 'json', '--quiet', '-o', out],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  const results = JSON.parse(fs.readFileSync(out, 'utf8'));
  fs.rmSync(out);
  return results.map((/** @type {import('@stoplight/spectral-core').ISpectralDiagnostic} */ r) =>
    JSON.stringify([r.code, r.path, r.message]),
  );
}

/**
 * The editor of a page: a CodeMirror view (the playground exposes it as
 * `window.playground.view`), or a <textarea> (the playground before
 * CodeMirror, and the bare textarea), driven each its own way.
 * @param {Page} page
 * @returns {Promise<{ kind: string, paste: (text: string) => Promise<void>, caretAt: (at: number) => Promise<void> }>}
 */
async function editorOf(page) {
  const kind = await page.evaluate(() =>
    /** @type {PlaygroundWindow} */ (window).playground?.view !== undefined ? 'codemirror' : 'textarea',
  );
  if (kind === 'codemirror') {
    return {
      kind,
      paste: async (text) => {
        await page.focus('.cm-content');
        await page.keyboard.down('Control');
        await page.keyboard.press('a');
        await page.keyboard.up('Control');
        await page.$eval(
          '.cm-content',
          (content, value) => {
            const data = new DataTransfer();
            data.setData('text/plain', value);
            content.dispatchEvent(
              new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
            );
          },
          text,
        );
      },
      caretAt: (at) =>
        page.evaluate((pos) => {
          const view = /** @type {PlaygroundWindow} */ (window).playground?.view;
          if (view === undefined) throw new Error('the page has no CodeMirror view');
          view.focus();
          view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
        }, at),
    };
  }
  return {
    kind,
    paste: (text) =>
      page.$eval(
        'textarea',
        (t, value) => {
          t.value = value;
          t.dispatchEvent(new Event('input', { bubbles: true }));
        },
        text,
      ),
    caretAt: (at) =>
      page.$eval(
        'textarea',
        (t, pos) => {
          t.focus();
          t.setSelectionRange(pos, pos);
          // Where the caret is: the textarea scrolls to it on the first keystroke, the editor on being told.
          t.blur();
          t.focus();
        },
        at,
      ),
  };
}

/** One character typed, until the next frame is drawn (a frame, then a task after it). */
/** @param {Page} page */
async function keystroke(page) {
  const started = performance.now();
  await page.keyboard.type('x');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  return performance.now() - started;
}

/** Where to type: the end of a `description:` line in the middle of the document, so that it stays valid YAML. */
/** @param {string} text */
function typingPoint(text) {
  const at = text.indexOf('description: ', text.length >> 1);
  return text.indexOf('\n', at);
}

const settled = (/** @type {Page} */ page, /** @type {number} */ before) =>
  page.waitForFunction(
    (id) => document.body.dataset.state === 'ready' && Number(document.body.dataset.lintId) > id,
    { timeout: 600000, polling: 100 },
    before,
  );

/** One page, one round: every large document pasted, and keystrokes on Stripe's. */
/**
 * @param {Browser} browser
 * @param {Target} target
 * @param {ReadonlyMap<string, string>} texts
 * @param {Recorder} record
 * @param {string[]} requests
 */
async function measurePage(browser, target, texts, record, requests) {
  const page = await browser.newPage();
  let loaded = false;
  // blob: (a fresh lint worker, from the page's own source) and data: (the editor's squiggles) never leave the page.
  page.on('request', (r) => {
    if (loaded && !/^(blob|data):/.test(r.url())) requests.push(r.url());
  });
  try {
    await page.goto(`file://${target.file}`);
    await page.waitForFunction(() => document.body.dataset.state === 'ready', { timeout: 60000 });
    loaded = true;
    const editor = await editorOf(page);
    for (const name of LARGE) {
      const text = need(texts, name);
      const before = await page.evaluate(() => Number(document.body.dataset.lintId ?? 0));
      const started = performance.now();
      await editor.paste(text);
      await settled(page, before);
      const ms = performance.now() - started;
      const status = await page.$eval('#status', (s) => s.textContent);
      const found = await page.$$eval('#findings li[data-rule]', (items) =>
        items.map((li) =>
          JSON.stringify([
            li.getAttribute('data-rule'),
            JSON.parse(li.getAttribute('data-path') ?? 'null'),
            li.querySelector('.message')?.textContent,
          ]),
        ),
      );
      record.paste(name, ms, status, found);
      console.log(`${target.label}: ${name} pasted, ${Math.round(ms)} ms to ${found.length} findings (${status})`);
      if (name !== TYPED) continue;
      await editor.caretAt(typingPoint(text));
      for (let i = 0; i < KEYSTROKES; i++) {
        // Each keystroke from a page at rest: the lint the last one started has finished and been drawn.
        const id = await page.evaluate(() => Number(document.body.dataset.lintId ?? 0));
        const ms = await keystroke(page);
        record.keystroke(ms);
        await settled(page, id);
      }
      console.log(`${target.label}: keystrokes on ${name}: ${record.keystrokes().map(Math.round).join(', ')} ms`);
    }
  } finally {
    await page.close();
  }
}

/** The floor: a bare <textarea>, styled as an editor, holding Stripe's text. */
/**
 * @param {Browser} browser
 * @param {string} text
 * @param {number[]} times
 */
async function measureBare(browser, text, times) {
  const page = await browser.newPage();
  try {
    await page.setContent(
      '<!doctype html><body style="margin:0"><textarea spellcheck="false" wrap="off" style="width:100vw;height:100vh;box-sizing:border-box;border:0;font:13px/18px monospace;white-space:pre"></textarea>',
    );
    await page.$eval('textarea', (t, value) => (t.value = value), text);
    const editor = await editorOf(page);
    await editor.caretAt(typingPoint(text));
    for (let i = 0; i < KEYSTROKES; i++) times.push(await keystroke(page));
    console.log(`bare textarea: keystrokes: ${times.slice(-KEYSTROKES).map(Math.round).join(', ')} ms`);
  } finally {
    await page.close();
  }
}

async function main() {
  const { rounds, pages } = options(process.argv.slice(2));
  if (!fs.existsSync(path.join(CORPUS, 'large'))) {
    console.log(`bench-playground: ${CORPUS}/large is absent; nothing to measure.`);
    return;
  }
  for (const p of pages)
    if (!fs.existsSync(p.file))
      throw new Error(`${p.file} is missing${p.file === PAGE ? ': run npm run playground first' : ''}`);
  const texts = new Map(LARGE.map((name) => [name, fs.readFileSync(path.join(CORPUS, 'large', name), 'utf8')]));
  const results = new Map(
    pages.map((p) => [
      p.label,
      /** @type {PageResults} */ ({ paste: new Map(), status: new Map(), found: new Map(), keystrokes: [] }),
    ]),
  );
  /** @type {number[]} */
  const bare = [];
  /** @type {string[]} */
  const requests = [];
  const browser = await launchChromium({ protocolTimeout: 900000 });
  try {
    for (let round = 0; round < rounds; round++) {
      /** @type {Array<(typeof pages)[number] | 'bare'>} */
      const order = [...pages, 'bare'];
      if (round % 2 === 1) order.reverse();
      console.log(
        `round ${round + 1} of ${rounds}: ${order.map((o) => (o === 'bare' ? 'bare textarea' : o.label)).join(', ')}`,
      );
      for (const item of order) {
        if (item === 'bare') {
          await measureBare(browser, need(texts, TYPED), bare);
          continue;
        }
        const r = need(results, item.label);
        /** @type {number[]} */
        const mine = [];
        await measurePage(
          browser,
          item,
          texts,
          {
            paste: (name, ms, status, found) => {
              if (!r.paste.has(name)) r.paste.set(name, []);
              need(r.paste, name).push(ms);
              r.status.set(name, status);
              r.found.set(name, found);
            },
            keystroke: (ms) => {
              mine.push(ms);
              r.keystrokes.push(ms);
            },
            keystrokes: () => mine,
          },
          requests,
        );
      }
    }
  } finally {
    await browser.close();
  }

  // A $ref to another file or URL: the CLI follows it (and fails here: no such file, no network);
  // the playground does not, and says so. Those findings differ in their message only.
  const external = (/** @type {string} */ f) => JSON.parse(f)[0] === 'invalid-ref';
  const same = (/** @type {string[]} */ a, /** @type {string[]} */ b) =>
    a.length === b.length && a.every((f, i) => f === b[i]);
  const rows = [];
  for (const name of LARGE) {
    const expected = cli(path.join(CORPUS, 'large', name));
    for (const p of pages) {
      const r = need(results, p.label);
      const found = need(r.found, name);
      const refsHere = found.filter(external);
      const refsThere = expected.filter(external);
      const agree =
        same(
          found.filter((f) => !external(f)),
          expected.filter((f) => !external(f)),
        ) &&
        refsHere.length === refsThere.length &&
        refsHere.every(
          (f, i) =>
            JSON.stringify(JSON.parse(f).slice(0, 2)) ===
              JSON.stringify(JSON.parse(/** @type {string} as many as refsHere */ (refsThere[i])).slice(0, 2)) &&
            JSON.parse(f)[2].includes('the playground lints one document'),
        );
      rows.push({
        page: p.label,
        name,
        bytes: Buffer.byteLength(need(texts, name)),
        findings: found.length,
        expected: expected.length,
        refs: refsHere.length,
        ms: median(need(r.paste, name)),
        all: need(r.paste, name),
        status: r.status.get(name),
        agree,
      });
    }
  }
  const ms = (/** @type {number} */ n) => String(Math.round(n));
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    '# The playground on the large corpus documents',
    '',
    `Generated by \`node scripts/bench-playground.cjs${
      process.argv.length > 2
        ? ` ${process.argv
            .slice(2)
            .map((a) => a.replace(ROOT + path.sep, ''))
            .join(' ')}`
        : ''
    }\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${cpu}, headless Chromium from \`@sparticuz/chromium\`, each page opened from disk, ${rounds} round${rounds === 1 ? '' : 's'} (each round measures every page and the bare textarea, in an order that alternates from round to round). Requests after a page loaded: ${requests.length}.`,
    '',
    "## A keystroke on Stripe's description (4.2 MB)",
    '',
    `One character typed at the end of a \`description:\` line in the middle of the document, from the key press (puppeteer's \`keyboard.type\`) until the next frame has been drawn (a \`requestAnimationFrame\`, then a task after it); ${KEYSTROKES} keystrokes a round, each from a page at rest (the lint the previous keystroke started has finished and been drawn). The bare textarea is a page with nothing but a \`<textarea>\` holding the same text: what any editor of this size costs a browser at least. Median (and range) over every keystroke.`,
    '',
    '| editor | keystroke ms, median | range | keystrokes | × the bare textarea |',
    '|---|--:|--:|--:|--:|',
    `| bare textarea | ${ms(median(bare))} | ${ms(Math.min(...bare))}-${ms(Math.max(...bare))} | ${bare.length} | 1.0 |`,
    ...pages.map((p) => {
      const k = need(results, p.label).keystrokes;
      return `| ${p.label} | ${ms(median(k))} | ${ms(Math.min(...k))}-${ms(Math.max(...k))} | ${k.length} | ${(median(k) / median(bare)).toFixed(2)} |`;
    }),
    '',
    '## Paste to findings',
    '',
    'Each document pasted into the editor (one after the other in the same page: select all, then a paste event carrying the text; into a textarea, its value set and an `input` event); "paste to findings" runs from the paste to the findings and the status-code map on screen: the lint in the Web Worker and the drawing. The findings are compared with `spectral lint -f json` on the same file (rule, path, message, in order); `invalid-ref` findings for `$ref`s to other files or URLs are compared by rule and path only, since the CLI tries to read them (and says why it could not) while the playground says it does not follow them. The target for GitHub\'s description: under 10 s.',
    '',
    `| ${pages.length > 1 ? 'page | ' : ''}document | MB | findings | \`spectral lint\` findings | of which external \`$ref\`s | the same | paste to findings ms, median | each round | the page's status line (last round) |`,
    `|${pages.length > 1 ? '---|' : ''}---|--:|--:|--:|--:|---|--:|--:|---|`,
    ...rows.map(
      (r) =>
        `| ${pages.length > 1 ? `${r.page} | ` : ''}${r.name} | ${(r.bytes / 1e6).toFixed(1)} | ${r.findings} | ${r.expected} | ${r.refs} | ${r.agree ? 'yes' : 'no'} | ${ms(r.ms)} | ${r.all.map(ms).join(', ')} | ${r.status} |`,
    ),
    '',
  ];
  fs.writeFileSync(path.join(ROOT, 'bench', 'PLAYGROUND-RESULTS.md'), lines.join('\n'));
  console.log('wrote bench/PLAYGROUND-RESULTS.md');
  if (requests.length > 0) console.log(`requests after load: ${requests.join(', ')}`);
  if (rows.some((r) => !r.agree) || requests.length > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
