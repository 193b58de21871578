/** The Markdown summary: counts, the table of rows with findings, the size limit and its note, escaping. */
import { renderHtml, scriptSafeJson } from '../../report/html';
import { renderMarkdown } from '../../report/markdown';
import { buildStatusMap } from '../../report/map';
import { strict } from '../helpers/lint';
import { mapOf, mapOfText } from '../helpers/report';

describe('Markdown', () => {
  test('the counts per rule, with links to the rule pages, then one line per row with findings', async () => {
    const { map } = await mapOf('report/swagger-2.0.yaml');
    const md = renderMarkdown(map);
    expect(md).toContain('**4 operations**, 0 without findings (0%). 4 findings (4 warnings).');
    expect(md).toMatch(/\| \[`http-status-method-matrix`\]\(https:\/\/\S+\/docs\/rules\/http-status-method-matrix\.md\) \| 0 \| 1 \| 0 \| 0 \| 1 \|/);
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
    const paths = Array.from({ length: 400 }, (_, i) => `  /things${i}:\n    get:\n      responses:\n        '201': {description: wrong}`).join('\n');
    const { map } = await mapOfText(`openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n${paths}\n`, 'many.yaml');
    const full = renderMarkdown(map, { limit: 1_000_000 });
    expect(full.match(/^\| `GET \/things/gm)).toHaveLength(400);
    const cut = renderMarkdown(map, { limit: 5000 });
    expect(cut.length).toBeLessThanOrEqual(5000);
    const shown = cut.match(/^\| `GET \/things/gm)?.length ?? 0;
    expect(shown).toBeGreaterThan(10);
    expect(cut).toContain(`_${400 - shown} more rows with findings not shown (this summary stops at 5,000 characters); \`spectral-http-status report --format html\` shows them all._`);
  });

  test('text from the document cannot break the table', async () => {
    const { map } = await mapOfText("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a|b`c:\n    get:\n      responses:\n        '201': {description: x}\n", 'pipes.yaml');
    const line = renderMarkdown(map).split('\n').find((l) => l.includes('/a'));
    expect(line).toBe("| `GET /a\\|b'c` (line 5) | `201` |  |  | 1 |");
    const { map: broken } = await mapOfText('openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  "/x\\r\\ny":\n    get:\n      responses:\n        "201": {description: x}\n', 'breaks.yaml');
    expect(renderMarkdown(broken).split('\n').filter((l) => l.includes('/x'))).toEqual(['| `GET /x y` (line 5) | `201` |  |  | 1 |']);
  });

  test('a request for one of several codes is one entry; no success response is `success`', async () => {
    const written = { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { '/a': { get: { responses: { default: { description: 'x' } } } } } };
    const path = ['paths', '/a', 'get', 'responses'];
    const result = (code: string, message: string) => ({ code, path, message, severity: 1, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
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

  test('the strict mode shows its missing codes', async () => {
    const { map } = await mapOf('sample-openapi.yaml', strict);
    expect(renderMarkdown(map)).toMatch(/Most missed: `\d{3}` \(\d+\)/);
  });
});

describe('HTML', () => {
  test('document text never closes the script that carries the data', async () => {
    const { map } = await mapOfText("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /x</script><script>alert(1)</script>:\n    get:\n      responses:\n        '201': {description: x}\n", 'hostile.yaml');
    const page = renderHtml(map, '/* page script */');
    expect(page.match(/<script/g)).toHaveLength(2);
    expect(page).toContain('\\u003c/script>\\u003cscript>alert(1)\\u003c/script>');
    expect(JSON.parse(scriptSafeJson(map))).toEqual(JSON.parse(JSON.stringify(map)));
  });

  test('a Content Security Policy that allows no request', async () => {
    const { map } = await mapOf('sample-openapi.yaml');
    expect(renderHtml(map, '')).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"`);
  });
});
