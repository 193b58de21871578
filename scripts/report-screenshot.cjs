// The README's screenshot: the status-code map of a real API from the corpus
// (GitHub's REST API description), drawn by the built command and shot in
// headless Chromium (@sparticuz/chromium, driven by puppeteer-core).
//
//   npm run build && node scripts/report-screenshot.cjs
//
// Writes docs/status-map.png (and docs/status-map-details.png, a cell opened),
// and docs/playground.png: the playground (npm run playground) with its
// Swagger 2.0 sample.
// Skips, with a message, when the corpus is absent.
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

async function main() {
  if (!fs.existsSync(DOCUMENT)) {
    console.log(`report-screenshot: ${DOCUMENT} is absent; no screenshot taken.`);
    return;
  }
  const html = path.join(os.tmpdir(), 'status-map-github.html');
  const made = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'bin.cjs'), 'report', DOCUMENT, '--ruleset', '.spectral.yaml', '-o', html], { cwd: ROOT, encoding: 'utf8' });
  if (!fs.existsSync(html)) throw new Error(`report failed: ${made.stderr}`);
  const browser = await launchChromium({ defaultViewport: { width: 1280, height: 900, deviceScaleFactor: 1 } });
  try {
    const page = await browser.newPage();
    await page.goto(`file://${html}`);
    await page.waitForSelector('body[data-rendered="true"]');
    await page.type('#f-prefix', PREFIX);
    await page.evaluate(() => document.querySelector('.scroll')?.scrollIntoView());
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(ROOT, 'docs', 'status-map.png') });
    // A cell opened: the first cell with a missing code in the filtered rows.
    await page.evaluate(() => {
      const cell = Array.from(document.querySelectorAll('tr.r:not([hidden]) td.s-missing'))[0];
      cell?.scrollIntoView({ block: 'center' });
      cell?.click();
    });
    await page.screenshot({ path: path.join(ROOT, 'docs', 'status-map-details.png') });
    const ms = await page.evaluate(() => document.body.dataset.renderMs);
    console.log(`report-screenshot: wrote docs/status-map.png and docs/status-map-details.png (the map drew in ${ms} ms)`);
    const playground = path.join(ROOT, 'playground', 'dist', 'index.html');
    if (!fs.existsSync(playground)) {
      console.log('report-screenshot: playground/dist/index.html is missing (npm run playground); no playground screenshot.');
      return;
    }
    const tab = await browser.newPage();
    await tab.goto(`file://${playground}`);
    await tab.waitForFunction(() => document.body.dataset.state === 'ready', { timeout: 60000 });
    const before = await tab.evaluate(() => Number(document.body.dataset.lintId));
    await tab.select('#sample', 'swagger');
    await tab.waitForFunction((id) => document.body.dataset.state === 'ready' && Number(document.body.dataset.lintId) > id, { timeout: 60000 }, before);
    await tab.click('#findings li[data-rule="http-status-method-matrix"] button');
    await tab.screenshot({ path: path.join(ROOT, 'docs', 'playground.png') });
    console.log('report-screenshot: wrote docs/playground.png');
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
