/**
 * `fix` on the choices a reviewer of its edits checks: JSON edits in the
 * layout of the object edited (a minified document stays on its one line, a
 * `{ "$ref": … }` one-liner is not re-flowed), the diff header's path, a
 * blocked fix that does not block the rest, which code and shared response
 * an added error response reuses, ETag left where the document declares
 * none, a 201's Location left where no 201 of the document declares one, and header descriptions per code.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { cli } from './helpers/cli';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'fix-choices-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string): string => {
  writeFileSync(path.join(dir, name), text);
  return name;
};
const read = (name: string): string => readFileSync(path.join(dir, name), 'utf8');

describe('JSON layout', () => {
  test('a minified document: the 204 body removed and Location added on its one line, nothing else changed', async () => {
    const text =
      '{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{"/b":{"post":{"responses":{"201":{"description":"Created","headers":{"Location":{"schema":{"type":"string"}}}}}}},"/a":{"post":{"responses":{"201":{"description":"Created"}}}},"/a/{id}":{' +
      '"parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string"}}],"delete":{"responses":{"204":{"description":"Gone","content":{"application/json":{"schema":{"type":"object"}}}}}}}}}';
    const file = write('min.json', text);
    const run = await cli(dir, 'fix', file, '--rule', 'http-status-location-header', '--rule', 'http-status-no-body');
    expect(run.code).toBe(0);
    expect(read(file)).toBe(
      '{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{"/b":{"post":{"responses":{"201":{"description":"Created","headers":{"Location":{"schema":{"type":"string"}}}}}}},"/a":{"post":{"responses":{"201":{"description":"Created","headers":{"Location":{"description":"The URI of the created resource.","schema":{"type":"string"}}}}}}},"/a/{id}":{' +
        '"parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string"}}],"delete":{"responses":{"204":{"description":"Gone"}}}}}}',
    );
    expect(read(file).split('\n')).toHaveLength(1);
  });

  test('compact JSON: a new code goes on its own line as a one-liner, the neighbouring one-liner untouched', async () => {
    const text = `{
  "openapi": "3.0.3",
  "info": { "title": "t", "version": "1" },
  "paths": {
    "/pets/{id}": {
      "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }],
      "get": {
        "responses": {
          "200": { "description": "A pet" },
          "404": { "$ref": "#/components/responses/not_found" }
        }
      },
      "delete": {
        "responses": {
          "204": { "description": "Deleted" }
        }
      }
    }
  },
  "components": { "responses": { "not_found": { "description": "No such pet" } } }
}
`;
    const file = write('compact.json', text);
    const run = await cli(dir, 'fix', file);
    expect(run.code).toBe(0);
    expect(read(file)).toBe(
      text.replace(
        '          "204": { "description": "Deleted" }\n',
        '          "204": { "description": "Deleted" },\n          "404": { "$ref": "#/components/responses/not_found" }\n',
      ),
    );
  });

  test('pretty-printed JSON: an empty `{}` opens up as JSON.stringify writes an object (4 spaces, CRLF kept)', async () => {
    const doc = (headers: object): object => ({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/b': {
          post: {
            responses: { '201': { description: 'Created', headers: { Location: { schema: { type: 'string' } } } } },
          },
        },
        '/a': { post: { responses: { '201': { description: 'Created', headers } } } },
        '/a/{id}': {
          get: {
            parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
            responses: { '200': { description: 'ok' } },
          },
        },
      },
    });
    const crlf = (o: object): string => `${JSON.stringify(o, null, 4).replace(/\n/g, '\r\n')}\r\n`;
    const file = write('pretty.json', crlf(doc({})));
    const run = await cli(dir, 'fix', file, '--rule', 'http-status-location-header');
    expect(run.code).toBe(0);
    expect(read(file)).toBe(
      crlf(doc({ Location: { description: 'The URI of the created resource.', schema: { type: 'string' } } })),
    );
  });

  test('the diff header names a document outside the working directory as given, inside it relative to it', async () => {
    const text =
      '{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{"/a":{"delete":{"responses":{"204":{"description":"Gone","content":{"text/plain":{}}}}}}}}';
    const file = write('abs.json', text);
    const absolute = path.join(dir, file);
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'fix-cwd-'));
    try {
      const outside = await cli(elsewhere, 'fix', absolute, '--dry-run');
      expect(outside.stdout.split('\n').slice(0, 2)).toEqual([`--- ${absolute}`, `+++ ${absolute}`]);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
    const inside = await cli(dir, 'fix', absolute, '--dry-run');
    expect(inside.stdout.split('\n').slice(0, 2)).toEqual(['--- a/abs.json', '+++ b/abs.json']);
  });
});

describe('a blocked fix does not block the rest', () => {
  // The planner itself now leaves this ETag (its 304 lacks one too); test/fix-safety.test.ts holds back a spoiled fix after the re-lint.
  test('the ETag whose fix would raise a cache-headers finding on the 304 is left with the reason; Location is written', async () => {
    const text = readFileSync(path.join(__dirname, '..', 'fixtures', 'fix', 'oas30-blocked.yaml'), 'utf8');
    const file = write('blocked.yaml', text);
    const run = await cli(dir, 'fix', file);
    expect(run.code).toBe(1);
    expect(read(file)).toBe(
      text.replace(
        '          description: Created\n',
        '          description: Created\n          headers:\n            Location:\n              description: The URI of the created resource.\n              schema:\n                type: string\n',
      ),
    );
    expect(run.stderr).toMatch(
      /Left for a person \(1\):\n {2}14:15 {2}http-status-etag-header {2}GET \/cache 200 ETag: its 304 would then lack ETag, which a 304 repeats from the 200 \(http-status-cache-headers\)/,
    );
    const lint = await cli(dir, 'lint', file, '-f', 'json', '-q');
    const codes = (JSON.parse(lint.stdout) as Array<{ code: string }>).map((r) => r.code);
    expect(codes).toEqual(['http-status-etag-header']);
    expect((await cli(dir, 'fix', file, '--dry-run')).stdout).toBe('');
  });
});

const fixture = (name: string): string => readFileSync(path.join(__dirname, '..', 'fixtures', 'fix', name), 'utf8');

describe('which code and shared response an added error response reuses', () => {
  test("'400 or 422': the code the document declares more (422), unless the operation's own family has the other (SCIM: scim_bad_request)", async () => {
    const text = fixture('oas30-choices.yaml');
    const file = write('choices.yaml', text);
    const run = await cli(dir, 'fix', file, '--rule', 'http-status-error-expected');
    expect(run.code).toBe(0);
    expect(read(file)).toBe(
      text
        .replace(
          "  /search/commits:\n    get:\n      parameters:\n        - name: q\n          in: query\n          required: true\n          schema:\n            type: string\n      responses:\n        '200':\n          description: Results\n",
          "  /search/commits:\n    get:\n      parameters:\n        - name: q\n          in: query\n          required: true\n          schema:\n            type: string\n      responses:\n        '200':\n          description: Results\n        '422':\n          $ref: '#/components/responses/validation_failed'\n",
        )
        .replace(
          '          description: Replaced\n',
          "          description: Replaced\n        '400':\n          $ref: '#/components/responses/scim_bad_request'\n",
        ),
    );
  });
});

describe('ETag', () => {
  test("left for a person where the document declares no ETag header and keeps entity tags in body 'etag' fields", async () => {
    const text = fixture('oas30-etag-body.yaml');
    const file = write('etag.yaml', text);
    const run = await cli(dir, 'fix', file);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      "GET /files/{id}/versions/{version} 200 ETag: the document declares no ETag header anywhere and carries entity tags in body 'etag' fields: declaring a header the API may not send would mislead clients; for a person to judge",
    );
    expect(read(file)).toBe(text);
  });

  test('declared where the document has no body etag field', async () => {
    const text = fixture('oas30-etag-body.yaml')
      .replace('        etag:\n', '        size:\n')
      .replace("        '304':\n          description: Not modified\n", '');
    const file = write('etag.yaml', text);
    const run = await cli(dir, 'fix', file, '--rule', 'http-status-etag-header');
    expect(run.code).toBe(0);
    expect(read(file)).toBe(
      text.replace(
        '          description: A version\n',
        '          description: A version\n          headers:\n            ETag:\n              description: The entity tag of the representation.\n              schema:\n                type: string\n',
      ),
    );
  });
});

describe('Location on a 201', () => {
  const text = (extra: string): string => `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    post:
      responses:
        '201':
          description: Created
  /a/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: Ok
${extra}`;
  const moved = `  /b:
    post:
      responses:
        '201':
          description: Created
          headers:
            Location:
              schema: {type: string}
`;

  test("left for a person where no 201 of the document declares a Location header (a redirect's Location does not count)", async () => {
    const redirect = `  /c:
    get:
      responses:
        '303':
          description: See other
          headers:
            Location:
              schema: {type: string}
`;
    const file = write('api.yaml', text(redirect));
    const run = await cli(dir, 'fix', file, '--rule', 'http-status-location-header');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'POST /a 201 Location: no 201 of the document declares a Location header, and a 201 may go without one (RFC 9110 §15.3.2: the target URI then names what was created): whether its server sends one is for a person to confirm',
    );
    expect(read(file)).toBe(text(redirect));
  });

  test('declared where another 201 of the document declares Location', async () => {
    const file = write('api.yaml', text(moved));
    const run = await cli(dir, 'fix', file, '--rule', 'http-status-location-header');
    expect(run.code).toBe(0);
    expect(read(file)).toBe(
      text(moved).replace(
        '          description: Created\n',
        '          description: Created\n          headers:\n            Location:\n              description: The URI of the created resource.\n              schema:\n                type: string\n',
      ),
    );
  });
});

describe('Location on a 201 with a body (the eighth review, App Center)', () => {
  const created = (name: string, location: boolean, body: boolean): string => `  /${name}:
    post:
      responses:
        '201':
          description: Created
${location ? '          headers:\n            Location:\n              schema: {type: string}\n' : ''}${body ? '          content:\n            application/json:\n              schema: {type: object}\n' : ''}  /${name}/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: Ok
`;
  const head = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n";

  test('left where the only 201 that declares Location has no body: its Location stands in for the body', async () => {
    const text = `${head}${created('runs', true, false)}${created('apps', false, true)}`;
    const file = write('api.yaml', text);
    const run = await cli(dir, 'fix', file, '--rule', 'http-status-location-header');
    expect(run.stderr).toContain(
      'POST /apps 201 Location: the 201s of the document that declare a Location header have no body, where this one returns what it created',
    );
    expect(read(file)).toBe(text);
  });

  test('declared where a 201 with a body declares Location', async () => {
    const text = `${head}${created('orgs', true, true)}${created('apps', false, true)}`;
    const file = write('api.yaml', text);
    const run = await cli(dir, 'fix', file, '--rule', 'http-status-location-header');
    expect(run.code).toBe(0);
    expect(read(file)).toBe(
      text.replace(
        "  /apps:\n    post:\n      responses:\n        '201':\n          description: Created\n",
        "  /apps:\n    post:\n      responses:\n        '201':\n          description: Created\n          headers:\n            Location:\n              description: The URI of the created resource.\n              schema:\n                type: string\n",
      ),
    );
  });

  test('a bodiless 201 takes the evidence of any 201 that declares Location', async () => {
    const text = `${head}${created('orgs', true, true)}${created('runs', false, false)}`;
    const file = write('api.yaml', text);
    const run = await cli(dir, 'fix', file, '--rule', 'http-status-location-header', '--dry-run');
    expect(run.stdout).toContain('+            Location:');
  });
});

describe('header descriptions per code', () => {
  test('Upgrade on a 426 names the protocols the client must switch to, not what a 101 switches to', async () => {
    const text = `openapi: 3.0.3
info:
  title: t
  version: '1'
paths:
  /chat:
    get:
      responses:
        '200':
          description: Chat
        '426':
          description: Upgrade required
`;
    const file = write('upgrade.yaml', text);
    const run = await cli(dir, 'fix', file);
    expect(run.code).toBe(0);
    expect(read(file)).toBe(
      `${text}          headers:\n            Upgrade:\n              description: The protocol(s) the client must switch to, in order of preference.\n              schema:\n                type: string\n`,
    );
  });
});

describe('the second review of 30 edits: what a created response carries, and what is left', () => {
  const doc = (extra: string): string => `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    post:
      requestBody:
        content:
          application/json:
            schema: {type: object}
      responses:
        '201':
          description: Created
          content:
            application/json:
              schema:
                type: array
                items: {type: object}
        '401':
          description: No
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
            text/plain:
              schema: {$ref: '#/components/schemas/Error'}
        '422':
          description: Bad
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
            text/plain:
              schema: {$ref: '#/components/schemas/Error'}
  /b:
    post:
      requestBody:
        content:
          application/json:
            schema: {type: object}
      responses:
        '200':
          description: Ok
        '401':
          description: No
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
            text/plain:
              schema: {$ref: '#/components/schemas/Error'}
        '422':
          description: Bad
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
        '500':
          description: Oops
          content:
            text/plain:
              schema: {type: string}
        '503':
          description: Down
          content:
            text/plain:
              schema: {$ref: '#/components/schemas/Error'}
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
  /c:
    patch:
      requestBody:
        content:
          application/json:
            schema: {type: object}
      responses:
        '200':
          description: Ok
        '400':
          description: Bad
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
        '401':
          description: No
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
${extra}components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Key}
  schemas:
    Error: {type: object}
security:
  - key: []
`;

  test("with no shared response for '400 or 422': the code more operations declare, with the body most error responses share", async () => {
    const file = write(
      'api.yaml',
      doc(`  /d:
    put:
      requestBody:
        content:
          application/json:
            schema: {type: object}
      responses:
        '200':
          description: Ok
        '401':
          description: No
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
`),
    );
    const run = await cli(dir, 'fix', file, '--rule', 'http-status-error-expected', '--dry-run');
    // 422 is declared by two operations, 400 by one: the new shared response is a 422.
    expect(run.stderr).toContain(
      "PUT /d 400 or 422: added 422 ($ref '#/components/responses/UnprocessableContent', a shared response added for it)",
    );
    // Eight of the nine error responses with a body share application/json Error, four of them in their JSON media type beside text/plain (the 500's text/plain alone does not).
    expect(run.stdout).toContain(
      [
        '+    UnprocessableContent:',
        '+      description: Unprocessable Content',
        '+      content:',
        '+        application/json:',
        '+          schema:',
        "+            $ref: '#/components/schemas/Error'",
      ].join('\n'),
    );
  });

  test('a Location on a 201 that returns a list is left for a person', async () => {
    const file = write(
      'api.yaml',
      doc(`  /a/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
    get:
      responses:
        '200':
          description: Ok
        '401':
          description: No
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
        '404':
          description: None
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
`),
    );
    const run = await cli(dir, 'fix', file, '--rule', 'http-status-location-header', '--dry-run');
    expect(run.stderr).toContain(
      'POST /a 201 Location: the 201 returns a list, so several resources were created and no one URI names them',
    );
    expect(run.stdout).toBe('');
  });

  test('a 415 asked of a GET (the strict mode) is left for a person', async () => {
    // The strict mode as built (this tier runs after the build).
    writeFileSync(
      path.join(dir, 'strict.yaml'),
      `extends: [${JSON.stringify(path.join(__dirname, '..', 'dist', 'strict.cjs'))}]\n`,
    );
    const file = write(
      'api.yaml',
      doc(`  /e:
    get:
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema: {type: object}
      responses:
        '200':
          description: Ok
        '400':
          description: Bad
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
        '401':
          description: No
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
  /f:
    put:
      requestBody:
        content:
          application/json:
            schema: {type: object}
      responses:
        '204':
          description: Done
        '400':
          description: Bad
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
        '401':
          description: No
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
        '415':
          description: Not JSON
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
`),
    );
    const run = await cli(dir, 'fix', file, '--rule', 'http-status-error-expected', '--ruleset', 'strict.yaml');
    expect(run.stderr).toMatch(/GET \/e 415: content in a GET has no defined meaning \(RFC 9110 §9\.3\)/);
    const fixed = parseYaml(read(file)) as { paths: Record<string, Record<string, { responses: object }>> };
    // The POSTs get their 415 (PUT /f declares one, so the API sends it); the GET keeps what it had.
    expect(Object.keys(fixed.paths['/a']?.post?.responses ?? {})).toContain('415');
    expect(Object.keys(fixed.paths['/e']?.get?.responses ?? {})).not.toContain('415');
  });
});

describe("the fourth to sixth reviews of 30 edits: nothing added where the document says its API answers otherwise, and the response of the operation's own area", () => {
  const error = `          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
`;
  const head = `openapi: 3.0.3
info: {title: t, version: '1'}
components:
  schemas:
    Error: {type: object}
paths:
`;

  test('a 415 where no operation declares one (Stripe answers an unsupported media type with a 400): left, the 400 and 401 added', async () => {
    writeFileSync(
      path.join(dir, 'strict.yaml'),
      `extends: [${JSON.stringify(path.join(__dirname, '..', 'dist', 'strict.cjs'))}]\n`,
    );
    // The document's own 400 and 401 (without a shared response), so that fix has them to add.
    const text = `${head}  /b:
    get:
      responses:
        '200':
          description: Ok
        '400':
          description: Bad query
        '401':
          description: Who are you
  /a:
    put:
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema: {type: object}
      responses:
        '204':
          description: Done
        '403':
          description: No
${error}`;
    const file = write('api.yaml', text);
    const run = await cli(dir, 'fix', file, '--rule', 'http-status-error-expected', '--ruleset', 'strict.yaml');
    expect(run.stderr).toContain(
      'PUT /a 415: no operation of the document declares a 415, and many APIs answer an unsupported media type with a 400: whether this one sends a 415 is for a person',
    );
    const codes = Object.keys(
      (parseYaml(read(file)) as { paths: Record<string, Record<string, { responses: object }>> }).paths['/a']?.put
        ?.responses ?? {},
    );
    expect(codes).toContain('400');
    expect(codes).not.toContain('415');
  });

  test('a code where most operations answer errors with a `default` and this one has none (Plaid): left, nothing created', async () => {
    const op = (name: string, withDefault: boolean): string => `  /${name}:
    post:
      requestBody:
        content:
          application/json:
            schema: {type: object, required: [a], properties: {a: {type: string}}}
      responses:
        '200':
          description: Ok
${withDefault ? `        default:\n          description: Error response\n${error}` : ''}`;
    const text = `${head}${op('a', true)}${op('b', true)}${op('c', false)}`;
    const file = write('api.yaml', text);
    const run = await cli(dir, 'fix', file, '--rule', 'http-status-error-expected', '--dry-run');
    expect(run.stderr).toContain(
      "POST /c 400 or 422: 2 of the document's 3 operations answer errors with a `default` response, which this one lacks: add that `default`, or a 400, by hand",
    );
    expect(run.stdout).toBe('');
  });

  test('a 404 where every operation that declares an error declares one 400 and no other (DocuSign): left, nothing created', async () => {
    const op = (name: string): string => `  /${name}/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
    get:
      responses:
        '200':
          description: Ok
        '400':
          description: Error encountered.
${error}`;
    const text = `${head}${op('a')}${op('b')}${op('c')}`;
    const file = write('api.yaml', text);
    const run = await cli(dir, 'fix', file, '--rule', 'http-status-error-expected', '--dry-run');
    expect(run.stderr).toContain(
      'GET /a/{id} 404: every operation of the document that declares an error declares one 400 and no other: whether its API answers this with a 404 is for a person',
    );
    expect(run.stdout).toBe('');
    // With a second error code somewhere (a 404 the document declares), the 400 is no catch-all: the 404 is added.
    const mixed = write(
      'mixed.yaml',
      `${text}  /d/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
    get:
      responses:
        '200':
          description: Ok
        '404':
          description: No such d
`,
    );
    const added = await cli(dir, 'fix', mixed, '--rule', 'http-status-error-expected', '--dry-run');
    expect(added.stdout).toContain("+          $ref: '#/components/responses/NotFound'");
  });

  test('a 404 where most operations declare the same client errors and none a 404 (Adyen): left; a code of the set is still added', async () => {
    const codes = ['400', '401', '403', '422'];
    const op = (name: string, errors: boolean): string => `  /${name}/{id}/reversals:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
    post:
      requestBody:
        content:
          application/json:
            schema: {type: object, required: [a], properties: {a: {type: string}}}
      responses:
        '201':
          description: Ok
          content:
            application/json:
              schema: {type: object}
${errors ? codes.map((c) => `        '${c}':\n          description: Error ${c}\n${error}`).join('') : ''}`;
    const text = `${head}${op('a', true)}${op('b', true)}${op('c', true)}${op('d', false)}`;
    const file = write('api.yaml', text);
    const run = await cli(dir, 'fix', file, '--rule', 'http-status-error-expected', '--dry-run');
    expect(run.stderr).toContain(
      "POST /a/{id}/reversals 404: 3 of the document's 4 operations declare the same client errors, 400/401/403/422, and none declares a 404: whether its API answers this with a 404 rather than one of those is for a person",
    );
    expect(run.stdout).not.toContain('NotFound');
    // The operation without errors still gets a 400 (a code of the set).
    expect(run.stdout).toContain("+        '400':");
    // With only two operations declaring the set, it is no fixed set: the 404 one operation declares is added.
    const two = write(
      'two.yaml',
      `${head}${op('a', true)}${op('b', true)}${op('d', false)}  /e/{id}:\n    parameters:\n      - {name: id, in: path, required: true, schema: {type: string}}\n    get:\n      responses:\n        '200':\n          description: Ok\n        '404':\n          description: No such e\n`,
    );
    const added = await cli(dir, 'fix', two, '--rule', 'http-status-error-expected', '--dry-run');
    expect(added.stdout).toContain("$ref: '#/components/responses/NotFound'");
  });

  test('an AWS operation (X-Amz-* headers) asked for 401 or 403 gets the 403 AWS answers an unsigned request with', async () => {
    const file = write(
      'aws.yaml',
      `openapi: 3.0.3
info: {title: t, version: '1'}
security:
  - hmac: []
components:
  securitySchemes:
    hmac: {type: apiKey, name: Authorization, in: header, x-amazon-apigateway-authtype: awsSigv4}
  schemas:
    Error: {type: object}
paths:
  /tags/{arn}:
    parameters:
      - {name: arn, in: path, required: true, schema: {type: string}}
      - {name: X-Amz-Date, in: header, schema: {type: string}}
    get:
      responses:
        '200':
          description: Ok
        '404':
          description: No such resource
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
  /keys:
    get:
      responses:
        '200':
          description: Ok
        '403':
          description: Denied
`,
    );
    const run = await cli(dir, 'fix', file, '--rule', 'http-status-error-expected', '--dry-run');
    expect(run.stdout).toContain("+        '403':\n+          $ref: '#/components/responses/Forbidden'\n");
    expect(run.stdout).not.toContain("'401'");
  });

  test('a list or a delete of a collection where none declares a 404 (Kubernetes): left; the item under it gets its 404', async () => {
    const file = write(
      'ns.yaml',
      `swagger: '2.0'
info: {title: t, version: '1'}
securityDefinitions:
  key: {type: apiKey, name: X-Key, in: header}
security:
  - key: []
paths:
  /namespaces/{namespace}/pods:
    parameters:
      - {name: namespace, in: path, required: true, type: string}
    get:
      responses:
        '200':
          description: The pods
        '401':
          description: No
    delete:
      responses:
        '200':
          description: Deleted
        '401':
          description: No
  /namespaces/{namespace}/pods/{name}:
    parameters:
      - {name: namespace, in: path, required: true, type: string}
      - {name: name, in: path, required: true, type: string}
    get:
      responses:
        '200':
          description: The pod
        '401':
          description: No
  /nodes/{name}:
    parameters:
      - {name: name, in: path, required: true, type: string}
    get:
      responses:
        '200':
          description: The node
        '401':
          description: No
        '404':
          description: No such node
`,
    );
    const run = await cli(dir, 'fix', file, '--rule', 'http-status-error-expected', '--dry-run');
    expect(run.stderr).toContain(
      'GET /namespaces/{namespace}/pods 404: no list or delete of a collection in the document declares a 404',
    );
    expect(run.stderr).toContain('DELETE /namespaces/{namespace}/pods 404: no list or delete of a collection');
    expect(run.stdout).toContain("+        '404':\n+          $ref: '#/responses/NotFound'\n");
    expect(run.stdout.match(/\+ {8}'404':/g)).toHaveLength(1);
  });

  test('a new 401 declares no WWW-Authenticate where no operation uses HTTP authentication (API keys only)', async () => {
    const text = `openapi: 3.0.3
info: {title: t, version: '1'}
security:
  - key: []
components:
  securitySchemes:
    key: {type: apiKey, name: api-key, in: query}
paths:
  /a:
    get:
      responses:
        '200':
          description: Ok
  /b:
    get:
      responses:
        '200':
          description: Ok
        '401':
          description: No key
`;
    const file = write('api.yaml', text);
    const run = await cli(dir, 'fix', file, '--rule', 'http-status-error-expected', '--dry-run');
    expect(run.stdout).toContain('+    Unauthorized:\n+      description: Unauthorized\n');
    expect(run.stdout).not.toContain('WWW-Authenticate');
    // With an HTTP scheme, the challenge is declared.
    const bearer = write(
      'bearer.yaml',
      text.replace('{type: apiKey, name: api-key, in: query}', '{type: http, scheme: bearer}'),
    );
    const withChallenge = await cli(dir, 'fix', bearer, '--rule', 'http-status-error-expected', '--dry-run');
    expect(withChallenge.stdout).toContain('WWW-Authenticate');
  });

  test("an operation with no shared response of its own takes its area's family (GitHub's enterprise SCIM operations get scim_not_found)", async () => {
    const file = write(
      'scim.yaml',
      `openapi: 3.0.3
info: {title: t, version: '1'}
components:
  schemas:
    Error: {type: object}
    ScimError: {type: object}
  responses:
    not_found:
      description: Resource not found
      content:
        application/json:
          schema: {$ref: '#/components/schemas/Error'}
    scim_not_found:
      description: Resource not found
      content:
        application/scim+json:
          schema: {$ref: '#/components/schemas/ScimError'}
paths:
  /repos/{repo}:
    parameters:
      - {name: repo, in: path, required: true, schema: {type: string}}
    get:
      responses:
        '200':
          description: A repository
        '404':
          $ref: '#/components/responses/not_found'
  /repos/{repo}/hooks/{hook}:
    parameters:
      - {name: repo, in: path, required: true, schema: {type: string}}
      - {name: hook, in: path, required: true, schema: {type: string}}
    get:
      responses:
        '200':
          description: A hook
        '404':
          $ref: '#/components/responses/not_found'
  /scim/v2/organizations/{org}/Users/{user}:
    parameters:
      - {name: org, in: path, required: true, schema: {type: string}}
      - {name: user, in: path, required: true, schema: {type: string}}
    get:
      responses:
        '200':
          description: A user
        '404':
          $ref: '#/components/responses/scim_not_found'
  /scim/v2/enterprises/{enterprise}/Users/{user}:
    parameters:
      - {name: enterprise, in: path, required: true, schema: {type: string}}
      - {name: user, in: path, required: true, schema: {type: string}}
    get:
      responses:
        '200':
          description: A user
`,
    );
    const run = await cli(dir, 'fix', file, '--rule', 'http-status-error-expected', '--dry-run');
    expect(run.stdout).toContain("+        '404':\n+          $ref: '#/components/responses/scim_not_found'\n");
    expect(run.stdout).not.toContain("$ref: '#/components/responses/not_found'");
  });

  test('a shared response only one other area references, with a description of its own, is not reused outside it (Telnyx)', async () => {
    const file = write(
      'telnyx.yaml',
      `openapi: 3.0.3
info: {title: t, version: '1'}
components:
  schemas:
    Error: {type: object}
  responses:
    NotFoundResponse:
      description: Conference does not exist
      content:
        application/json:
          schema: {$ref: '#/components/schemas/Error'}
paths:
  /conferences/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
    get:
      responses:
        '200':
          description: A conference
        '404':
          $ref: '#/components/responses/NotFoundResponse'
  /conferences/{id}/participants/{participant}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
      - {name: participant, in: path, required: true, schema: {type: string}}
    get:
      responses:
        '200':
          description: A participant
  /fqdns/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
    get:
      responses:
        '200':
          description: An FQDN
`,
    );
    const run = await cli(dir, 'fix', file, '--rule', 'http-status-error-expected', '--dry-run');
    expect(run.stderr).toContain(
      "GET /conferences/{id}/participants/{participant} 404: added 404 ($ref '#/components/responses/NotFoundResponse')",
    );
    expect(run.stderr).toContain(
      "GET /fqdns/{id} 404: added 404 ($ref '#/components/responses/NotFound', a shared response added for it)",
    );
    // A generic description is reused anywhere.
    const generic = write(
      'generic.yaml',
      `openapi: 3.0.3
info: {title: t, version: '1'}
components:
  schemas:
    Error: {type: object}
  responses:
    NotFoundResponse:
      description: Resource not found
      content:
        application/json:
          schema: {$ref: '#/components/schemas/Error'}
paths:
  /conferences/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
    get:
      responses:
        '200':
          description: A conference
        '404':
          $ref: '#/components/responses/NotFoundResponse'
  /conferences/{id}/participants/{participant}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
      - {name: participant, in: path, required: true, schema: {type: string}}
    get:
      responses:
        '200':
          description: A participant
  /fqdns/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
    get:
      responses:
        '200':
          description: An FQDN
`,
    );
    const reused = await cli(dir, 'fix', generic, '--rule', 'http-status-error-expected', '--dry-run');
    expect(reused.stderr).toContain("GET /fqdns/{id} 404: added 404 ($ref '#/components/responses/NotFoundResponse')");
  });

  test('the seventh review: a specific shared response two other areas use is not reused in a third; a 204 that says the resource does not exist keeps its DELETE without 404; the body more than half of the error responses share', async () => {
    const text = `openapi: 3.0.3
info: {title: t, version: '1'}
components:
  schemas:
    Error: {type: object}
    Other: {type: object}
  responses:
    NotFoundResponse:
      description: Conference does not exist
      content:
        application/json:
          schema: {$ref: '#/components/schemas/Error'}
paths:
  /conferences/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
    get:
      responses:
        '200':
          description: A conference
        '404':
          $ref: '#/components/responses/NotFoundResponse'
        '409':
          description: Busy
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Other'}
        '410':
          description: Gone
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Other'}
  /rooms/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
    get:
      responses:
        '200':
          description: A room
        '404':
          $ref: '#/components/responses/NotFoundResponse'
        '409':
          description: Taken
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
        '410':
          description: Gone
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
    delete:
      responses:
        '204':
          description: Request successful. Resource does not exist.
  /fqdns/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
    get:
      responses:
        '200':
          description: An FQDN
`;
    const file = write('api.yaml', text);
    const run = await cli(dir, 'fix', file, '--rule', 'http-status-error-expected', '--dry-run');
    expect(run.stderr).toContain(
      "GET /fqdns/{id} 404: added 404 ($ref '#/components/responses/NotFound', a shared response added for it)",
    );
    expect(run.stderr).toContain(
      "DELETE /rooms/{id} 404: its 204 says the resource may not exist ('Request successful. Resource does not exist.')",
    );
    // Three of the five error bodies are Error: the new NotFound carries it (more than half; two thirds were asked before).
    expect(run.stdout).toContain(
      "+    NotFound:\n+      description: Not Found\n+      content:\n+        application/json:\n+          schema:\n+            $ref: '#/components/schemas/Error'\n",
    );
  });
});

describe('the ninth review of 30 edits: what the operation itself says against an added error code', () => {
  const text = `openapi: 3.0.3
info: {title: t, version: '1'}
security:
  - key: []
components:
  securitySchemes:
    key: {type: http, scheme: bearer}
  schemas:
    Sms: {type: object}
    Error: {type: object}
  responses:
    NotFound:
      description: Not found
    Unauthorized:
      description: Unauthorized
      headers:
        WWW-Authenticate:
          schema: {type: string}
paths:
  /sms:
    post:
      requestBody:
        content:
          application/json:
            schema: {type: object, required: [to], properties: {to: {type: string}}}
      responses:
        '200':
          description: Sent, or why not
          content:
            application/json:
              schema:
                oneOf:
                  - $ref: '#/components/schemas/Sms'
                  - $ref: '#/components/schemas/Error'
        '401':
          $ref: '#/components/responses/Unauthorized'
  /search/{facets}:
    get:
      parameters:
        - {name: facets, in: path, required: true, schema: {type: string, default: /}}
      responses:
        '200':
          description: Results
        '401':
          $ref: '#/components/responses/Unauthorized'
  /session/create/{name}:
    get:
      description: Create a session key. The session is attached to a name.
      parameters:
        - {name: name, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: The session
        '401':
          $ref: '#/components/responses/Unauthorized'
  /items/{id}:
    get:
      x-auth-mode: closed
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: The item
  /:
    get:
      summary: Version information
      x-auth-mode: open
      security:
        - key: []
      responses:
        '200':
          description: The version
  /openapi:
    get:
      summary: The description
      x-auth-mode: open
      security: []
      responses:
        '200':
          description: This document
`;

  test('left: a 400 where the 200 answers failures (oneOf … Error, Vonage), a 404 on a filter with a default (VTEX) or on what the operation creates (CIRCL), a 401 marked as an open operation is (LGTM); added where nothing says so', async () => {
    const file = write('api.yaml', text);
    const run = await cli(dir, 'fix', file, '--rule', 'http-status-error-expected', '--dry-run');
    expect(run.stderr).toContain(
      'POST /sms 400 or 422: its 200 is `oneOf` … `Error`: this API answers failures in a 2xx body; whether it also answers with a 400 or 422 is for a person',
    );
    expect(run.stderr).toContain(
      'GET /search/{facets} 404: {facets} has a default ("/"): it filters rather than names a resource that could be missing; whether a 404 fits is for a person',
    );
    expect(run.stderr).toContain(
      "GET /session/create/{name} 404: it reads as creating what {name} names ('create' before it): nothing it names can be missing; whether a 404 fits is for a person",
    );
    expect(run.stderr).toContain(
      'GET / 401: it is marked `x-auth-mode: open`, as GET /openapi is, which needs no credentials: whether to give it `security: []` or a 401 response is for a person',
    );
    expect(run.stderr).toMatch(
      /Fixed \(2\):\n.*GET \/items\/\{id\} 401: added 401.*\n.*GET \/items\/\{id\} 404: added 404/,
    );
    // Only /items/{id} changes: its 401 and 404.
    expect(run.stdout.match(/^\+ /gm)).toHaveLength(4);
    expect(run.stdout).toContain(
      "           description: The item\n+        '401':\n+          $ref: '#/components/responses/Unauthorized'\n+        '404':\n+          $ref: '#/components/responses/NotFound'\n",
    );
    // Without the marks, the 401 on GET / is added; without the error branch, the 400 on POST /sms.
    const plain = write(
      'plain.yaml',
      text.replace(/ +x-auth-mode: \w+\n/g, '').replace("                  - $ref: '#/components/schemas/Error'\n", ''),
    );
    const added = await cli(dir, 'fix', plain, '--rule', 'http-status-error-expected', '--dry-run');
    expect(added.stderr).toMatch(/GET \/ 401: added 401/);
    expect(added.stderr).not.toContain('answers failures in a 2xx body');
    expect(added.stderr).toContain('POST /sms 400 or 422: no operation of the document declares a 400 or 422');
  });

  test('Swagger 2.0: a 404 on a path parameter with a default, or on the name a POST to `…/new/{name}` creates, is left', async () => {
    const file = write(
      's2.yaml',
      `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /search/{facets}:
    get:
      parameters:
        - {name: facets, in: path, required: true, type: string, default: /}
      responses:
        '200':
          description: Results
  /session/new/{name}:
    post:
      parameters:
        - {name: name, in: path, required: true, type: string}
      responses:
        '200':
          description: The session
  /items/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, type: string}
      responses:
        '200':
          description: The item
  /orders/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, type: string}
      responses:
        '200':
          description: The order
        '404':
          description: No such order
`,
    );
    const run = await cli(dir, 'fix', file, '--rule', 'http-status-error-expected', '--dry-run');
    expect(run.stderr).toContain('GET /search/{facets} 404: {facets} has a default ("/"): it filters');
    expect(run.stderr).toContain(
      "POST /session/new/{name} 404: it reads as creating what {name} names ('new' before it)",
    );
    expect(run.stderr).toMatch(/GET \/items\/\{id\} 404: added 404/);
  });
});

describe('the tenth review of 30 edits: the body of a created response, CORS preflights, a 404 that means more', () => {
  const text = `openapi: 3.0.3
info: {title: t, version: '1'}
components:
  schemas:
    NotAuthorized: {type: object, properties: {Error: {type: string, default: Not Authorized}}}
    InvalidQueryParams: {type: object}
paths:
  /movies/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: since, in: query, required: true, schema: {type: integer}}
      responses:
        '200':
          description: The movie
        '401':
          description: Not authorized
          content:
            application/json:
              schema: {$ref: '#/components/schemas/NotAuthorized'}
        '404':
          description: No such movie
  /updates:
    get:
      parameters:
        - {name: since, in: query, required: true, schema: {type: integer}}
      responses:
        '200':
          description: The updates
        '401':
          description: Not authorized
          content:
            application/json:
              schema: {$ref: '#/components/schemas/NotAuthorized'}
        '422':
          description: Invalid query
          content:
            application/json:
              schema: {$ref: '#/components/schemas/InvalidQueryParams'}
  /people:
    get:
      parameters:
        - {name: since, in: query, required: true, schema: {type: integer}}
      responses:
        '200':
          description: The people
        '401':
          description: Not authorized
          content:
            application/json:
              schema: {$ref: '#/components/schemas/NotAuthorized'}
    options:
      responses:
        '200':
          description: CORS
          headers:
            Access-Control-Allow-Methods: {schema: {type: string}}
  /people/{id}:
    options:
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: CORS
          headers:
            Access-Control-Allow-Origin: {schema: {type: string}}
            Access-Control-Allow-Methods: {schema: {type: string}}
`;

  test("a created 422 takes the body of the document's own 422s; no error code on a CORS preflight", async () => {
    const file = write('api.yaml', text);
    const run = await cli(dir, 'fix', file, '--rule', 'http-status-error-expected', '--dry-run');
    expect(run.stdout).toContain(
      "+    UnprocessableContent:\n+      description: Unprocessable Content\n+      content:\n+        application/json:\n+          schema:\n+            $ref: '#/components/schemas/InvalidQueryParams'\n",
    );
    expect(run.stderr).toContain(
      'OPTIONS /people/{id} 404: it is a CORS preflight (its 2xx declares Access-Control-Allow-Methods), which a gateway answers from its CORS settings without the resource: whether it answers a 404 is for a person',
    );
  });

  test("a created 400 does not take a body named for another code (thetvdb's NotAuthorized, on its 401s): a description only", async () => {
    const file = write(
      'no422.yaml',
      text.replace(
        "        '422':\n          description: Invalid query\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/InvalidQueryParams'}\n",
        "        '400':\n          description: Invalid query\n",
      ),
    );
    const run = await cli(dir, 'fix', file, '--rule', 'http-status-error-expected', '--dry-run');
    expect(run.stdout).toContain('+    BadRequest:\n+      description: Bad Request\n ');
    expect(run.stdout).not.toContain("+            $ref: '#/components/schemas/NotAuthorized'");
  });

  test('a body most error responses of several codes share, named for one code (NotFound), is not given to another', async () => {
    const named = (code: string, schema: string): string =>
      `        '${code}':\n          description: E\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/${schema}'}\n`;
    const op = (name: string, codes: string): string => `  /${name}/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: q, in: query, required: true, schema: {type: integer}}
      responses:
        '200':
          description: Ok
${codes}`;
    const doc = `openapi: 3.0.3
info: {title: t, version: '1'}
components:
  schemas:
    not-found: {type: object, title: NotFound}
    Error: {type: object}
paths:
${op('a', named('404', 'not-found') + named('500', 'not-found'))}${op('b', named('404', 'not-found'))}${op('c', named('404', 'not-found'))}${op('d', "        '400':\n          description: Bad q\n        '404':\n          description: E\n")}`;
    const run = await cli(dir, 'fix', write('named.yaml', doc), '--rule', 'http-status-error-expected', '--dry-run');
    expect(run.stdout).toContain('+    BadRequest:\n+      description: Bad Request\n');
    expect(run.stdout).not.toContain("+            $ref: '#/components/schemas/not-found'");
    // Named for no code (Error), the same share is the created body.
    const general = await cli(
      dir,
      'fix',
      write('general.yaml', doc.replace(/schemas\/not-found/g, 'schemas/Error')),
      '--rule',
      'http-status-error-expected',
      '--dry-run',
    );
    expect(general.stdout).toContain("+            $ref: '#/components/schemas/Error'");
  });

  test('a 404 where three or more operations without path parameters declare one, a third of those that do (Open Banking): left', async () => {
    const op = (p: string, with404: boolean): string => `  ${p}:
    get:
${p.includes('{') ? '      parameters:\n        - {name: id, in: path, required: true, schema: {type: string}}\n' : ''}      responses:
        '200':
          description: Ok
${with404 ? "        '404':\n          $ref: '#/components/responses/NotFound'\n" : ''}`;
    const doc = `openapi: 3.0.3
info: {title: t, version: '1'}
components:
  responses:
    NotFound:
      description: Not found
paths:
${op('/balances', true)}${op('/party', true)}${op('/products', true)}${op('/accounts/{id}/offers', true)}${op('/accounts/{id}', false)}`;
    const run = await cli(dir, 'fix', write('ob.yaml', doc), '--rule', 'http-status-error-expected', '--dry-run');
    expect(run.stderr).toContain(
      'GET /accounts/{id} 404: 3 of the 4 operations of the document that declare a 404 have no path parameter (GET /balances, GET /party): its 404 means more than a path that names nothing, so whether this operation answers one is for a person',
    );
    expect(run.stdout).toBe('');
    // With two such operations, it is the 404 of a path that names nothing: added.
    const two = await cli(
      dir,
      'fix',
      write('two.yaml', doc.replace(op('/products', true), '')),
      '--rule',
      'http-status-error-expected',
      '--dry-run',
    );
    expect(two.stdout).toContain("+          $ref: '#/components/responses/NotFound'");
  });
});

describe('the eleventh review of 30 edits: a code no operation declares, a credential failure answered otherwise', () => {
  test('a 401 or 404 no operation of the document declares (GoToTraining answers a bad token with 403, httpbin never 404s): left, nothing created; a 412 that answers a bad API key keeps the 401 for a person (KumpeApps)', async () => {
    const text = `openapi: 3.0.3
info: {title: t, version: '1'}
security:
  - key: []
components:
  securitySchemes:
    key: {type: apiKey, name: X-Key, in: header}
paths:
  /anything/{anything}:
    parameters:
      - {name: anything, in: path, required: true, schema: {type: string}}
    get:
      responses:
        '200':
          description: Whatever was sent
        '403':
          description: Forbidden
  /users:
    delete:
      responses:
        '204':
          description: Deleted
        '412':
          description: Your API key is invalid, expired, or not supplied!
`;
    const file = write('api.yaml', text);
    const run = await cli(dir, 'fix', file, '--rule', 'http-status-error-expected', '--dry-run');
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'GET /anything/{anything} 404: no operation of the document declares a 404: whether its API answers one, and with what body, is for a person (declare it on one operation, and `fix` adds it to the others)',
    );
    expect(run.stderr).toContain(
      "DELETE /users 401 or 403: its 412 answers a missing or invalid credential ('Your API key is invalid, expired, or not supplied!'): whether it also answers a 401 or 403 is for a person",
    );
    // Once one operation declares a 404 and a 401, fix adds them where the findings ask.
    const declared = write(
      'declared.yaml',
      text.replace(
        '          description: Forbidden\n',
        "          description: Forbidden\n  /things/{id}:\n    parameters:\n      - {name: id, in: path, required: true, schema: {type: string}}\n    get:\n      responses:\n        '200':\n          description: A thing\n        '401':\n          description: No key\n        '404':\n          description: No such thing\n",
      ),
    );
    const added = await cli(dir, 'fix', declared, '--rule', 'http-status-error-expected', '--dry-run');
    expect(added.stderr).toMatch(/GET \/anything\/\{anything\} 404: added 404/);
    expect(added.stderr).toContain('DELETE /users 401 or 403: its 412 answers a missing or invalid credential');
  });
});

describe("the twelfth review of 30 edits: a 204's body that is the operation's result", () => {
  test.each([
    [
      'OpenAPI 3.0',
      `openapi: 3.0.3
info: {title: t, version: '1'}
components:
  schemas:
    Tags: {type: object, properties: {tags: {type: object, additionalProperties: {type: string}}}}
    Empty: {type: object, properties: {}}
paths:
  /tags/{arn}:
    parameters:
      - {name: arn, in: path, required: true, schema: {type: string}}
    get:
      responses:
        '204':
          description: The tags
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Tags'}
    post:
      responses:
        '204':
          description: Tagged
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Empty'}
`,
    ],
    [
      'Swagger 2.0',
      `swagger: '2.0'
info: {title: t, version: '1'}
definitions:
  Tags: {type: object, properties: {tags: {type: object, additionalProperties: {type: string}}}}
  Empty: {type: object, properties: {}}
paths:
  /tags/{arn}:
    parameters:
      - {name: arn, in: path, required: true, type: string}
    get:
      responses:
        '204':
          description: The tags
          schema: {$ref: '#/definitions/Tags'}
    post:
      responses:
        '204':
          description: Tagged
          schema: {$ref: '#/definitions/Empty'}
`,
    ],
  ])(
    "%s: left where the body describes content and no other 2xx returns one (AWS's ListTagsForResource); removed where it describes none",
    async (_version, text) => {
      const file = write('api.yaml', text);
      const run = await cli(dir, 'fix', file, '--rule', 'http-status-no-body', '--dry-run');
      expect(run.stderr).toContain(
        "GET /tags/{arn} 204 body: its body ('Tags') is the operation's only result: if the server sends it, the code should be 200 OK rather than the body go; for a person",
      );
      expect(run.stderr).toMatch(/POST \/tags\/\{arn\} 204 body: removed `(content|schema)`/);
      // A 200 beside it that returns the same result: the 204's copy goes.
      const both = write(
        'both.yaml',
        text.replace(
          "        '204':\n          description: The tags\n",
          "        '200':\n          description: The tags\n" +
            (text.startsWith('swagger')
              ? "          schema: {$ref: '#/definitions/Tags'}\n"
              : "          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Tags'}\n") +
            "        '204':\n          description: The tags\n",
        ),
      );
      const removed = await cli(dir, 'fix', both, '--rule', 'http-status-no-body', '--dry-run');
      expect(removed.stderr).toMatch(/GET \/tags\/\{arn\} 204 body: removed `(content|schema)`/);
    },
  );
});

describe('the thirteenth review of 30 edits: free input in a path, Not Found under another code, 400 or 422 by the kind of input', () => {
  const head = `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
`;
  const search = (p: string, param: string, description: string): string => `  ${p}:
    get:
      parameters:
        - {name: ${param}, in: path, required: true, description: '${description}', schema: {type: string}}
      responses:
        '200':
          description: Zero or more results
`;
  const item = `  /places/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: A place
        '404':
          description: No such place
`;

  test('a 404 on a search query or coordinates in the path (TomTom) is left; on a key it is added', async () => {
    const text = `${head}${item}${search('/search/{query}', 'query', 'Query string. Must be properly URL encoded.')}${search('/reverse/{at}', 'at', 'A comma separated string of latitude and longitude')}${search('/stops/{stopId}', 'stopId', 'The stop')}`;
    const run = await cli(dir, 'fix', write('api.yaml', text), '--rule', 'http-status-error-expected', '--dry-run');
    expect(run.stderr).toContain(
      'GET /search/{query} 404: {query} is free input: a search or lookup by value finds zero or more results, and names no resource that could be missing; whether a 404 fits is for a person',
    );
    expect(run.stderr).toContain("GET /reverse/{at} 404: {at} is free input ('comma separated')");
    expect(run.stderr).toMatch(/GET \/stops\/\{stopId\} 404: added 404/);
    // Where the document answers "Not Found" with another code (TomTom's 596), no 404 is added.
    const other = text.replace(
      '          description: No such place\n',
      "          description: No such place\n        '596':\n          description: 'Not Found: the path is incorrect'\n",
    );
    const left = await cli(dir, 'fix', write('596.yaml', other), '--rule', 'http-status-error-expected', '--dry-run');
    expect(left.stderr).toContain(
      "GET /stops/{stopId} 404: the document answers 'Not Found' with a 596 ('Not Found: the path is incorrect'): whether its API answers a 404 here is for a person",
    );
    expect(left.stdout).toBe('');
  });

  test("400 or 422 with no shared response: the code the operations with the same kind of input declare (FormAPI's reads answer 400, its bodies 422)", async () => {
    const op = (method: string, p: string, codes: string[], body: boolean): string => `  ${p}:
    ${method}:
      parameters:
        - {name: full, in: query, schema: {type: boolean}}
${body ? '      requestBody:\n        content:\n          application/json:\n            schema: {type: object, required: [a], properties: {a: {type: string}}}\n' : ''}      responses:
        '200':
          description: Ok
${codes.map((c) => `        '${c}':\n          description: Error ${c}\n`).join('')}`;
    const text = `${head}${op('get', '/list', ['400'], false)}${op('post', '/a', ['422'], true)}${op('put', '/b', ['422'], true)}${op('get', '/one', [], false)}`;
    const run = await cli(dir, 'fix', write('api.yaml', text), '--rule', 'http-status-error-expected', '--dry-run');
    expect(run.stderr).toMatch(/GET \/one 400 or 422: added 400/);
  });
});

describe("the fourteenth review of 30 edits: a callback's receiver, a path key with a query", () => {
  test("no code is added to the path operation that receives a callback's body (ETSI MEC 010-2's /user_defined_notification)", async () => {
    const text = `openapi: 3.0.3
info: {title: t, version: '1'}
components:
  schemas:
    Notification: {type: object, required: [id], properties: {id: {type: string}}}
    Subscription: {type: object, required: [href], properties: {href: {type: string}}}
paths:
  /subscriptions:
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Subscription'}
      responses:
        '201':
          description: Subscribed
          headers:
            Location: {schema: {type: string}}
        '400':
          description: Bad subscription
      callbacks:
        notification:
          '{$request.body#/href}':
            post:
              requestBody:
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Notification'}
              responses:
                '204':
                  description: Received
  /user_defined_notification:
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Notification'}
      responses:
        '204':
          description: Received
`;
    const run = await cli(dir, 'fix', write('api.yaml', text), '--rule', 'http-status-error-expected', '--dry-run');
    expect(run.stderr).toContain(
      "POST /user_defined_notification 400 or 422: its request body ('Notification') is what a callback of the document sends: it reads as the subscriber's endpoint, which the API does not serve; whether it answers a 400 or 422 is for a person",
    );
    expect(run.stdout).toBe('');
  });

  test("an item delete whose path key carries a query (`/responses/{id}?beta=true`) is no collection: its 404 is no list's, and a list's 404 is still left (OpenAI)", async () => {
    const text = `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /responses/{id}?beta=true:
    delete:
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: Deleted
        '404':
          description: No such response
  /projects/{project_id}/rate_limits:
    get:
      parameters:
        - {name: project_id, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: The limits
  /projects/{project_id}:
    get:
      parameters:
        - {name: project_id, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: The project
`;
    const run = await cli(dir, 'fix', write('api.yaml', text), '--rule', 'http-status-error-expected', '--dry-run');
    expect(run.stderr).toContain(
      'GET /projects/{project_id}/rate_limits 404: no list or delete of a collection in the document declares a 404',
    );
    expect(run.stderr).toMatch(/GET \/projects\/\{project_id\} 404: added 404/);
  });
});

describe('the fifteenth review of 30 edits: a result is no error body, a 401 no credential answers', () => {
  test("a created error response does not take a schema a 2xx returns (Xero Bank Feeds' Statements), and a 401 that blames something else gets no challenge (Netlify)", async () => {
    const text = `openapi: 3.0.3
info: {title: t, version: '1'}
security:
  - oauth: []
components:
  securitySchemes:
    oauth: {type: http, scheme: bearer}
  schemas:
    Statements: {type: object, properties: {items: {type: array, items: {type: object}}}}
paths:
  /statements:
    get:
      parameters:
        - {name: page, in: query, required: true, schema: {type: integer}}
      responses:
        '200':
          description: The statements
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Statements'}
        '400':
          description: Bad page
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Statements'}
        '401':
          description: OAuth application not found
  /statements/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: page, in: query, required: true, schema: {type: integer}}
      responses:
        '200':
          description: A statement
        '401':
          description: OAuth application not found
`;
    const run = await cli(dir, 'fix', write('api.yaml', text), '--dry-run');
    expect(run.stdout).toContain('+    BadRequest:\n+      description: Bad Request\n');
    expect(run.stdout).not.toContain("+            $ref: '#/components/schemas/Statements'");
    expect(run.stderr).toContain(
      "GET /statements 401 WWW-Authenticate: the 401 says 'OAuth application not found', which no credential answers: whether the code is right (a 400 or 404), the operation public (`security: []`), or its server sends a challenge is for a person",
    );
    expect(run.stdout).not.toContain('WWW-Authenticate');
  });
});
