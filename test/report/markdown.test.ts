/** The Markdown summary: counts, the table of rows with findings, the size limit and its note, escaping. */
import { renderHtml, scriptSafeJson } from '../../report/html';
import { renderMarkdown } from '../../report/markdown';
import { buildStatusMap } from '../../report/map';
import type { StatusMap } from '../../report/map';
import { strict } from '../helpers/lint';
import { mapOf, mapOfText } from '../helpers/report';

describe('Markdown', () => {
  test('the counts per rule, with links to the rule pages, then one line per row with findings', async () => {
    const { map } = await mapOf('report/swagger-2.0.yaml');
    const md = renderMarkdown(map);
    expect(md).toContain('**4 operations**, 0 without findings (0%). 4 findings (4 warnings).');
    expect(md).toMatch(
      /\| \[`http-status-method-matrix`\]\(https:\/\/\S+\/docs\/rules\/http-status-method-matrix\.md\) \| 0 \| 1 \| 0 \| 0 \| 1 \|/,
    );
    expect(md).toContain('| `GET /pets` (line 14) | `201` |  | `401` | 1 (+1 shared) |');
    expect(md).toContain('| `GET /pets/{id}` (line 48) |  | `304` | `401` | 1 (+1 shared) |');
    expect(md).toContain('| `shared #/responses/Unauthorized` (line 72) |  |  | `401` | 1 |');
    expect(md).not.toContain('more rows');
  });

  test('a clean document: the counts line and nothing else', async () => {
    const { map } = await mapOf('level3-example.yaml');
    const md = renderMarkdown(map);
    expect(md).toContain('0 without findings'.replace('0 without', `${map.summary.operations} without`));
    expect(md).not.toContain('| Operation |');
  });

  test('cut at the limit, with the number of rows left out', async () => {
    const paths = Array.from(
      { length: 400 },
      (_, i) => `  /things${i}:\n    get:\n      responses:\n        '201': {description: wrong}`,
    ).join('\n');
    const { map } = await mapOfText(`openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n${paths}\n`, 'many.yaml');
    const full = renderMarkdown(map, { limit: 1_000_000 });
    expect(full.match(/^\| `GET \/things/gm)).toHaveLength(400);
    const cut = renderMarkdown(map, { limit: 5000 });
    expect(cut.length).toBeLessThanOrEqual(5000);
    const shown = cut.match(/^\| `GET \/things/gm)?.length ?? 0;
    expect(shown).toBeGreaterThan(10);
    expect(cut).toContain(
      `_${400 - shown} more rows with findings not shown (this summary stops at 5,000 characters); \`spectral-http-status report --format html\` shows them all._`,
    );
  });

  test('text from the document cannot break the table', async () => {
    const { map } = await mapOfText(
      "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a|b`c:\n    get:\n      responses:\n        '201': {description: x}\n",
      'pipes.yaml',
    );
    const line = renderMarkdown(map)
      .split('\n')
      .find((l) => l.includes('/a'));
    // The backtick stays, in a longer fence; the pipe is escaped, as a table needs.
    expect(line).toBe('| ``GET /a\\|b`c`` (line 5) | `201` |  |  | 1 |');
    const { map: broken } = await mapOfText(
      'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  "/x\\r\\ny":\n    get:\n      responses:\n        "201": {description: x}\n',
      'breaks.yaml',
    );
    // Line breaks are shown, as every control character is.
    expect(
      renderMarkdown(broken)
        .split('\n')
        .filter((l) => l.includes('/x')),
    ).toEqual(['| `GET /x\\u000D\\u000Ay` (line 5) | `201` |  |  | 1 |']);
  });

  test('a request for one of several codes is one entry; no success response is `success`', async () => {
    const written = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: { '/a': { get: { responses: { default: { description: 'x' } } } } },
    };
    const path = ['paths', '/a', 'get', 'responses'];
    const result = (code: string, message: string) => ({
      code,
      path,
      message,
      severity: 1,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    });
    const map = buildStatusMap({
      written,
      resolved: written,
      text: '',
      source: 'a.yaml',
      generator: 't',
      results: [result('http-status-error-expected', 'one of'), result('http-status-success-required', 'none')],
      notes: [
        { rule: 'http-status-error-expected', path, at: path, message: 'one of', kind: 'missing', expects: [400, 422] },
        { rule: 'http-status-success-required', path, at: path, message: 'none', kind: 'missing', expects: [] },
      ],
    });
    expect(renderMarkdown(map)).toContain('| `GET /a` |  | `400` or `422`, `success` |  | 2 |');
  });

  describe('every line counts against the limit', () => {
    /** A document of `count` paths, each declaring Level 3 profiles (`profiles` of them) and an operation with a finding. */
    const profiled = (count: number, profiles: string[]): string =>
      [
        'openapi: 3.0.3',
        "info: {title: t, version: '1'}",
        'paths:',
        ...Array.from({ length: count }, (_, i) =>
          [
            `  /resource-number-${i}:`,
            `    x-profiles: [${profiles.join(', ')}]`,
            '    get:',
            '      responses:',
            "        '201': {description: wrong}",
          ].join('\n'),
        ),
      ].join('\n');
    // Each large document is linted once.
    const maps = new Map<string, Promise<StatusMap>>();
    const mapOfProfiled = (count: number, profiles: string[]): Promise<StatusMap> => {
      const key = `${count}:${profiles.join()}`;
      if (!maps.has(key))
        maps.set(
          key,
          mapOfText(profiled(count, profiles), 'profiled.yaml').then((m) => m.map),
        );
      return maps.get(key) as Promise<StatusMap>;
    };

    test.each([
      ['one profile each', ['data']],
      ['two profiles each', ['data', 'entity']],
    ])('3,000 profiled paths, %s: within the limit, and what was left out is counted', async (_, profiles) => {
      const map = await mapOfProfiled(3000, profiles);
      expect(map.summary.profiles).toHaveLength(3000);
      const rowsWithFindings = (renderMarkdown(map, { limit: 10_000_000 }).match(/^\| `GET /gm) ?? []).length;
      expect(rowsWithFindings).toBe(3000);
      for (const limit of [1000, 5000, 60_000]) {
        const md = renderMarkdown(map, { limit });
        expect(md.length).toBeLessThanOrEqual(limit);
        const rows = (md.match(/^\| `GET /gm) ?? []).length;
        const shownProfiles = (/^Level 3 profiles: (.*)$/m.exec(md)?.[1] ?? '')
          .split('; ')
          .filter((e) => e.startsWith('`')).length;
        const note = /_(?:(\d+) more rows? with findings)?(?:, | and )?(?:(\d+) more profiled paths?)? not shown/.exec(
          md,
        );
        expect(note).not.toBeNull();
        expect(rows + Number(note?.[1] ?? 0)).toBe(3000);
        expect(shownProfiles + Number(note?.[2] ?? 0)).toBe(3000);
      }
    });

    test('the default limit fits a pull-request comment, with every profile shown when there is room', async () => {
      const map = await mapOfProfiled(3000, ['data', 'entity']);
      expect(renderMarkdown(map).length).toBeLessThanOrEqual(65_536);
      const few = (await mapOfText(profiled(5, ['data', 'entity']), 'few.yaml')).map;
      expect(renderMarkdown(few)).toContain(
        'Level 3 profiles: `/resource-number-0` `data` + `entity`; `/resource-number-1`',
      );
      expect(renderMarkdown(few)).not.toContain('not shown');
    });

    test('the table of rules is cut too, and counted', () => {
      const written = { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {} };
      const results = Array.from({ length: 2000 }, (_, i) => ({
        code: `some-other-ruleset-rule-${i}`,
        path: ['info'],
        message: 'm',
        severity: 1,
      }));
      const map = buildStatusMap({
        written,
        resolved: written,
        text: '',
        source: 'a.yaml',
        generator: 't',
        results,
        notes: [],
      });
      const md = renderMarkdown(map, { limit: 5000 });
      expect(md.length).toBeLessThanOrEqual(5000);
      const shown = (md.match(/^\| `some-other-ruleset-rule-/gm) ?? []).length;
      expect(shown).toBeGreaterThan(10);
      expect(md).toContain(
        `_1 more row with findings and ${2000 - shown} more rules not shown (this summary stops at 5,000 characters)`,
      );
    });

    test('the heading and the counts fit in the smallest limit, whatever the file is called; a smaller limit is refused', async () => {
      const { map } = await mapOfText(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '201': {description: x}\n",
        'x.yaml',
      );
      const named = { ...map, source: `${'`'.repeat(300)}\u202E${'\u200B'.repeat(500)}.yaml` };
      const md = renderMarkdown(named, { limit: 1000 });
      expect(md.length).toBeLessThanOrEqual(1000);
      expect(md).toContain('**1 operation**');
      expect(() => renderMarkdown(map, { limit: 999 })).toThrow(RangeError);
    });
  });

  describe('document text is shown as it is, and does nothing', () => {
    /** The text outside code spans. */
    const outsideCode = (md: string): string => md.replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, '');

    test('Markdown, HTML, links and mentions in paths, keys and the file name stand in code spans', async () => {
      const hostile = '/a/<img src=x onerror=alert(1)>/**bold**/[link](https://example.com)/@octocat/:smile:/&lt;';
      const { map } = await mapOfText(
        `openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  "${hostile}":\n    get:\n      responses:\n        '201': {description: x}\n        '<b>x</b>': {description: y}\n`,
        '<i>@team</i>.yaml',
      );
      const md = renderMarkdown(map);
      expect(md).toContain(`GET ${hostile.replace(/\|/g, '\\|')}`);
      const outside = outsideCode(md);
      for (const piece of ['<', '@octocat', '@team', '**bold**', '[link]', ':smile:', '&lt;'])
        expect(outside).not.toContain(piece);
    });

    test('invisible and bidi characters are shown as escapes: /files/\\u202Egnp.exe cannot pass for /files/exe.png', async () => {
      const { map } = await mapOfText(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  \"/files/\\u202Egnp.exe\\u200B\":\n    get:\n      responses:\n        '201': {description: x}\n",
        '\u2066name.yaml',
      );
      expect(map.rows[0]?.label).toBe('GET /files/\u202Egnp.exe\u200B');
      const md = renderMarkdown(map);
      expect(md).toContain('`GET /files/\\u202Egnp.exe\\u200B`');
      expect(md).toContain('`\\u2066name.yaml`');
      expect(md).not.toMatch(/[\u200B\u202E\u2066]/);
    });
  });

  test.each([
    [
      'name: not an API\nitems: [1, 2]\n',
      '**Not an OpenAPI document**: it has no `openapi` or `swagger` version this ruleset reads, so there are no operations to map.',
    ],
    [
      "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n",
      '**No operations**: the document declares no operation under `paths` or `webhooks`.',
    ],
  ])(
    'a document without operations says what it is, not "0 operations, 0 without findings (100%)"',
    async (text, line) => {
      const md = renderMarkdown((await mapOfText(text, 'plain.yaml')).map);
      expect(md).toContain(line);
      expect(md).not.toContain('100%');
    },
  );

  test('the strict mode shows its missing codes', async () => {
    const { map } = await mapOf('sample-openapi.yaml', strict);
    expect(renderMarkdown(map)).toMatch(/Most missed: `\d{3}` \(\d+\)/);
  });
});

describe('HTML', () => {
  test('document text never closes the script that carries the data', async () => {
    const { map } = await mapOfText(
      "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /x</script><script>alert(1)</script>:\n    get:\n      responses:\n        '201': {description: x}\n",
      'hostile.yaml',
    );
    const page = renderHtml(map, '/* page script */');
    expect(page.match(/<script/g)).toHaveLength(2);
    expect(page).toContain('\\u003c/script>\\u003cscript>alert(1)\\u003c/script>');
    expect(JSON.parse(scriptSafeJson(map))).toEqual(JSON.parse(JSON.stringify(map)));
  });

  test('a Content Security Policy that allows no request', async () => {
    const { map } = await mapOf('sample-openapi.yaml');
    expect(renderHtml(map, '')).toContain(
      `content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"`,
    );
  });
});
