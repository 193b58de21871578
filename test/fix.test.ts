/**
 * `spectral-http-status fix`, in-process: the exact diff on a 3.0 and a
 * Swagger 2.0 document (comments and formatting kept), --dry-run writes
 * nothing, a run writes the fixed text and a second run changes nothing,
 * JSON keeps its indentation, and the re-lint shows the fixed findings gone.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cli } from './helpers/cli';

const FIXTURES = path.join(__dirname, '..', 'fixtures');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'fix-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const copy = (name: string): string => {
  writeFileSync(path.join(dir, path.basename(name)), readFileSync(path.join(FIXTURES, name), 'utf8'));
  return path.basename(name);
};

describe('fix', () => {
  test('Swagger 2.0: WWW-Authenticate once on the shared response, a 201 Location left where no 201 declares one; --dry-run writes nothing', async () => {
    const file = copy('report/swagger-2.0.yaml');
    const before = readFileSync(path.join(dir, file), 'utf8');
    const run = await cli(dir, 'fix', file, '--dry-run');
    expect(run.stdout).toBe(`--- a/swagger-2.0.yaml
+++ b/swagger-2.0.yaml
@@ -71,3 +71,7 @@
 responses:
   Unauthorized:
     description: Not authenticated
+    headers:
+      WWW-Authenticate:
+        description: The authentication challenge (scheme and parameters).
+        type: string
`);
    expect(run.stderr).toContain('Left for a person (2)');
    expect(run.stderr).toContain('no shared response for 304');
    expect(run.stderr).toContain('POST /pets 201 Location: no 201 of the document declares a Location header');
    expect(run.code).toBe(1);
    expect(readFileSync(path.join(dir, file), 'utf8')).toBe(before);
  });

  test('Swagger 2.0: a 201 Location declared inline, as `type: string`, where another 201 declares one', async () => {
    const text = `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      responses:
        '201':
          description: Created
  /pets/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, type: string}
      responses:
        '200':
          description: A pet
  /batches:
    post:
      responses:
        '201':
          description: Created
          headers:
            Location: {type: string}
`;
    writeFileSync(path.join(dir, 'sw2.yaml'), text);
    const run = await cli(dir, 'fix', 'sw2.yaml', '--rule', 'http-status-location-header');
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(dir, 'sw2.yaml'), 'utf8')).toBe(
      text.replace(
        '          description: Created\n',
        '          description: Created\n          headers:\n            Location:\n              description: The URI of the created resource.\n              type: string\n',
      ),
    );
  });

  test('OAS 3.0: written; the fixed findings are gone; a second run changes nothing', async () => {
    const file = copy('sample-openapi.yaml');
    const run = await cli(dir, 'fix', file);
    expect(run.stdout).toContain(
      '+          headers:\n+            ETag:\n+              description: The entity tag of the representation.\n+              schema:\n+                type: string\n',
    );
    expect(run.stdout).toContain(
      '-          content:\n-            application/json:\n-              schema:\n-                type: object\n',
    );
    const fixed = readFileSync(path.join(dir, file), 'utf8');
    const again = await cli(dir, 'fix', file);
    expect(again.stdout).toBe('');
    expect(readFileSync(path.join(dir, file), 'utf8')).toBe(fixed);
    const lint = await cli(dir, 'lint', file, '-f', 'json', '-q');
    const codes = (JSON.parse(lint.stdout) as Array<{ code: string }>).map((r) => r.code);
    expect(codes).not.toContain('http-status-etag-header');
    expect(codes).not.toContain('http-status-no-body');
  });

  test('JSON keeps its indentation; a 2xx key becomes 2XX (3.1)', async () => {
    const doc = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: { '/a': { get: { responses: { '200': { description: 'ok' }, '2xx': { description: 'other' } } } } },
    };
    writeFileSync(path.join(dir, 'a.json'), `${JSON.stringify(doc, null, 4)}\n`);
    const run = await cli(dir, 'fix', 'a.json', '--rule', 'http-status-code-format');
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(dir, 'a.json'), 'utf8')).toBe(
      `${JSON.stringify(doc, null, 4).replace('"2xx"', '"2XX"')}\n`,
    );
  });
});

/** Runs fix (written), then lints the result: the fixed text and the codes still reported. */
async function fixAndRelint(file: string): Promise<{ stdout: string; fixed: string; codes: string[] }> {
  const run = await cli(dir, 'fix', file);
  const fixed = readFileSync(path.join(dir, file), 'utf8');
  const lint = await cli(dir, 'lint', file, '-f', 'json', '-q');
  return { stdout: run.stdout, fixed, codes: (JSON.parse(lint.stdout) as Array<{ code: string }>).map((r) => r.code) };
}

describe('fix, per fix and version', () => {
  test('OAS 3.1: a 204 body is removed, nothing else changes; no-body is gone on re-lint', async () => {
    const file = copy('fix/oas31-204.yaml');
    const before = readFileSync(path.join(dir, file), 'utf8');
    const { fixed, codes } = await fixAndRelint(file);
    expect(fixed).toBe(
      before.replace(
        '          content:\n            application/json:\n              schema:\n                type: object\n',
        '',
      ),
    );
    expect(codes).not.toContain('http-status-no-body');
  });

  test('Swagger 2.0: a 204 schema is removed (the unquoted integer key kept as written); no-body is gone on re-lint', async () => {
    const file = copy('fix/sw2-204.yaml');
    const before = readFileSync(path.join(dir, file), 'utf8');
    const { fixed, codes } = await fixAndRelint(file);
    expect(fixed).toBe(before.replace('          schema:\n            type: object\n', ''));
    expect(codes).not.toContain('http-status-no-body');
  });

  test("OAS 3.0: a missing 404 reuses the document's shared response; error-expected is gone on re-lint", async () => {
    const file = copy('fix/oas30-reuse.yaml');
    const before = readFileSync(path.join(dir, file), 'utf8');
    const { fixed, codes } = await fixAndRelint(file);
    expect(fixed).toBe(
      before.replace(
        '          description: Deleted\n',
        "          description: Deleted\n        '404':\n          $ref: '#/components/responses/NotFound'\n",
      ),
    );
    expect(codes).not.toContain('http-status-error-expected');
  });

  test('a second run changes nothing on each of them', async () => {
    for (const name of [
      'fix/oas31-204.yaml',
      'fix/sw2-204.yaml',
      'fix/oas30-reuse.yaml',
      'fix/oas31-create.yaml',
      'fix/sw2-create.yaml',
    ]) {
      const file = copy(name);
      await cli(dir, 'fix', file);
      const once = readFileSync(path.join(dir, file), 'utf8');
      const again = await cli(dir, 'fix', file);
      expect(again.stdout).toBe('');
      expect(readFileSync(path.join(dir, file), 'utf8')).toBe(once);
    }
  });
});

describe('fix, a shared response added when the document has none for the code', () => {
  test('OAS 3.0: BadRequest and NotFound added once, shaped like the error responses (media type and schema), referenced; the public probe keeps its 401 for a person', async () => {
    const file = copy('fix/oas30-create.yaml');
    const before = readFileSync(path.join(dir, file), 'utf8');
    const run = await cli(dir, 'fix', file);
    const fixed = readFileSync(path.join(dir, file), 'utf8');
    const ref = (name: string): string => `          $ref: '#/components/responses/${name}'\n`;
    expect(fixed).toBe(
      before
        .replace(
          "                type: string\n        '401':\n          $ref: '#/components/responses/Unauthorized'\n  /pets/{id}:",
          `                type: string\n        '400':\n${ref('BadRequest')}        '401':\n          $ref: '#/components/responses/Unauthorized'\n  /pets/{id}:`,
        )
        .replace(
          "          description: A pet\n        '401':\n          $ref: '#/components/responses/Unauthorized'\n",
          `          description: A pet\n        '401':\n          $ref: '#/components/responses/Unauthorized'\n        '404':\n${ref('NotFound')}`,
        )
        .replace(
          "          description: Deleted\n        '401':\n          $ref: '#/components/responses/Unauthorized'\n",
          `          description: Deleted\n        '401':\n          $ref: '#/components/responses/Unauthorized'\n        '404':\n${ref('NotFound')}`,
        )
        .replace(
          "            $ref: '#/components/schemas/Problem'\n  schemas:",
          [
            "            $ref: '#/components/schemas/Problem'",
            '    BadRequest:',
            '      description: Bad Request',
            '      content:',
            '        application/problem+json:',
            '          schema:',
            "            $ref: '#/components/schemas/Problem'",
            '    NotFound:',
            '      description: Not Found',
            '      content:',
            '        application/problem+json:',
            '          schema:',
            "            $ref: '#/components/schemas/Problem'",
            '  schemas:',
          ].join('\n'),
        ),
    );
    expect(run.stderr).toContain('Fixed (3)');
    expect(run.stderr).toContain("added 404 ($ref '#/components/responses/NotFound', a shared response added for it)");
    // The probe /health inherits the root security: a 401 there is left, with the reason.
    expect(run.stderr).toMatch(
      /Left for a person \(1\):\n {2}\d+:\d+ {2}http-status-error-expected {2}GET \/health 401: it reads as a probe, which is usually public and only inherits the root `security`: whether to give it `security: \[\]` or a 401 response is for a person\n/,
    );
    expect(fixed).not.toMatch(/\/health:\n {4}get:\n {6}responses:\n {8}'200':\n {10}description: ok\n {8}'401'/);
    const lint = await cli(dir, 'lint', file, '-f', 'json', '-q');
    const left = (JSON.parse(lint.stdout) as Array<{ code: string; message: string }>).filter(
      (r) => r.code === 'http-status-error-expected',
    );
    expect(left.map((r) => r.message)).toEqual([expect.stringContaining('GET /health')]);
    const again = await cli(dir, 'fix', file);
    expect(again.stdout).toBe('');
  });

  test("OAS 3.0 JSON: errors described under `default` on most operations (Stripe's way) give the new response, for a code none declares, their media type and schema", async () => {
    const error = {
      description: 'Error',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/error' } } },
    };
    const doc = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/v1/items/{id}': {
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          get: { responses: { '200': { description: 'An item' }, default: error } },
        },
        '/v1/ping': { post: { responses: { '200': { description: 'Pong' }, default: error } } },
      },
      components: { schemas: { error: { type: 'object' } } },
    };
    writeFileSync(path.join(dir, 'a.json'), `${JSON.stringify(doc, null, 2)}\n`);
    // The strict mode asks a 404 of an operation whose errors are a `default` (the default mode counts the `default`).
    writeFileSync(
      path.join(dir, 'strict.yaml'),
      `extends: [${JSON.stringify(path.join(__dirname, '..', 'dist', 'strict.cjs'))}]\n`,
    );
    const run = await cli(dir, 'fix', 'a.json', '--dry-run', '--ruleset', 'strict.yaml');
    expect(run.stderr).toContain("added 404 ($ref '#/components/responses/NotFound', a shared response added for it)");
    expect(run.stdout).toContain(
      '+      "NotFound": {\n+        "description": "Not Found",\n+        "content": {\n+          "application/json": {\n+            "schema": {\n+              "$ref": "#/components/schemas/error"\n',
    );
  });

  test('OAS 3.0: a HEAD gets a 404 of its own without a body; the GET references the new shared NotFound with the error body', async () => {
    const file = copy('fix/oas30-head-404.yaml');
    const before = readFileSync(path.join(dir, file), 'utf8');
    const { fixed, codes } = await fixAndRelint(file);
    expect(fixed).toBe(
      before
        .replace("          description: The file\n        '400':", "          description: The file\n        '400':")
        .replace(
          "                $ref: '#/components/schemas/Error'\n    head:",
          "                $ref: '#/components/schemas/Error'\n        '404':\n          $ref: '#/components/responses/NotFound'\n    head:",
        )
        .replace(
          "          description: The file's headers\n",
          "          description: The file's headers\n        '404':\n          description: Not Found\n",
        )
        .replace(
          '      type: object\n',
          "      type: object\n  responses:\n    NotFound:\n      description: Not Found\n      content:\n        application/json:\n          schema:\n            $ref: '#/components/schemas/Error'\n",
        ),
    );
    expect(codes).not.toContain('http-status-error-expected');
    expect(codes).not.toContain('http-status-no-body');
  });

  test('OAS 3.1: no components and no error body: components/responses/NotFound with a description only, after the last operation', async () => {
    const file = copy('fix/oas31-create.yaml');
    const before = readFileSync(path.join(dir, file), 'utf8');
    const { fixed, codes } = await fixAndRelint(file);
    const ref = "        '404':\n          $ref: '#/components/responses/NotFound'\n";
    expect(fixed).toBe(
      before
        .replace('          description: An item\n', `          description: An item\n${ref}`)
        .replace(
          '          description: Deleted\n',
          `          description: Deleted\n${ref}components:\n  responses:\n    NotFound:\n      description: Not Found\n`,
        ),
    );
    expect(codes).not.toContain('http-status-error-expected');
  });

  test("Swagger 2.0: root responses gets BadRequest with the errors' schema; the NotFound it has is reused; new code keys quoted (an unquoted one is Spectral's parser error)", async () => {
    const file = copy('fix/sw2-create.yaml');
    const before = readFileSync(path.join(dir, file), 'utf8');
    const { fixed, codes } = await fixAndRelint(file);
    expect(fixed).toBe(
      before
        .replace(
          '          description: An item\n',
          "          description: An item\n        '404':\n          $ref: '#/responses/NotFound'\n",
        )
        .replace(
          '          description: Replaced\n',
          "          description: Replaced\n        '400':\n          $ref: '#/responses/BadRequest'\n        '404':\n          $ref: '#/responses/NotFound'\n",
        )
        .replace(
          '    x-note: not the code\n',
          "    x-note: not the code\n  BadRequest:\n    description: Bad Request\n    schema:\n      $ref: '#/definitions/Error'\n",
        ),
    );
    expect(codes).not.toContain('http-status-error-expected');
  });
});

describe('fix, the headers a 304 and a 206 repeat, Content-Range, a HEAD sharing a body', () => {
  // fixtures/fix/expected/<name> is the exact text fix writes: comments, quoting and key order kept.
  test.each([
    ['oas30-cache-head.yaml', 6],
    ['sw2-cache-head.yaml', 5],
    ['oas31-cache-head.json', 3],
  ])(
    '%s: fixed to the expected text; the findings are gone on re-lint; a second run changes nothing',
    async (name, count) => {
      const file = copy(`fix/${name}`);
      const run = await cli(dir, 'fix', file);
      expect(run.stderr).toContain(`Fixed (${count})`);
      expect(run.stderr).not.toContain('Left for a person');
      const fixed = readFileSync(path.join(dir, file), 'utf8');
      expect(fixed).toBe(readFileSync(path.join(FIXTURES, 'fix', 'expected', name), 'utf8'));
      const lint = await cli(dir, 'lint', file, '-f', 'json', '-q');
      const codes = (JSON.parse(lint.stdout) as Array<{ code: string }>).map((r) => r.code);
      for (const rule of [
        'http-status-cache-headers',
        'http-status-content-range-header',
        'http-status-no-body',
        'http-status-etag-header',
      ])
        expect(codes).not.toContain(rule);
      const again = await cli(dir, 'fix', file);
      expect(again.stdout).toBe('');
      expect(readFileSync(path.join(dir, file), 'utf8')).toBe(fixed);
    },
  );

  test("the HEAD's own response is the shared one without its body; the GET keeps the $ref (Swagger 2.0: schema and examples go)", () => {
    const before = readFileSync(path.join(FIXTURES, 'fix', 'sw2-cache-head.yaml'), 'utf8');
    const after = readFileSync(path.join(FIXTURES, 'fix', 'expected', 'sw2-cache-head.yaml'), 'utf8');
    expect(after).toContain(
      "    head:\n      responses:\n        '200':\n          description: A file\n          headers:\n            ETag:\n              type: string\n        '404':",
    );
    expect(after.split("$ref: '#/responses/File'").length).toBe(2);
    expect(after.slice(after.indexOf('\nresponses:'))).toBe(before.slice(before.indexOf('\nresponses:')));
    expect(after).toContain('          description: Not modified # a validator matched\n          headers:\n');
  });
});

describe('fix, what it leaves', () => {
  test('an ETag on a 200 whose 304 lacks it too is left (declared on the 200 alone, cache-headers would report the 304; corpus: httpbin)', async () => {
    const doc = [
      'openapi: 3.0.3',
      'info:',
      '  title: t',
      "  version: '1'",
      'paths:',
      '  /cache:',
      '    get:',
      '      parameters:',
      '        - name: If-None-Match',
      '          in: header',
      '          schema:',
      '            type: string',
      '      responses:',
      "        '200':",
      '          description: ok',
      "        '304':",
      '          description: Not modified',
      '',
    ].join('\n');
    writeFileSync(path.join(dir, 'a.yaml'), doc);
    const run = await cli(dir, 'fix', 'a.yaml', '--dry-run');
    expect(run.stderr).toContain(
      'http-status-etag-header  GET /cache 200 ETag: its 304 would then lack ETag, which a 304 repeats from the 200 (http-status-cache-headers): declare it on both by hand',
    );
    expect(run.stdout).not.toContain('+            ETag:');
  });
});

describe('fix, header kinds', () => {
  test('OAS 3.0: Allow on a 405 and Retry-After on a 429, in 3.x form (schema) with a description; both gone on re-lint', async () => {
    const file = copy('fix/oas30-headers.yaml');
    const before = readFileSync(path.join(dir, file), 'utf8');
    const { fixed, codes } = await fixAndRelint(file);
    expect(fixed).toBe(
      before
        .replace(
          '          description: Not allowed\n',
          '          description: Not allowed\n          headers:\n            Allow:\n              description: The methods the target resource supports.\n              schema:\n                type: string\n',
        )
        .replace(
          '          description: Slow down\n',
          '          description: Slow down\n          headers:\n            Retry-After:\n              description: How long to wait before retrying, in seconds or as an HTTP date.\n              schema:\n                type: string\n',
        ),
    );
    expect(codes).not.toContain('http-status-allow-header');
    expect(codes).not.toContain('http-status-retry-after-header');
  });
});

describe('README', () => {
  test("the README's fix diff is what fix --dry-run prints on fixtures/sample-openapi.yaml", async () => {
    const readme = readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
    const block = /<!-- snippet:fix-diff -->\n```diff\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const file = copy('sample-openapi.yaml');
    const run = await cli(dir, 'fix', file, '--dry-run', '-q');
    expect(run.stdout).toBe(block);
  });
});
