/** The Markdown summary: counts, the table of rows with findings, the size limit and its note, escaping. */
import { renderHtml, scriptSafeJson } from '../../report/html';
import { renderMarkdown } from '../../report/markdown';
import { strict } from '../helpers/lint';
import { mapOf, mapOfText } from '../helpers/report';

describe('Markdown', () => {
  test('the counts per rule, with links to the rule pages, then one line per row with findings', async () => {
    const { map } = await mapOf('report/swagger-2.0.yaml');
    const md = renderMarkdown(map);
    expect(md).toContain('**4 operations**, 0 without findings (0%). 4 findings (4 warnings).');
    expect(md).toMatch(/\| \[`http-status-method-matrix`\]\(https:\/\/\S+\/docs\/rules\/http-status-method-matrix\.md\) \| 0 \| 1 \| 0 \| 0 \| 1 \|/);
    expect(md).toContain('| `GET /pets` (line 14) | `201` |  | `401` | 2 |');
    expect(md).toContain('| `GET /pets/{id}` (line 48) |  | `304` | `401` | 2 |');
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
