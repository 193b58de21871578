// The README's screenshot: the status-code map of a real API from the corpus
// (GitHub's REST API description), drawn by the built command and shot in
// headless Chromium (@sparticuz/chromium, driven by puppeteer-core).
//
//   npm run build && node scripts/report-screenshot.cjs
//
// Writes docs/status-map.png (and docs/status-map-details.png, a cell opened),
// and docs/playground.png: the playground (npm run playground) on the sample
// it opens with, a finding's line selected and a squiggle's message shown.
// The map's shots are skipped, with a message, when the corpus is absent;
// `node scripts/report-screenshot.cjs playground` takes the playground's only;
// `... diff` docs/diff-map.png only (the map of a change on the sample).
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const { CORPUS } = require('./lib/corpus.cjs');
const { launchChromium } = require('./lib/chromium.cjs');
const DOCUMENT = path.join(CORPUS, 'large', 'github-api.github.com.json');
// One resource family, so that the picture is legible at a README's width.
const PREFIX = '/repos/{owner}/{repo}/pulls';

/** @param {import('puppeteer-core').Browser} browser */
async function mapShots(browser) {
  if (!fs.existsSync(DOCUMENT)) {
    console.log(`report-screenshot: ${DOCUMENT} is absent; no screenshot of the map taken.`);
    return;
  }
  const html = path.join(os.tmpdir(), 'status-map-github.html');
  const made = spawnSync(
    process.execPath,
    [path.join(ROOT, 'dist', 'bin.cjs'), 'report', DOCUMENT, '--ruleset', '.spectral.yaml', '-o', html],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (!fs.existsSync(html)) throw new Error(`report failed: ${made.stderr}`);
  const page = await browser.newPage();
  await page.goto(`file://${html}`);
  await page.waitForSelector('body[data-rendered="true"]');
  await page.type('#f-prefix', PREFIX);
  await page.evaluate(() => document.querySelector('.scroll')?.scrollIntoView());
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(ROOT, 'docs', 'status-map.png') });
  // A cell opened: the first cell with a missing code in the filtered rows.
  await page.evaluate(() => {
    const cell = document.querySelector('tr.r:not([hidden]) td.s-missing');
    if (!(cell instanceof HTMLElement)) return;
    cell.scrollIntoView({ block: 'center' });
    cell.click();
  });
  await page.screenshot({ path: path.join(ROOT, 'docs', 'status-map-details.png') });
  const ms = await page.evaluate(() => document.body.dataset.renderMs);
  console.log(
    `report-screenshot: wrote docs/status-map.png and docs/status-map-details.png (the map drew in ${ms} ms)`,
  );
}

/** @param {import('puppeteer-core').Browser} browser */
async function playgroundShot(browser) {
  const playground = path.join(ROOT, 'playground', 'dist', 'index.html');
  if (!fs.existsSync(playground)) {
    console.log(
      'report-screenshot: playground/dist/index.html is missing (npm run playground); no playground screenshot.',
    );
    return;
  }
  const tab = await browser.newPage();
  await tab.goto(`file://${playground}`);
  await tab.waitForFunction(() => document.body.dataset.state === 'ready', { timeout: 60000 });
  // A finding's line selected from the list, and the message of another one's squiggle, as a pointer on it shows it.
  await tab.click('#findings li[data-rule="http-status-method-matrix"] button');
  const squiggle = (await tab.$$('.cm-content .cm-lintRange-warning'))[1];
  const box = await squiggle?.boundingBox();
  if (box) {
    await tab.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await tab.waitForSelector('.cm-tooltip-lint', { timeout: 5000 });
  }
  await tab.screenshot({ path: path.join(ROOT, 'docs', 'playground.png') });
  console.log('report-screenshot: wrote docs/playground.png');
}

/**
 * docs/diff-map.png: the map of a change (`diff --format html`) on the
 * sample, with changes planted as a pull request would make them: a code
 * added, a success code removed, an operation added and one removed.
 * @param {import('puppeteer-core').Browser} browser
 */
async function diffShot(browser) {
  const { load, dump } = require('js-yaml');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diff-shot-'));
  const sample = fs.readFileSync(path.join(ROOT, 'fixtures', 'sample-openapi.yaml'), 'utf8');
  /** @type {any} A fixture we wrote (fixtures/sample-openapi.yaml), edited by hand below. */
  const doc = load(sample);
  doc.paths['/orders'].post.responses['409'] = { description: 'Conflict' };
  delete doc.paths['/orders/{id}'].get.responses['200'];
  doc.paths['/stock'] = { get: { responses: { 200: { description: 'ok' } } } };
  delete doc.paths['/orders/{id}/cancel'];
  fs.writeFileSync(path.join(dir, 'base.yaml'), sample);
  fs.writeFileSync(path.join(dir, 'openapi.yaml'), dump(doc));
  const html = path.join(dir, 'diff-map.html');
  const made = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'dist', 'bin.cjs'),
      'diff',
      'base.yaml',
      'openapi.yaml',
      '-f',
      'html',
      '-o',
      html,
      '--fail-on',
      'none',
    ],
    { cwd: dir, encoding: 'utf8' },
  );
  if (!fs.existsSync(html)) throw new Error(`diff failed: ${made.stderr}`);
  const page = await browser.newPage();
  await page.goto(`file://${html}`);
  await page.waitForSelector('body[data-rendered="true"]');
  await page.click('#f-changed');
  await page.click('td.c[data-change="removed"]');
  await page.screenshot({ path: path.join(ROOT, 'docs', 'diff-map.png'), fullPage: true });
  await page.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

async function main() {
  const only = process.argv[2];
  const browser = await launchChromium({ defaultViewport: { width: 1280, height: 900, deviceScaleFactor: 1 } });
  try {
    if (only === 'diff') return await diffShot(browser);
    if (only !== 'playground') await mapShots(browser);
    if (only !== 'playground') await diffShot(browser);
    await playgroundShot(browser);
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
