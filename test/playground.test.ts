/**
 * The playground (playground/dist/index.html, built by `npm run playground`)
 * in a real headless Chromium, opened from disk: each sample, a pasted
 * document, a dropped and an opened file, an edit typed in the editor and
 * the mode switch, each checked against what `spectral lint -f json` says of
 * the same text in the same mode (rule, path, message). No request may
 * leave the page once it has loaded. Screenshots of each state are written
 * under .tmp/playground/ for a person to look at.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchBrowser } from './helpers/browser';

const ROOT = path.join(__dirname, '..');
const PAGE = path.join(ROOT, 'playground', 'dist', 'index.html');
const OUT = path.join(ROOT, '.tmp', 'playground');
const SPECTRAL = path.join(ROOT, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');

type Finding = readonly [string, string, string];

let browser: Browser;
let page: Page;
let work: string;
const requests: Array<{ url: string; afterLoad: boolean }> = [];
let loaded = false;

/** What the Spectral CLI says of a text, with this package's ruleset in a mode. */
function cliFindings(text: string, mode: 'default' | 'strict'): Finding[] {
  const file = path.join(work, 'openapi.yaml');
  writeFileSync(file, text);
  const ruleset = path.join(work, `${mode}.spectral.yaml`);
  const run = spawnSync(process.execPath, [SPECTRAL, 'lint', file, '--ruleset', ruleset, '--format', 'json', '--quiet'], { cwd: work, encoding: 'utf8' });
  const results = JSON.parse(run.stdout || '[]') as Array<{ code: string; path: string[]; message: string }>;
  return results.map((r) => [r.code, JSON.stringify(r.path), r.message]);
}

/** The findings the page lists. */
async function pageFindings(): Promise<Finding[]> {
  return page.$$eval('#findings li[data-rule]', (items) => items.map((li) => [li.getAttribute('data-rule') ?? '', li.getAttribute('data-path') ?? '', li.querySelector('.message')?.textContent ?? ''] as const));
}

/** Waits for the lint after `action` to finish. */
async function linted(action: () => Promise<unknown>): Promise<void> {
  const before = await page.evaluate(() => Number(document.body.dataset.lintId ?? 0));
  await action();
  await page.waitForFunction((id: number) => document.body.dataset.state === 'ready' && Number(document.body.dataset.lintId) > id, { timeout: 60000 }, before);
}

const editorText = (): Promise<string> => page.$eval('#source', (t) => (t as HTMLTextAreaElement).value);
const paste = (text: string) =>
  linted(() =>
    page.$eval(
      '#source',
      (t, value) => {
        const area = t as HTMLTextAreaElement;
        area.value = value as string;
        area.dispatchEvent(new Event('input', { bubbles: true }));
      },
      text,
    ),
  );
const shot = (name: string) => page.screenshot({ path: path.join(OUT, `${name}.png`) });

beforeAll(async () => {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-playground.mjs')], { cwd: ROOT, stdio: 'pipe' });
  mkdirSync(OUT, { recursive: true });
  work = mkdtempSync(path.join(os.tmpdir(), 'playground-'));
  writeFileSync(path.join(work, 'default.spectral.yaml'), `extends:\n  - ${JSON.stringify(path.join(ROOT, 'dist', 'index.cjs'))}\n`);
  writeFileSync(path.join(work, 'strict.spectral.yaml'), `extends:\n  - ${JSON.stringify(path.join(ROOT, 'dist', 'strict.cjs'))}\n`);
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('request', (request) => {
    if (request.url() !== `file://${PAGE}`) requests.push({ url: request.url(), afterLoad: loaded });
  });
  await page.goto(`file://${PAGE}`);
  await page.waitForFunction(() => document.body.dataset.state === 'ready', { timeout: 60000 });
  loaded = true;
}, 120000);

afterAll(async () => {
  await browser?.close();
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

describe('the samples, in both modes, as the CLI lints them', () => {
  test.each([
    ['level3', 'fixtures/level3-example.yaml'],
    ['swagger', 'fixtures/report/swagger-2.0.yaml'],
    ['webhooks', 'fixtures/report/openapi-3.1-webhooks.yaml'],
  ])('%s', async (sample, fixture) => {
    if ((await page.$eval('#mode', (s) => (s as HTMLSelectElement).value)) !== 'default') await linted(() => page.select('#mode', 'default'));
    if ((await page.$eval('#sample', (s) => (s as HTMLSelectElement).value)) !== sample) await linted(() => page.select('#sample', sample));
    const text = await editorText();
    expect(text).toBe(readFileSync(path.join(ROOT, fixture), 'utf8'));
    expect(await pageFindings()).toEqual(cliFindings(text, 'default'));
    await shot(`sample-${sample}-default`);
    await linted(() => page.select('#mode', 'strict'));
    const strict = await pageFindings();
    expect(strict).toEqual(cliFindings(text, 'strict'));
    await shot(`sample-${sample}-strict`);
    await linted(() => page.select('#mode', 'default'));
  });
});

describe('the editor', () => {
  test('a pasted document is linted, and its map drawn', async () => {
    const text = readFileSync(path.join(ROOT, 'fixtures', 'sample-openapi.yaml'), 'utf8');
    await paste(text);
    expect(await page.$eval('#sample', (s) => (s as HTMLSelectElement).value)).toBe('');
    const found = await pageFindings();
    expect(found).toEqual(cliFindings(text, 'default'));
    expect(found).toHaveLength(7);
    expect(await page.$$eval('#map-root td.c[data-findings]:not([data-findings=""])', (tds) => tds.length)).toBeGreaterThan(0);
    expect(await page.$eval('#status', (s) => s.textContent)).toMatch(/^7 findings \(2 error, 5 warn\), default mode, in \d+ ms$/);
    await shot('pasted');
  });

  test('an edit typed in the editor changes the findings, as it changes the CLI\'s', async () => {
    await paste(readFileSync(path.join(ROOT, 'fixtures', 'report', 'swagger-2.0.yaml'), 'utf8'));
    const before = await pageFindings();
    expect(before.map((f) => f[0])).toContain('http-status-method-matrix');
    // Select the '201' key of GET /pets (line 23) and type 200 over it... as a user would: 201 -> 204.
    await page.$eval('#source', (t) => {
      const area = t as HTMLTextAreaElement;
      const at = area.value.indexOf("'201':\n          description: Not what GET answers");
      area.focus();
      area.setSelectionRange(at + 1, at + 4);
    });
    // A filter set on the map stays set when the map is drawn again.
    await page.$eval('#map-root #f-prefix', (input) => {
      (input as HTMLInputElement).value = '/pets';
      input.dispatchEvent(new Event('input'));
    });
    await page.$eval('#source', (t) => {
      const area = t as HTMLTextAreaElement;
      const at = area.value.indexOf("'201':\n          description: Not what GET answers");
      area.focus();
      area.setSelectionRange(at + 1, at + 4);
    });
    await linted(() => page.keyboard.type('204'));
    expect(await page.$eval('#map-root #f-prefix', (input) => (input as HTMLInputElement).value)).toBe('/pets');
    await page.$eval('#map-root #f-prefix', (input) => {
      (input as HTMLInputElement).value = '';
      input.dispatchEvent(new Event('input'));
    });
    const text = await editorText();
    expect(text).toContain("'204':\n          description: Not what GET answers");
    const after = await pageFindings();
    expect(after).not.toEqual(before);
    expect(after).toEqual(cliFindings(text, 'default'));
    await shot('typed');
  });

  test('a file dropped on the editor, and a file opened, are linted', async () => {
    const text = readFileSync(path.join(ROOT, 'fixtures', 'warnings-only.yaml'), 'utf8');
    await linted(() =>
      page.$eval(
        '#editor-pane',
        (pane, value) => {
          const data = new DataTransfer();
          data.items.add(new File([value as string], 'dropped.yaml', { type: 'application/yaml' }));
          pane.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
        },
        text,
      ),
    );
    expect(await page.evaluate(() => document.body.dataset.file)).toBe('dropped.yaml');
    expect(await editorText()).toBe(text);
    expect(await pageFindings()).toEqual(cliFindings(text, 'default'));
    await shot('dropped');
    const opened = path.join(work, 'opened.yaml');
    writeFileSync(opened, readFileSync(path.join(ROOT, 'fixtures', 'clean-swagger-2.0.yaml')));
    const input = await page.$('#file');
    await linted(() => (input as unknown as { uploadFile(file: string): Promise<void> }).uploadFile(opened));
    expect(await page.evaluate(() => document.body.dataset.file)).toBe('opened.yaml');
    expect(await pageFindings()).toEqual(cliFindings(readFileSync(opened, 'utf8'), 'default'));
  });

  test('a finding, in the list or in a cell of the map, selects its line in the editor', async () => {
    await paste(readFileSync(path.join(ROOT, 'fixtures', 'sample-openapi.yaml'), 'utf8'));
    await page.click('#findings li[data-rule="http-status-no-body"] button');
    expect(await page.evaluate(() => document.body.dataset.selectedLine)).toBe('86');
    const selected = await page.$eval('#source', (t) => {
      const area = t as HTMLTextAreaElement;
      return area.value.slice(area.selectionStart, area.selectionEnd);
    });
    expect(selected).toBe('          content:');
    await page.click('#map-root td.s-forbidden');
    await page.click('#map-root #details li.finding .message');
    expect(await page.evaluate(() => document.body.dataset.selectedLine)).toBe('25');
    await shot('cell-to-line');
  });

  test('a $ref to another file is not followed: a finding says why, and nothing is requested', async () => {
    const text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          $ref: 'shared.yaml#/components/responses/Ok'\n        '404':\n          $ref: 'https://example.com/responses.yaml#/NotFound'\n";
    await paste(text);
    const found = await pageFindings();
    const refs = found.filter((f) => f[0] === 'invalid-ref');
    expect(refs.length).toBe(2);
    for (const [, , message] of refs) expect(message).toContain('the playground lints one document');
  });
});

test('no request leaves the page once it has loaded (the worker is started from the page itself, before)', () => {
  expect(requests.filter((r) => r.afterLoad)).toEqual([]);
  expect(requests.every((r) => r.url.startsWith('blob:'))).toBe(true);
});
