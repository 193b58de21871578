/**
 * The playground (playground/dist/index.html, built by `npm run playground`)
 * in a real headless Chromium, opened from disk: each sample, a pasted
 * document, a dropped and an opened file, an edit typed in the editor and
 * the mode switch, each checked against what `spectral lint -f json` says of
 * the same text in the same mode (rule, path, message); the findings in the
 * editor (CodeMirror's diagnostics), its line numbers, characters that hide
 * or reorder text; a lint stopped by a newer text or by the time limit. No
 * request may leave the page once it has loaded. Screenshots of each state
 * are written under .tmp/playground/ for a person to look at.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { uninert, visible } from '../functions/lib/quote';
import { launchBrowser } from './helpers/browser';

const ROOT = path.join(__dirname, '..');
const PAGE = path.join(ROOT, 'playground', 'dist', 'index.html');
const OUT = path.join(ROOT, '.tmp', 'playground');
const SPECTRAL = path.join(ROOT, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');

type Finding = readonly [string, string, string];

/** What the page exposes for tests (playground/src/main.ts), as far as these tests use it. */
interface PlaygroundHandle {
  readonly view: {
    readonly state: {
      readonly doc: { toString(): string; readonly length: number; readonly lines: number };
      readonly selection: { readonly main: { readonly from: number; readonly to: number } };
      sliceDoc(from: number, to: number): string;
    };
    dispatch(spec: { selection?: { anchor: number; head?: number }; scrollIntoView?: boolean }): void;
    focus(): void;
  };
  diagnostics(): Array<{ line: number; from: number; to: number; severity: string; source: string; message: string }>;
  readonly stopped: number;
}
declare global {
  interface Window {
    playground: PlaygroundHandle;
    playgroundLintTimeoutMs?: unknown;
    playgroundFixTamper?: unknown;
  }
}

let browser: Browser;
let page: Page;
let work: string;
const requests: Array<{ url: string }> = [];
let opening: { sample: string; findings: number; diagnostics: number };

/** What the Spectral CLI says of a text, with this package's ruleset in a mode; messages as the page shows them. */
function cliFindings(text: string, mode: 'default' | 'strict'): Finding[] {
  const file = path.join(work, 'openapi.yaml');
  writeFileSync(file, text);
  const ruleset = path.join(work, `${mode}.spectral.yaml`);
  const run = spawnSync(
    process.execPath,
    [SPECTRAL, 'lint', file, '--ruleset', ruleset, '--format', 'json', '--quiet'],
    { cwd: work, encoding: 'utf8' },
  );
  const results = JSON.parse(run.stdout || '[]') as Array<{ code: string; path: string[]; message: string }>;
  return results.map((r) => [r.code, JSON.stringify(r.path), visible(uninert(r.message))]);
}

/** The findings the page lists. */
async function pageFindings(on: Page = page): Promise<Finding[]> {
  return on.$$eval('#findings li[data-rule]', (items) =>
    items.map(
      (li) =>
        [
          li.getAttribute('data-rule') ?? '',
          li.getAttribute('data-path') ?? '',
          li.querySelector('.message')?.textContent ?? '',
        ] as const,
    ),
  );
}

/** Waits for the lint after `action` to finish. */
async function linted(action: () => Promise<unknown>, on: Page = page): Promise<void> {
  const before = await on.evaluate(() => Number(document.body.dataset.lintId ?? 0));
  await action();
  await on.waitForFunction(
    (id: number) => document.body.dataset.state === 'ready' && Number(document.body.dataset.lintId) > id,
    { timeout: 60000 },
    before,
  );
}

const editorText = (on: Page = page): Promise<string> => on.evaluate(() => window.playground.view.state.doc.toString());

/** Pastes `text` over the whole document, as a person does: select all, then paste (a paste event with the text on its clipboard). */
async function pasteOver(text: string, on: Page = page): Promise<void> {
  await on.focus('.cm-content');
  await on.keyboard.down('Control');
  await on.keyboard.press('a');
  await on.keyboard.up('Control');
  await on.$eval(
    '.cm-content',
    (content, value) => {
      const data = new DataTransfer();
      data.setData('text/plain', value);
      content.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    text,
  );
}
const paste = (text: string, on: Page = page) => linted(() => pasteOver(text, on), on);
const shot = (name: string, on: Page = page) => on.screenshot({ path: path.join(OUT, `${name}.png`) });

/** Selects `[from, to)` of the editor's text. */
const select = (from: number, to: number) =>
  page.evaluate(
    (a: number, b: number) => {
      window.playground.view.focus();
      window.playground.view.dispatch({ selection: { anchor: a, head: b }, scrollIntoView: true });
    },
    from,
    to,
  );

beforeAll(async () => {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-playground.mjs')], { cwd: ROOT, stdio: 'pipe' });
  mkdirSync(OUT, { recursive: true });
  work = mkdtempSync(path.join(os.tmpdir(), 'playground-'));
  writeFileSync(
    path.join(work, 'default.spectral.yaml'),
    `extends:\n  - ${JSON.stringify(path.join(ROOT, 'dist', 'index.cjs'))}\n`,
  );
  writeFileSync(
    path.join(work, 'strict.spectral.yaml'),
    `extends:\n  - ${JSON.stringify(path.join(ROOT, 'dist', 'strict.cjs'))}\n`,
  );
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('request', (request) => {
    if (request.url() !== `file://${PAGE}`) requests.push({ url: request.url() });
  });
  await page.goto(`file://${PAGE}`);
  await page.waitForFunction(() => document.body.dataset.state === 'ready', { timeout: 60000 });
  opening = await page.evaluate(() => ({
    sample: (document.getElementById('sample') as HTMLSelectElement).value,
    findings: document.querySelectorAll('#findings li[data-rule]').length,
    diagnostics: window.playground.diagnostics().length,
  }));
}, 120000);

afterAll(async () => {
  await browser?.close();
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

test('the page opens on a sample with findings, marked in the editor', async () => {
  expect(opening.sample).toBe('orders');
  expect(opening.findings).toBeGreaterThan(0);
  expect(opening.diagnostics).toBe(opening.findings);
});

describe('the samples, in both modes, as the CLI lints them', () => {
  test.each([
    ['orders', 'fixtures/sample-openapi.yaml'],
    ['level3', 'fixtures/level3-example.yaml'],
    ['swagger', 'fixtures/report/swagger-2.0.yaml'],
    ['webhooks', 'fixtures/report/openapi-3.1-webhooks.yaml'],
    ['oas32', 'fixtures/oas32-operations.yaml'],
  ])('%s', async (sample, fixture) => {
    if ((await page.$eval('#mode', (s) => (s as HTMLSelectElement).value)) !== 'default')
      await linted(() => page.select('#mode', 'default'));
    if ((await page.$eval('#sample', (s) => (s as HTMLSelectElement).value)) !== sample)
      await linted(() => page.select('#sample', sample));
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
    expect(await editorText()).toBe(text);
    expect(await page.$eval('#sample', (s) => (s as HTMLSelectElement).value)).toBe('');
    const found = await pageFindings();
    expect(found).toEqual(cliFindings(text, 'default'));
    expect(found).toHaveLength(7);
    expect(
      await page.$$eval('#map-root td.c[data-findings]:not([data-findings=""])', (tds) => tds.length),
    ).toBeGreaterThan(0);
    expect(await page.$eval('#status', (s) => s.textContent)).toMatch(
      /^7 findings \(2 error, 5 warn\), default mode, in \d+ ms$/,
    );
    await shot('pasted');
  });

  test('each finding is a diagnostic on its line, with its severity, marked in the text', async () => {
    await paste(readFileSync(path.join(ROOT, 'fixtures', 'sample-openapi.yaml'), 'utf8'));
    const listed = await page.$$eval('#findings li[data-rule]', (items) =>
      items.map((li) => ({
        line: Number(li.getAttribute('data-line')),
        severity: li.querySelector('.sev')?.textContent ?? '',
        source: li.getAttribute('data-rule') ?? '',
        message: li.querySelector('.message')?.textContent ?? '',
      })),
    );
    const diagnostics = await page.evaluate(() => window.playground.diagnostics());
    const severity: Record<string, string> = { error: 'error', warn: 'warning', info: 'info', hint: 'hint' };
    expect(
      diagnostics.map((d) => ({ line: d.line, severity: d.severity, source: d.source, message: d.message })),
    ).toEqual(listed.map((f) => ({ ...f, severity: severity[f.severity] })));
    // A finding on an object is marked on its key's line: GET /orders' 201 is `'201':` (line 25).
    const text = await editorText();
    const matrix = diagnostics.find((d) => d.source === 'http-status-method-matrix');
    expect(matrix && text.slice(matrix.from, matrix.to)).toBe("'201':");
    // Drawn: squiggles of both severities, and markers in the gutter.
    expect(await page.$$eval('.cm-content .cm-lintRange-error', (e) => e.length)).toBeGreaterThan(0);
    expect(await page.$$eval('.cm-content .cm-lintRange-warning', (e) => e.length)).toBeGreaterThan(0);
    expect(await page.$$eval('.cm-gutter-lint .cm-lint-marker', (e) => e.length)).toBeGreaterThan(0);
    await shot('diagnostics');
  });

  test("an edit typed in the editor changes the findings, as it changes the CLI's", async () => {
    await paste(readFileSync(path.join(ROOT, 'fixtures', 'report', 'swagger-2.0.yaml'), 'utf8'));
    const before = await pageFindings();
    expect(before.map((f) => f[0])).toContain('http-status-method-matrix');
    // A filter set on the map stays set when the map is drawn again.
    await page.$eval('#map-root #f-prefix', (input) => {
      (input as HTMLInputElement).value = '/pets';
      input.dispatchEvent(new Event('input'));
    });
    // Select the 201 of GET /pets' '201' key and type 204 over it, as a user would.
    const at = (await editorText()).indexOf("'201':\n          description: Not what GET answers");
    expect(at).toBeGreaterThan(0);
    await select(at + 1, at + 4);
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
    expect(await page.evaluate(() => window.playground.diagnostics().length)).toBe(after.length);
    await shot('typed');
  });

  test('a file dropped on the editor, and a file opened, replace the document and are linted', async () => {
    const text = readFileSync(path.join(ROOT, 'fixtures', 'warnings-only.yaml'), 'utf8');
    const drop = (selector: string, name: string, value: string) =>
      linted(() =>
        page.$eval(
          selector,
          (target, file, content) => {
            const data = new DataTransfer();
            data.items.add(new File([content], file, { type: 'application/yaml' }));
            target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
          },
          name,
          value,
        ),
      );
    // On the pane, and on the text itself (where CodeMirror would insert the file's text at the drop).
    await drop('#editor-pane', 'dropped.yaml', text);
    expect(await page.evaluate(() => document.body.dataset.file)).toBe('dropped.yaml');
    expect(await editorText()).toBe(text);
    expect(await pageFindings()).toEqual(cliFindings(text, 'default'));
    await shot('dropped');
    const other = readFileSync(path.join(ROOT, 'fixtures', 'report', 'swagger-2.0.yaml'), 'utf8');
    await drop('.cm-content', 'onto-text.yaml', other);
    expect(await page.evaluate(() => document.body.dataset.file)).toBe('onto-text.yaml');
    expect(await editorText()).toBe(other);
    const opened = path.join(work, 'opened.yaml');
    writeFileSync(opened, readFileSync(path.join(ROOT, 'fixtures', 'clean-swagger-2.0.yaml')));
    const input = await page.$('#file');
    await linted(() => (input as unknown as { uploadFile(file: string): Promise<void> }).uploadFile(opened));
    expect(await page.evaluate(() => document.body.dataset.file)).toBe('opened.yaml');
    expect(await editorText()).toBe(readFileSync(opened, 'utf8'));
    expect(await pageFindings()).toEqual(cliFindings(readFileSync(opened, 'utf8'), 'default'));
  });

  test('a finding, in the list or in a cell of the map, selects its line in the editor', async () => {
    await paste(readFileSync(path.join(ROOT, 'fixtures', 'sample-openapi.yaml'), 'utf8'));
    const selection = () =>
      page.evaluate(() => {
        const { state } = window.playground.view;
        return state.sliceDoc(state.selection.main.from, state.selection.main.to);
      });
    await page.click('#findings li[data-rule="http-status-no-body"] button');
    expect(await page.evaluate(() => document.body.dataset.selectedLine)).toBe('86');
    expect(await selection()).toBe('          content:');
    await page.click('#map-root td.s-forbidden');
    await page.click('#map-root #details li.finding .message');
    expect(await page.evaluate(() => document.body.dataset.selectedLine)).toBe('25');
    expect(await selection()).toBe("        '201':");
    await shot('cell-to-line');
  });

  test('six-digit line numbers fit in the gutter', async () => {
    const lines = 123456;
    await paste(Array.from({ length: lines }, (_, i) => `# line ${i + 1}`).join('\n'));
    await page.evaluate(() => {
      const { view } = window.playground;
      view.dispatch({ selection: { anchor: view.state.doc.length }, scrollIntoView: true });
    });
    const last = await page.waitForFunction(
      (n: number) => {
        const cell = Array.from(document.querySelectorAll('.cm-lineNumbers .cm-gutterElement')).find(
          (e) => e.textContent === String(n),
        );
        if (cell === undefined) return undefined;
        const gutter = (document.querySelector('.cm-lineNumbers') as HTMLElement).getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(cell);
        const text = range.getBoundingClientRect();
        return {
          overflows: cell.scrollWidth > cell.clientWidth,
          inside: text.left >= gutter.left && text.right <= gutter.right,
          width: text.width,
        };
      },
      { timeout: 10000 },
      lines,
    );
    const fit = (await last.jsonValue()) as { overflows: boolean; inside: boolean; width: number };
    expect(fit.width).toBeGreaterThan(0);
    expect(fit).toEqual({ overflows: false, inside: true, width: fit.width });
    await shot('six-digit-lines');
  });

  test('a $ref to another file is not followed: a finding says why, and nothing is requested', async () => {
    const text =
      "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          $ref: 'shared.yaml#/components/responses/Ok'\n        '404':\n          $ref: 'https://example.com/responses.yaml#/NotFound'\n";
    await paste(text);
    const found = await pageFindings();
    const refs = found.filter((f) => f[0] === 'invalid-ref');
    expect(refs.length).toBe(2);
    for (const [, , message] of refs) expect(message).toContain('the playground lints one document');
  });
});

describe("Fix: the fix command's planner in the page", () => {
  const FIX = path.join(ROOT, 'fixtures', 'fix');
  const BIN = path.join(ROOT, 'dist', 'bin.cjs');
  /** What `spectral-http-status fix` does to the text, as openapi.yaml in a folder of its own (the package's ruleset): its diff, its lists and the file it writes. */
  function cliFix(text: string): { diff: string; stderr: string; written: string } {
    const dir = mkdtempSync(path.join(work, 'fix-'));
    writeFileSync(path.join(dir, 'openapi.yaml'), text);
    const run = spawnSync(process.execPath, [BIN, 'fix', 'openapi.yaml'], { cwd: dir, encoding: 'utf8' });
    const written = readFileSync(path.join(dir, 'openapi.yaml'), 'utf8');
    rmSync(dir, { recursive: true, force: true });
    return { diff: run.stdout, stderr: run.stderr, written };
  }
  const fixState = (state: string, on: Page = page) =>
    on.waitForFunction((s: string) => document.body.dataset.fix === s, { timeout: 60000 }, state);
  const listed = (title: string): Promise<string[]> =>
    page.$$eval(
      '#fix-lists h3',
      (heads, t) =>
        heads
          .filter((h) => (h.textContent ?? '').startsWith(t))
          .flatMap((h) => Array.from(h.nextElementSibling?.querySelectorAll('li') ?? [], (li) => li.textContent ?? '')),
      title,
    );
  /** The lines `fix` prints under a heading on stderr (`Fixed (1):`, `Left for a person (3):`). */
  const cliListed = (stderr: string, title: string): string[] => {
    const block = new RegExp(`^${title} \\(\\d+\\):\\n((?:  .*\\n)*)`, 'm').exec(stderr)?.[1] ?? '';
    return block
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => l.slice(2));
  };
  const disabled = (selector: string) => page.$eval(selector, (b) => (b as HTMLButtonElement).disabled);
  const hidden = (selector: string) => page.$eval(selector, (b) => (b as HTMLElement).hidden);

  afterEach(async () => {
    await page.evaluate(() => {
      delete window.playgroundFixTamper;
    });
  });

  test("a 204 body: Fix shows the CLI's diff; Apply makes the CLI's text, the finding is gone; one undo takes it back", async () => {
    const text = readFileSync(path.join(FIX, 'oas31-204.yaml'), 'utf8');
    const expected = text.replace(
      '          content:\n            application/json:\n              schema:\n                type: object\n',
      '',
    );
    const cli = cliFix(text);
    expect(cli.written).toBe(expected);
    await paste(text);
    expect((await pageFindings()).map((f) => f[0])).toEqual(['http-status-no-body']);
    expect(await disabled('#fix')).toBe(false);
    await page.click('#fix');
    await fixState('ready');
    expect(await page.$eval('#fix-diff', (d) => d.textContent)).toBe(cli.diff);
    expect(await page.$eval('#fix-diff', (d) => d.querySelectorAll('.d-del').length)).toBe(4);
    expect(await page.$eval('#fix-status', (s) => s.textContent)).toBe(
      '1 finding fixed, 0 left for a person: the diff below is what Apply changes.',
    );
    expect(await listed('Fixed')).toEqual(cliListed(cli.stderr, 'Fixed'));
    expect(await listed('Fixed')).toEqual([
      "13:19  http-status-no-body  DELETE /pets/{id} 204 body: removed `content` from '#/paths/~1pets~1{id}/delete/responses/204'",
    ]);
    expect(await editorText()).toBe(text);
    await shot('fix-diff');
    await linted(() => page.click('#fix-apply'));
    expect(await editorText()).toBe(expected);
    expect(await pageFindings()).toEqual([]);
    expect(await pageFindings()).toEqual(cliFindings(expected, 'default'));
    expect(await page.$eval('#fix-status', (s) => s.textContent)).toBe(
      'Applied 1 fix (one undo step: Ctrl+Z takes them back); linted again: 0 findings.',
    );
    expect(await hidden('#fix-apply')).toBe(true);
    expect(await disabled('#fix')).toBe(true);
    await shot('fix-applied');
    // One undo step: the text as it was, and its finding again.
    await linted(async () => {
      await page.focus('.cm-content');
      await page.keyboard.down('Control');
      await page.keyboard.press('z');
      await page.keyboard.up('Control');
    });
    expect(await editorText()).toBe(text);
    expect((await pageFindings()).map((f) => f[0])).toEqual(['http-status-no-body']);
  });

  test('several fixes at once (the Orders sample): the diff and the lists are those of the CLI, the text after Apply its file', async () => {
    const text = readFileSync(path.join(ROOT, 'fixtures', 'sample-openapi.yaml'), 'utf8');
    const cli = cliFix(text);
    expect(cli.written).not.toBe(text);
    await paste(text);
    await page.click('#fix');
    await fixState('ready');
    expect(await page.$eval('#fix-diff', (d) => d.textContent)).toBe(cli.diff);
    expect(await listed('Fixed')).toEqual(cliListed(cli.stderr, 'Fixed'));
    expect(await listed('Left for a person')).toEqual(cliListed(cli.stderr, 'Left for a person'));
    await linted(() => page.click('#fix-apply'));
    expect(await editorText()).toBe(cli.written);
    expect(await pageFindings()).toEqual(cliFindings(cli.written, 'default'));
  });

  test('a document with no finding of a rule fix fixes: Fix is disabled and says so', async () => {
    await paste(readFileSync(path.join(ROOT, 'fixtures', 'level3-example.yaml'), 'utf8'));
    expect(await disabled('#fix')).toBe(true);
    expect(await page.$eval('#fix', (b) => b.getAttribute('title'))).toBe(
      'Nothing to fix: no finding of a rule fix fixes',
    );
    // Findings, but none of those rules': a GET that declares 201 (the method matrix), nothing else.
    const only201 =
      "openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\npaths:\n  /reports:\n    get:\n      responses:\n        '200':\n          description: The report\n        '201':\n          description: Never\n";
    await paste(only201);
    const rules = (await pageFindings()).map((f) => f[0]);
    expect(rules).toEqual(['http-status-method-matrix']);
    expect(await disabled('#fix')).toBe(true);
    expect(await page.$eval('body', (b) => b.dataset.fixable)).toBe('0');
  });

  test('findings fix leaves for a person (a flow map, an anchor, an alias): nothing to fix, and why, as the CLI says', async () => {
    const text = readFileSync(path.join(FIX, 'oas30-flow-anchor.yaml'), 'utf8');
    const cli = cliFix(text);
    expect(cli.written).toBe(text);
    await paste(text);
    expect(await disabled('#fix')).toBe(false);
    await page.click('#fix');
    await fixState('nothing');
    expect(await page.$eval('#fix-status', (s) => s.textContent)).toBe(
      'Nothing to fix: 3 findings left for a person, below.',
    );
    const left = await listed('Left for a person');
    expect(left).toEqual(cliListed(cli.stderr, 'Left for a person'));
    expect(left.join('\n')).toMatch(/it is written as a flow mapping/);
    expect(await hidden('#fix-apply')).toBe(true);
    expect(await hidden('#fix-diff')).toBe(true);
    expect(await editorText()).toBe(text);
  });

  test('a fix whose re-lint shows a new finding: nothing applied, and the reason', async () => {
    const text = readFileSync(path.join(FIX, 'oas31-204.yaml'), 'utf8');
    await paste(text);
    // The fixed text loses its 404, as test/fix-safety.test.ts has the command's: the re-lint finds 404 missing.
    await page.evaluate(() => {
      window.playgroundFixTamper = { find: "        '404':\n          description: Not found\n", replace: '' };
    });
    await page.click('#fix');
    await fixState('refused');
    // One problem is said in the status line; more (the new finding, and the 404 a second run would add back) are listed.
    const status = (await page.$eval('#fix-status', (s) => s.textContent)) ?? '';
    expect(status).toMatch(/^Nothing applied: the fixed text was linted again, and /);
    const problems = status.endsWith('these went wrong:') ? await listed('What went wrong') : [status];
    expect(problems.join('\n')).toMatch(
      /the fixed document has a new finding at line 10: http-status-error-expected: /,
    );
    expect(await hidden('#fix-apply')).toBe(true);
    expect(await hidden('#fix-diff')).toBe(true);
    expect(await editorText()).toBe(text);
    await shot('fix-refused');
  });

  test('an edit after Fix withdraws Apply: the diff was of another text', async () => {
    const text = readFileSync(path.join(FIX, 'oas31-204.yaml'), 'utf8');
    await paste(text);
    await page.click('#fix');
    await fixState('ready');
    await linted(async () => {
      await page.evaluate(() => {
        const view = window.playground.view;
        view.focus();
        view.dispatch({ selection: { anchor: view.state.doc.length } });
      });
      await page.keyboard.type('# x\n');
    });
    await fixState('stale');
    expect(await hidden('#fix-apply')).toBe(true);
    expect(await page.$eval('#fix-status', (s) => s.textContent)).toBe(
      'The document or the mode changed since: press Fix again.',
    );
    expect(await editorText()).toBe(`${text}# x\n`);
  });
});

describe('characters that hide or reorder text', () => {
  // U+202E RIGHT-TO-LEFT OVERRIDE: `/files/\u202Egnp.exe` reads as `/files/exe.png`. U+202A (an embedding) is one
  // CodeMirror does not show by itself.
  const text =
    "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /files/\u202Egnp.exe:\n    get:\n      description: a\u202Ab\n      responses:\n        '201':\n          description: Created on a read\n";

  test("are shown as \\u202E in the findings, the map and the diagnostics, and in the editor's text", async () => {
    await paste(text);
    expect(await editorText()).toBe(text);
    const found = await pageFindings();
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(cliFindings(text, 'default'));
    expect(found.some(([, , message]) => message.includes('/files/\\u202Egnp.exe'))).toBe(true);
    // What a reader sees: the text and the tooltips (a finding's data-path attribute holds the path as it is, for tools).
    const shownText = await page.evaluate(() => {
      const seen = (selector: string): string => {
        const root = document.querySelector(selector);
        return [
          root?.textContent ?? '',
          ...Array.from(root?.querySelectorAll('[title]') ?? []).map((e) => e.getAttribute('title') ?? ''),
        ].join('\n');
      };
      return {
        findings: seen('#findings'),
        map: seen('#map-root'),
        label: document.querySelector('#map-root tr.r td.op')?.textContent ?? '',
        diagnostics: window.playground
          .diagnostics()
          .map((d) => d.message)
          .join('\n'),
      };
    });
    for (const where of Object.values(shownText)) expect(where).not.toMatch(/[\u202A-\u202E]/);
    expect(shownText.label).toContain('/files/\\u202Egnp.exe');
    expect(shownText.diagnostics).toContain('/files/\\u202Egnp.exe');
    // A cell's details name the operation too.
    await page.click('#map-root tr.r td.c[data-findings]:not([data-findings=""])');
    expect(await page.$eval('#map-root #details', (d) => d.textContent)).not.toMatch(/[\u202A-\u202E]/);
    expect(await page.$eval('#map-root #details h3', (h) => h.textContent)).toContain('/files/\\u202Egnp.exe');
    // In the editor the characters stay in the text, each drawn as its code.
    expect(await page.$$eval('.cm-content .cm-specialChar', (spans) => spans.map((s) => s.textContent))).toEqual([
      '\\u202E',
      '\\u202A',
    ]);
    expect(await page.$eval('.cm-content', (c) => c.textContent ?? '')).not.toMatch(/[\u202A-\u202E]/);
    await shot('bidi');
  });
});

describe('a lint that can be stopped', () => {
  let slow: Page;
  // A copy of the page whose worker first spends the milliseconds a `# busy-ms: N` line asks for, as a document
  // whose lint takes that long would (a listener added before the worker's own, so it runs first and holds it).
  const BUSY =
    "self.addEventListener('message',function(e){var m=/# busy-ms: (\\d+)/.exec(e.data.text);if(m){var end=Date.now()+Number(m[1]);while(Date.now()<end);}});";
  const normal = readFileSync(path.join(ROOT, 'fixtures', 'report', 'openapi-3.1-webhooks.yaml'), 'utf8');

  beforeAll(async () => {
    const html = readFileSync(PAGE, 'utf8');
    const opening = '<script type="text/plain" id="worker-source">';
    expect(html).toContain(opening);
    const file = path.join(work, 'slow.html');
    writeFileSync(
      file,
      html.replace(opening, () => opening + BUSY),
    );
    slow = await browser.newPage();
    slow.on('request', (request) => {
      if (request.url() !== `file://${file}`) requests.push({ url: request.url() });
    });
    await slow.goto(`file://${file}`);
    await slow.waitForFunction(() => document.body.dataset.state === 'ready', { timeout: 60000 });
  }, 120000);

  afterAll(() => slow?.close());

  test('a new text stops the lint under way: after a lint that would take ten minutes, a document shows its own findings', async () => {
    const stopped = await slow.evaluate(() => window.playground.stopped);
    await pasteOver(`# busy-ms: 600000\n${normal}`, slow);
    await slow.waitForFunction(() => document.body.dataset.state === 'linting');
    const text = readFileSync(path.join(ROOT, 'fixtures', 'sample-openapi.yaml'), 'utf8');
    await paste(text, slow);
    expect(await pageFindings(slow)).toEqual(cliFindings(text, 'default'));
    expect(await slow.$eval('#status', (s) => s.textContent)).toMatch(/^7 findings/);
    expect(await slow.evaluate(() => window.playground.stopped)).toBe(stopped + 1);
  });

  test('a lint past the time limit is stopped and says so; Try again lints again', async () => {
    const text = `# busy-ms: 2000\n${normal}`;
    const stoppedAgain = (before: number) =>
      slow.waitForFunction(
        (n: number) => document.body.dataset.state === 'stopped' && window.playground.stopped > n,
        { timeout: 60000 },
        before,
      );
    await slow.evaluate(() => {
      window.playgroundLintTimeoutMs = 50;
    });
    let stopped = await slow.evaluate(() => window.playground.stopped);
    await pasteOver(text, slow);
    await stoppedAgain(stopped);
    expect(await slow.$eval('#status', (s) => s.textContent)).toBe(
      'Stopped after 50 ms: the lint of this document did not finish in time. Lint it with the Spectral CLI, or try again.',
    );
    expect(await slow.$eval('#retry', (b) => (b as HTMLButtonElement).hidden)).toBe(false);
    await shot('stopped', slow);
    // Again, with the same limit: stopped again.
    stopped = await slow.evaluate(() => window.playground.stopped);
    await slow.click('#retry');
    await stoppedAgain(stopped);
    // With the default limit (30 s), the two seconds' lint finishes.
    await slow.evaluate(() => {
      delete window.playgroundLintTimeoutMs;
    });
    await linted(() => slow.click('#retry'), slow);
    expect(await slow.$eval('#retry', (b) => (b as HTMLButtonElement).hidden)).toBe(true);
    expect(await editorText(slow)).toBe(text);
    expect(await pageFindings(slow)).toEqual(cliFindings(text, 'default'));
    expect(await pageFindings(slow)).not.toEqual([]);
  });
});

test('no request leaves the page (its lint workers start from its own source, a blob: URL; the editor draws squiggles from data: URLs)', () => {
  expect(requests.filter((r) => !/^(blob|data):/.test(r.url))).toEqual([]);
  expect(requests.some((r) => r.url.startsWith('blob:'))).toBe(true);
});
