/**
 * The status-code map page in a real headless Chromium (test/helpers/browser.ts):
 * opened from disk, checked against Spectral's results for the same
 * document and ruleset. Every finding in exactly one cell, every declared
 * code with its cell, the counts equal, the details of a cell, the filters
 * and the search; no request leaves the page. A screenshot of each page is
 * written under .tmp/report/ for a person to look at.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { IRuleResult } from '@stoplight/spectral-core';
import { load } from 'js-yaml';
import type { Browser, Page } from 'puppeteer-core';
import { renderHtml } from '../../report/html';
import { buildStatusMap } from '../../report/map';
import type { StatusMap } from '../../report/map';
import { launchBrowser } from '../helpers/browser';
import { plantCodeChanges } from '../helpers/edits';
import { FIXTURES, REPORT_FIXTURES, mapOf, mapOfText } from '../helpers/report';

const OUT = path.join(__dirname, '..', '..', '.tmp', 'report');
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'];

let browser: Browser;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launchBrowser();
}, 60000);
afterAll(async () => {
  await browser?.close();
});

interface Opened {
  readonly page: Page;
  readonly requests: string[];
  readonly errors: string[];
}

async function open(file: string): Promise<Opened> {
  const page = await browser.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) requests.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`file://${file}`);
  await page.waitForSelector('body[data-rendered="true"]', { timeout: 20000 });
  return { page, requests, errors };
}

/** The operations under `paths` and `webhooks` of a document, with their declared response keys (extensions aside). */
function declaredOf(fixture: string): Array<{ label: string; keys: string[] }> {
  const doc = load(readFileSync(path.join(FIXTURES, fixture), 'utf8')) as Record<
    string,
    Record<string, Record<string, { responses?: Record<string, unknown> }>>
  >;
  const out: Array<{ label: string; keys: string[] }> = [];
  for (const [section, name] of [
    ['paths', (p: string) => p],
    ['webhooks', (w: string) => `webhook '${w}'`],
  ] as const) {
    for (const [key, item] of Object.entries(doc[section] ?? {})) {
      // OpenAPI 3.2's methods without a field, keyed by the method as sent.
      const additional = (item['additionalOperations'] ?? {}) as Record<
        string,
        { responses?: Record<string, unknown> }
      >;
      const operations: Array<[string, { responses?: Record<string, unknown> } | undefined]> = [
        ...METHODS.map((method) => [method.toUpperCase(), item[method]] as [string, (typeof item)[string]]),
        ...Object.entries(additional),
      ];
      for (const [method, operation] of operations) {
        const responses = operation?.responses;
        if (responses !== undefined)
          out.push({
            label: `${method} ${name(key)}`,
            keys: Object.keys(responses).filter((k) => !k.startsWith('x-')),
          });
      }
    }
  }
  return out;
}

describe.each(REPORT_FIXTURES)('%s', (fixture) => {
  let map: StatusMap;
  let results: readonly IRuleResult[];
  let opened: Opened;
  const name = fixture.replace(/[/.]/g, '-');

  beforeAll(async () => {
    ({ map, results } = await mapOf(fixture));
    const file = path.join(OUT, `${name}.html`);
    writeFileSync(file, renderHtml(map));
    opened = await open(file);
    await opened.page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
  }, 60000);
  afterAll(async () => {
    await opened?.page.close();
  });

  test('every finding of the lint is in exactly one cell, and the cell shows its rule and message', async () => {
    const cells = await opened.page.$$eval('td.c', (tds) =>
      tds.map((td) => ({
        row: td.getAttribute('data-row'),
        col: td.getAttribute('data-col'),
        findings: (td.getAttribute('data-findings') ?? '').split(' ').filter(Boolean).map(Number),
      })),
    );
    const ids = cells.flatMap((c) => c.findings).sort((a, b) => a - b);
    expect(ids).toEqual(results.map((_, i) => i));
    for (const c of cells.filter((x) => x.findings.length > 0)) {
      await opened.page.click(`td.c[data-row="${c.row}"][data-col="${c.col}"]`);
      const shown = await opened.page.$$eval('#details li.finding:not([data-related])', (lis) =>
        lis.map((li) => ({
          id: Number(li.getAttribute('data-finding')),
          rule: li.querySelector('code')?.textContent,
          message: li.querySelector('.message')?.textContent,
        })),
      );
      expect(shown).toEqual(
        c.findings.map((id) => ({ id, rule: String(results[id]?.code), message: results[id]?.message })),
      );
    }
  });

  test('every declared code has its cell, in its column', async () => {
    const headers = await opened.page.$$eval('tr.codes th[data-col]', (ths) => ths.map((th) => th.textContent ?? ''));
    const rows = await opened.page.$$eval('tr.r', (trs) =>
      trs.map((tr) => ({
        label: tr.querySelector('td.op')?.getAttribute('title'),
        declared: Array.from(tr.querySelectorAll('td[data-declared]')).map((td) => td.getAttribute('data-col')),
      })),
    );
    const declared = declaredOf(fixture);
    expect(declared.length).toBeGreaterThan(0);
    for (const { label, keys } of declared) {
      const row = rows.find((r) => r.label === label);
      expect(row).toBeDefined();
      expect((row?.declared ?? []).map((col) => headers[Number(col)]).sort()).toEqual([...keys].sort());
    }
  });

  test('the counts agree with the lint: per rule, and the operations', async () => {
    const counts = await opened.page.$$eval('#rule-counts tbody tr[data-rule]', (trs) =>
      trs.map((tr) => [tr.getAttribute('data-rule'), Number(tr.querySelector('.total')?.textContent)]),
    );
    const expected = new Map<string, number>();
    for (const r of results) expected.set(String(r.code), (expected.get(String(r.code)) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(expected));
    expect(await opened.page.$eval('#card-operations b', (b) => b.textContent)).toBe(String(map.summary.operations));
    expect(await opened.page.$eval('#shown', (s) => s.textContent)).toBe(
      `${map.summary.operations} of ${map.summary.operations} operation${map.summary.operations === 1 ? '' : 's'} shown`,
    );
  });

  test('no request leaves the page, and no script error', () => {
    expect(opened.requests).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});

describe('filters and search', () => {
  let opened: Opened;
  let map: StatusMap;
  beforeAll(async () => {
    ({ map } = await mapOf('report/swagger-2.0.yaml'));
    const file = path.join(OUT, 'filters.html');
    writeFileSync(file, renderHtml(map));
    opened = await open(file);
  }, 60000);
  afterAll(async () => {
    await opened?.page.close();
  });

  const visible = (page: Page): Promise<string[]> =>
    page.$$eval('tr.r:not([hidden]) td.op', (tds) => tds.map((td) => td.getAttribute('title') ?? ''));
  const reset = async (page: Page): Promise<void> => {
    await page.select('#f-rule', '');
    await page.select('#f-method', '');
    await page.select('#f-severity', '');
    await page.$eval('#f-search', (input) => {
      (input as HTMLInputElement).value = '';
      input.dispatchEvent(new Event('input'));
    });
  };

  test('by rule: the rows with a finding of that rule (their own or a shared one)', async () => {
    const { page } = opened;
    await reset(page);
    await page.select('#f-rule', 'http-status-method-matrix');
    expect(await visible(page)).toEqual(['GET /pets']);
    // In the rows shown, the cells without such a finding are dimmed.
    expect(
      await page.$$eval('tr.r:not([hidden]) td.c:not(.dim)', (tds) => tds.map((td) => td.getAttribute('data-state'))),
    ).toEqual(['forbidden']);
    await page.select('#f-rule', 'http-status-www-authenticate-header');
    expect(await visible(page)).toEqual([
      'GET /pets',
      'POST /pets',
      'GET /pets/{id}',
      'DELETE /pets/{id}',
      '#/responses/Unauthorized',
    ]);
    expect(await page.$eval('#shown', (s) => s.textContent)).toBe('4 of 4 operations shown');
  });

  test('by method, and the search box', async () => {
    const { page } = opened;
    await reset(page);
    await page.select('#f-method', 'delete');
    // The shared response concerns every method: it stays.
    expect(await visible(page)).toEqual(['DELETE /pets/{id}', '#/responses/Unauthorized']);
    await reset(page);
    await page.type('#f-search', 'Location header');
    expect(await visible(page)).toEqual(['POST /pets']);
    await page.$eval('#f-search', (input) => {
      (input as HTMLInputElement).value = 'HTTP-STATUS-LOCATION';
      input.dispatchEvent(new Event('input'));
    });
    expect(await visible(page)).toEqual(['POST /pets']);
    await page.$eval('#f-search', (input) => {
      (input as HTMLInputElement).value = 'Location header';
      input.dispatchEvent(new Event('input'));
    });
    expect(await page.$eval('#shown', (s) => s.textContent)).toBe('1 of 4 operations shown');
    await page.screenshot({ path: path.join(OUT, 'filters-search.png') });
  });

  test('a cell opens from the keyboard, and shows the findings placed elsewhere that concern it', async () => {
    const { page } = opened;
    await reset(page);
    const get = map.rows.find((r) => r.label === 'GET /pets');
    const col = map.columns.findIndex((c) => c.key === '401');
    await page.focus(`td.c[data-row="${get?.id}"][data-col="${col}"]`);
    await page.keyboard.press('Enter');
    const related = await page.$$eval('#details li.finding[data-related] code', (codes) =>
      codes.map((c) => c.textContent),
    );
    expect(related).toEqual(['http-status-www-authenticate-header']);
    expect(await page.$eval('#details h3', (h) => h.textContent)).toBe('GET /pets · 401 Unauthorized');
    await page.screenshot({ path: path.join(OUT, 'details-related.png') });
    await page.keyboard.press('Escape');
    expect(await page.$eval('#details', (d) => (d as HTMLElement).hidden)).toBe(true);
  });
});

describe('hostile text', () => {
  test('invisible and bidi characters in paths, keys, file names and messages are shown as escapes; the braces the rules break are whole again', async () => {
    const { mapOfText } = await import('../helpers/report');
    const text =
      'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  "/files/\\u202Egnp.exe":\n    get:\n      responses:\n        "201": {description: x}\n        "2\\u200B01": {description: y}\n';
    const built = (await mapOfText(text, '/tmp/\u2066hostile.yaml')).map;
    // Another ruleset's finding whose message went through a rule's inert(): `{\u200B{` is shown as `{{`.
    const map: StatusMap = {
      ...built,
      findings: [
        ...built.findings,
        {
          ...(built.findings[0] as StatusMap['findings'][number]),
          id: built.findings.length,
          rule: 'other-rule',
          message: 'quotes {\u200B{id}} and \u202Ethis',
        },
      ],
    };
    const row = map.rows[0] as StatusMap['rows'][number];
    const cell = row.cells['201'] as StatusMap['rows'][number]['cells'][string];
    (cell.findings as number[]).push(map.findings.length - 1);
    const file = path.join(OUT, 'invisible.html');
    writeFileSync(file, renderHtml(map));
    const opened = await open(file);
    const { page } = opened;
    const shown = await page.evaluate(
      () =>
        document.body.innerText +
        Array.from(document.querySelectorAll('[title]'))
          .map((e) => e.getAttribute('title'))
          .join('\n'),
    );
    expect(shown).not.toMatch(/[\u200B\u202E\u2066]/);
    expect(await page.title()).toContain('\\u2066hostile.yaml');
    expect(await page.$eval('tr.r td.op', (td) => td.textContent)).toBe('GET/files/\\u202Egnp.exe:5');
    expect(await page.$eval('tr.group th', (th) => th.textContent)).toBe('/files/\\u202Egnp.exe');
    expect(await page.$eval('header .meta .file', (f) => f.textContent)).toBe('\\u2066hostile.yaml');
    expect(await page.$$eval('tr.codes th[data-col]', (ths) => ths.map((th) => th.textContent))).toContain(
      '2\\u200B01',
    );
    await page.click(`td.c[data-row="${row.id}"][data-col="${map.columns.findIndex((c) => c.key === '201')}"]`);
    const messages = await page.$$eval('#details .message', (divs) => divs.map((d) => d.textContent ?? ''));
    expect(messages).toContain('quotes {{id}} and \\u202Ethis');
    expect(messages.some((m) => m.includes('GET /files/\\u202Egnp.exe declares 201'))).toBe(true);
    expect(await page.$eval('#details h3', (h) => h.textContent)).toBe('GET /files/\\u202Egnp.exe · 201 Created');
    // The search and the path filter match the text as shown.
    await page.type('#f-prefix', '/files/\\u202E');
    expect(await page.$eval('#shown', (s) => s.textContent)).toBe('1 of 1 operation shown');
    expect(opened.errors).toEqual([]);
    await page.close();
  }, 60000);

  test('a path that looks like markup is shown as text, and runs nothing', async () => {
    const { mapOfText } = await import('../helpers/report');
    const { map } = await mapOfText(
      "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /x</script><img src=x onerror=alert(1)>:\n    get:\n      responses:\n        '201': {description: x}\n",
      'hostile.yaml',
    );
    const file = path.join(OUT, 'hostile.html');
    writeFileSync(file, renderHtml(map));
    const opened = await open(file);
    let dialog = false;
    opened.page.on('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    expect(await opened.page.$$eval('tr.r td.op', (tds) => tds.map((td) => td.getAttribute('title')))).toEqual([
      'GET /x</script><img src=x onerror=alert(1)>',
    ]);
    expect(await opened.page.$$eval('img', (imgs) => imgs.length)).toBe(0);
    expect(dialog).toBe(false);
    expect(opened.requests).toEqual([]);
    await opened.page.close();
  }, 60000);
});

/** Writes a map's page under .tmp/report/ and opens it. */
async function openMap(map: StatusMap, name: string): Promise<Opened> {
  const file = path.join(OUT, `${name}.html`);
  writeFileSync(file, renderHtml(map));
  return open(file);
}

describe('a cell is labelled by its response (OpenAPI 3.2: the summary)', () => {
  test("the cell's title and its details name the response; hidden characters are shown", async () => {
    const { map } = await mapOfText(
      [
        'openapi: 3.2.0',
        "info: {title: t, version: '1'}",
        'paths:',
        '  /a:',
        '    get:',
        '      responses:',
        "        '200': {summary: A stored result, description: The result is stored and can be read again}",
        '        \'404\': {description: "No such thing \\u202Eexe.png"}',
      ].join('\n'),
      'labels.yaml',
    );
    const { page } = await openMap(map, 'labels');
    const col = (key: string) => map.columns.findIndex((c) => c.key === key);
    const title = (key: string) => page.$eval(`td.c[data-col="${col(key)}"]`, (td) => td.getAttribute('title'));
    expect(await title('200')).toBe('200 \u2018A stored result\u2019: declared, no findings');
    expect(await title('404')).toBe('404 \u2018No such thing \\u202Eexe.png\u2019: declared, no findings');
    await page.click(`td.c[data-col="${col('200')}"]`);
    expect(await page.$eval('#details p.label', (p) => p.textContent)).toBe('\u2018A stored result\u2019');
    await page.close();
  });
});

describe("the map's rough edges", () => {
  test('a request for one of several codes is one expectation: + on the first code, "or" on the others', async () => {
    const written = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: { '/a': { get: { responses: { '200': { description: 'ok' } } } } },
    };
    const at = ['paths', '/a', 'get', 'responses'];
    const map = buildStatusMap({
      written,
      resolved: written,
      text: '',
      source: 'one-of.yaml',
      generator: 't',
      results: [{ code: 'http-status-error-expected', path: at, message: 'add 400 or 422', severity: 1 }],
      notes: [
        {
          rule: 'http-status-error-expected',
          path: at,
          at,
          message: 'add 400 or 422',
          kind: 'missing',
          expects: [400, 422],
        },
      ],
    });
    const { page } = await openMap(map, 'one-of');
    const col = (key: string): number => map.columns.findIndex((c) => c.key === key);
    const cell = (key: string): Promise<{ text: string; classes: string; title: string }> =>
      page.$eval(`td.c[data-col="${col(key)}"]`, (td) => ({
        text: td.textContent ?? '',
        classes: td.className,
        title: td.getAttribute('title') ?? '',
      }));
    expect(await cell('400')).toMatchObject({
      text: '+○',
      classes: expect.stringContaining('s-missing'),
      title: expect.stringContaining('400 or 422: either would do'),
    });
    expect(await cell('422')).toMatchObject({
      text: 'or',
      classes: expect.stringContaining('s-either'),
      title: expect.stringContaining('either would do'),
    });
    // One missing code on the row, not two.
    expect(await page.$$eval('td.c.s-missing', (tds) => tds.length)).toBe(1);
    await page.click(`td.c[data-col="${col('422')}"]`);
    expect(await page.$eval('#details p.state', (p) => p.textContent)).toBe(
      'not declared; one of the codes of one expectation (400 or 422): either would do',
    );
    expect(await page.$$eval('#details li.finding[data-related] .message', (m) => m.map((x) => x.textContent))).toEqual(
      ['add 400 or 422'],
    );
    await page.close();
  }, 60000);

  test('an error and a warning look different: a filled or a hollow mark, in their colours, and said in words', async () => {
    const { map } = await mapOf('sample-openapi.yaml');
    const { page } = await openMap(map, 'severities');
    const cells = await page.$$eval('td.c[data-severity]', (tds) =>
      tds.map((td) => ({
        severity: td.getAttribute('data-severity'),
        state: td.getAttribute('data-state'),
        text: td.textContent ?? '',
        label: td.getAttribute('aria-label') ?? '',
        colour: getComputedStyle(td.querySelector('.sevmark') as Element).color,
      })),
    );
    const errors = cells.filter((c) => c.severity === 'error');
    const warnings = cells.filter((c) => c.severity === 'warn');
    expect(errors.length).toBeGreaterThan(0);
    expect(warnings.length).toBeGreaterThan(0);
    for (const c of errors)
      expect(c).toMatchObject({
        text: expect.stringMatching(/●$/),
        label: expect.stringContaining('most serious finding: error'),
      });
    for (const c of warnings)
      expect(c).toMatchObject({
        text: expect.stringMatching(/○$/),
        label: expect.stringContaining('most serious finding: warning'),
      });
    // Same state, different severity: different text and colour.
    const error = errors.find((c) => c.state === 'problem');
    const warning = warnings.find((c) => c.state === 'problem');
    expect(error?.text).not.toBe(warning?.text);
    expect(error?.colour).not.toBe(warning?.colour);
    expect(
      await page.$$eval('#legend [data-legend="error"], #legend [data-legend="warn"]', (els) =>
        els.map((e) => e.textContent),
      ),
    ).toEqual(["●an error among the cell's findings", '○a warning (and no error); info and hints have no mark']);
    await page.close();
  }, 60000);

  describe('the details of a cell stand beside the map, never over it, and the open cell is marked', () => {
    const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

    test.each([
      ['wide', 1280],
      ['narrow', 700],
    ])(
      '%s window',
      async (name, width) => {
        const paths = Array.from(
          { length: 60 },
          (_, i) =>
            `  /things/${i}:\n    get:\n      responses:\n        '200': {description: ok}\n        '201': {description: wrong}`,
        ).join('\n');
        const { map } = await mapOfText(
          `openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n${paths}\n`,
          'many.yaml',
        );
        const { page } = await openMap(map, `details-${name}`);
        await page.setViewport({ width, height: 800 });
        const col = map.columns.findIndex((c) => c.key === '201');
        const first = `td.c[data-row="${map.rows[0]?.id}"][data-col="${col}"]`;
        const second = `td.c[data-row="${map.rows[5]?.id}"][data-col="${col}"]`;
        await page.click(first);
        const rects = await page.evaluate(() =>
          [document.querySelector('.scroll'), document.querySelector('#details')].map((e) =>
            (e as HTMLElement).getBoundingClientRect().toJSON(),
          ),
        );
        expect(overlap(rects[0], rects[1])).toBe(false);
        const marked = (): Promise<Array<string | null>> =>
          page.$$eval('td.c.open', (tds) =>
            tds.map(
              (td) =>
                `${td.getAttribute('data-row')}:${td.getAttribute('data-col')}:${td.getAttribute('aria-current')}`,
            ),
          );
        expect(await marked()).toEqual([`${map.rows[0]?.id}:${col}:true`]);
        await page.click(second);
        expect(await marked()).toEqual([`${map.rows[5]?.id}:${col}:true`]);
        await page.screenshot({ path: path.join(OUT, `details-${name}.png`) });
        await page.keyboard.press('Escape');
        expect(await marked()).toEqual([]);
        expect(await page.$eval('#details', (d) => (d as HTMLElement).hidden)).toBe(true);
        await page.close();
      },
      60000,
    );
  });

  test('the column of findings on the operation as a whole is drawn, and explained, only where a row has one', async () => {
    const without = await openMap((await mapOf('report/swagger-2.0.yaml')).map, 'own-without');
    expect(
      await without.page.$$eval('th.own-col, td[data-col="own"], #legend [data-legend="own"]', (els) => els.length),
    ).toBe(0);
    // The group header spans the operation's cell and the codes, no more.
    const width = await without.page.$eval('tr.group th', (th) => Number(th.getAttribute('colspan')));
    expect(width).toBe(await without.page.$$eval('tr.codes th', (ths) => ths.length));
    await without.page.close();
    const { map } = await mapOf('report/openapi-3.1-webhooks.yaml');
    const withOwn = await openMap(map, 'own-with');
    expect(
      await withOwn.page.$$eval('th.own-col', (ths) => ths.map((th) => [th.textContent, th.getAttribute('title')])),
    ).toEqual([
      ['whole', expect.stringContaining('Findings on the operation as a whole, not on one code')],
      ['operation', expect.stringContaining('Findings on the operation as a whole, not on one code')],
    ]);
    expect(await withOwn.page.$eval('#legend [data-legend="own"]', (e) => e.textContent)).toContain(
      'no success response at all',
    );
    const webhook = map.rows.find((r) => r.label === "POST webhook 'petGone'");
    expect(
      await withOwn.page.$eval(`td.c[data-row="${webhook?.id}"][data-col="own"]`, (td) =>
        td.getAttribute('data-state'),
      ),
    ).toBe('missing');
    await withOwn.page.close();
  }, 60000);

  test.each([
    ['report/swagger-2.0.yaml', '/pets'],
    ['report/openapi-3.1-webhooks.yaml', '/subscriptions'],
  ])(
    '%s: the path filter offers a path of the document (%s)',
    async (fixture, example) => {
      const { page } = await openMap((await mapOf(fixture)).map, `placeholder-${fixture.replace(/\W/g, '-')}`);
      expect(await page.$eval('#f-prefix', (input) => input.getAttribute('placeholder'))).toBe(example);
      await page.close();
    },
    60000,
  );

  test("the page is titled with the API's info.title and version; the file comes second", async () => {
    const { page } = await openMap((await mapOf('report/swagger-2.0.yaml')).map, 'title');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Pets (Swagger 2.0) 1');
    expect(await page.$eval('header .meta .file', (f) => f.textContent)).toBe('swagger-2.0.yaml');
    expect(await page.title()).toBe('Pets (Swagger 2.0) 1 · status codes (swagger-2.0.yaml)');
    await page.close();
  }, 60000);

  test.each([
    ['a file that is no OpenAPI document', 'name: not an API\nitems: [1, 2, 3]\n', 'Not an OpenAPI document.'],
    [
      'an OpenAPI document without operations',
      "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n",
      'No operations.',
    ],
  ])(
    '%s is said to be one, not counted as "0 operations, 0 without findings (100%)"',
    async (_, text, notice) => {
      const { map } = await mapOfText(text, 'plain.yaml');
      const { page } = await openMap(map, `notice-${notice.replace(/\W/g, '')}`);
      expect(await page.$eval('#notice', (p) => p.textContent)).toContain(notice);
      const body = await page.evaluate(() => document.body.innerText);
      expect(body).not.toContain('100%');
      expect(body).not.toMatch(/\b0 operations\b/);
      // No filters for no operations; the lint's findings (Spectral's own unrecognized-format, say) are still in their cells.
      expect(await page.$$eval('#filters', (els) => els.length)).toBe(0);
      const ids = await page.$$eval('td.c', (tds) =>
        tds.flatMap((td) => (td.getAttribute('data-findings') ?? '').split(' ').filter(Boolean).map(Number)),
      );
      expect(ids.sort()).toEqual(map.findings.map((f) => f.id));
      await page.close();
    },
    60000,
  );
});

describe('the map of a change (diff --format html)', () => {
  test('opens from disk with the changed cells marked, the removed operations listed, and a filter for what the change touched', async () => {
    const { main } = await import('../../cli/main');
    const { dump } = await import('js-yaml');
    const dir = path.join(OUT, 'diff');
    mkdirSync(dir, { recursive: true });
    const sample = readFileSync(path.join(FIXTURES, 'sample-openapi.yaml'), 'utf8');
    writeFileSync(path.join(dir, 'base.yaml'), sample);
    writeFileSync(path.join(dir, 'openapi.yaml'), dump(plantCodeChanges(load(sample) as Record<string, unknown>)));
    const out = path.join(dir, 'diff-map.html');
    const code = await main(['diff', 'base.yaml', 'openapi.yaml', '-f', 'html', '-o', out, '-q', '--fail-on', 'none'], {
      cwd: dir,
      stdout: () => undefined,
      stderr: () => undefined,
    });
    expect(code).toBe(0);
    const { page, requests, errors } = await open(out);
    const marked = await page.$$eval('td.c[data-change]', (tds) =>
      tds.map(
        (td) =>
          `${td.closest('tr')?.querySelector('td.op')?.getAttribute('title')} ${td.getAttribute('data-change')}${td.hasAttribute('data-breaking') ? ' breaking' : ''}`,
      ),
    );
    expect(marked).toEqual([
      'POST /orders added',
      'GET /orders/{id} new-finding',
      'GET /orders/{id} removed breaking',
      'GET /stock new-finding',
    ]);
    expect(await page.$eval('#change', (s) => s.textContent)).toContain('2 new findings, 2 fixed');
    expect(await page.$$eval('#removed-operations li', (lis) => lis.map((li) => li.textContent))).toEqual([
      'POST /orders/{id}/cancel (default)',
    ]);
    expect(await page.$$eval('tr.op-added td.op', (tds) => tds.map((td) => td.getAttribute('title')))).toEqual([
      'GET /stock',
    ]);
    // The removed code's cell opens its details: what the removal means.
    await page.click('td.c[data-change="removed"]');
    expect(await page.$eval('#details', (d) => d.textContent)).toContain(
      'removed in this change: breaking: clients that handle it break',
    );
    await page.keyboard.press('Escape');
    // Only the rows the change touched.
    await page.click('#f-changed');
    const shown = await page.$$eval('tr.r', (trs) =>
      trs.filter((tr) => !(tr as HTMLElement).hidden).map((tr) => tr.querySelector('td.op')?.getAttribute('title')),
    );
    expect(shown).toEqual(['POST /orders', 'GET /orders/{id}', 'GET /stock']);
    expect(await page.$$eval('#legend [data-legend="removed"]', (els) => els.length)).toBe(1);
    await page.screenshot({ path: path.join(OUT, 'diff-map.png'), fullPage: true });
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60000);
});
