/**
 * Odd and hostile documents: nothing may throw (an exception aborts the
 * user's whole Spectral run), and findings still land on the right keys.
 */
import { lint, strict, testRule } from './helpers/lint';
import { document, responses } from './helpers/docs';
import * as path from 'node:path';

const INTERNAL = /could not check this document/;

async function noInternalErrors(doc: unknown, valid = false): Promise<void> {
  const found = await lint(doc, { valid });
  expect(found.filter((f) => INTERNAL.test(f.message))).toEqual([]);
}

describe('robustness', () => {
  test('null, arrays, numbers and strings where objects belong', async () => {
    const doc = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      security: 'everyone',
      paths: {
        '/null': null,
        '/array': [1, 2],
        '/number': 42,
        '/ops': {
          parameters: 'nope',
          get: null,
          put: [],
          post: {
            parameters: [null, 3, { name: 7, in: 'query' }],
            requestBody: 'x',
            responses: { '200': null, '201': [], '202': 'text', '203': 5 },
          },
          delete: { responses: { '204': { headers: [], content: 'x' } }, security: {} },
          patch: {
            responses: { '200': { headers: null, content: null } },
            callbacks: { cb: null, cb2: { '{$url}': null } },
          },
        },
      },
      webhooks: 'none',
      components: { callbacks: { x: [] } },
    };
    await noInternalErrors(doc);
  });

  test('hostile keys: __proto__, constructor, toString, numeric and empty keys', async () => {
    // Spectral's own parsers assign a `__proto__` key as the object's
    // prototype, so the keys after it are not own keys of the parsed object;
    // the `__proto__` entries are written last so the others stay visible.
    // (A key named `hasOwnProperty` crashes Spectral's own $ref resolver
    // before any rule runs, so it cannot be tested here.)
    const text = `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /__proto__:
    constructor: {}
    get:
      parameters:
        - {name: constructor, in: query, schema: {type: string}}
        - {name: __proto__, in: header, schema: {type: string}}
      responses:
        constructor: {description: x}
        toString: {description: x}
        '': {description: x}
        '200':
          description: ok
          headers:
            isPrototypeOf: {schema: {type: string}}
            __proto__: {schema: {type: string}}
        __proto__: {description: x}
    __proto__: {responses: {'200': {description: x}}}
  '':
    get: {responses: {'201': {description: x}}}
  /toString:
    toString: {}
    valueOf: 3
webhooks:
  __proto__:
    post: {responses: {'200': {description: ok}}}
`;
    for (const doc of [text, JSON.stringify(require('js-yaml').load(text))]) {
      const found = await lint(doc);
      expect(found.filter((f) => INTERNAL.test(f.message))).toEqual([]);
      const format = found.filter((f) => f.code === 'http-status-code-format').map((f) => f.path);
      expect(format.sort()).toEqual(
        [
          'paths./__proto__.get.responses.',
          'paths./__proto__.get.responses.constructor',
          'paths./__proto__.get.responses.toString',
        ].sort(),
      );
      // The empty path key's GET is still an operation: 201 on GET is reported there.
      expect(found.filter((f) => f.code === 'http-status-method-matrix').map((f) => f.path)).toEqual([
        'paths..get.responses.201',
      ]);
    }
  });

  test('unquoted integer status keys in YAML are status codes', async () => {
    const text = `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        200: {description: ok}
        201: {description: created}
`;
    const found = (await lint(text)).filter((f) => f.code.startsWith('http-status-'));
    // (Spectral's parser also warns that mapping keys should be strings.)
    expect(found.map((f) => [f.code, f.path, f.line])).toEqual([
      ['http-status-method-matrix', 'paths./a.get.responses.201', 8],
    ]);
  });

  test('a $ref cycle through responses and a $ref that points nowhere', async () => {
    const doc = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/a': {
          get: {
            responses: {
              '200': { $ref: '#/components/responses/A' },
              '204': { $ref: '#/components/responses/Missing' },
              '304': { $ref: '#/components/responses/Self' },
            },
          },
        },
      },
      components: {
        responses: {
          A: { $ref: '#/components/responses/B' },
          B: { $ref: '#/components/responses/A' },
          Self: { $ref: '#/components/responses/Self' },
        },
      },
    };
    const found = await lint(doc, { valid: false });
    expect(found.filter((f) => INTERNAL.test(f.message))).toEqual([]);
    // The unresolvable responses are not judged for bodies or headers, but
    // their codes still are: 304 answers a conditional GET this operation
    // does not take; in the strict mode, 204 is not in the guide's row for GET.
    expect(found.filter((f) => f.code.startsWith('http-status-')).map((f) => [f.code, f.path])).toEqual([
      ['http-status-request-headers', 'paths./a.get.responses.304'],
    ]);
    const strictly = await lint(doc, { valid: false, ruleset: strict });
    expect(strictly.filter((f) => f.code.startsWith('http-status-')).map((f) => [f.code, f.path])).toEqual([
      ['http-status-method-matrix', 'paths./a.get.responses.204'],
      ['http-status-request-headers', 'paths./a.get.responses.304'],
    ]);
  });

  test('a path item that is a $ref: findings land on the $ref key in this file', async () => {
    const doc = document(
      '3.1',
      { '/a': { $ref: '#/components/pathItems/A' } },
      { components: { pathItems: { A: { get: { responses: responses('3.1', [200, 201]) } } } } },
    );
    const found = await testRule('http-status-method-matrix', doc);
    expect(found.map((f) => [f.path, f.message])).toEqual([
      [
        'paths./a',
        'GET /a declares 201 Created, which reports a creation, but GET is safe and creates nothing (RFC 9110 §9.2.1, §15.3.2); answer 200 OK, or create with POST or PUT.',
      ],
    ]);
  });

  test("a response $ref'd from another file lands on the operation's key in the file being edited", async () => {
    const source = path.join(__dirname, '..', 'fixtures', 'multi-file', 'openapi.yaml');
    const text = `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    delete:
      responses:
        '204':
          $ref: './responses.yaml#/NoContentWithBody'
`;
    const found = await testRule('http-status-no-body', text, { source });
    expect(found.map((f) => [f.path, f.line])).toEqual([['paths./a.delete.responses.204', 7]]);
  });

  test('duplicate status keys in YAML: Spectral reports the duplicate, the rules judge the last one once', async () => {
    const text = `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '200': {description: ok}
        '201': {description: first}
        '201': {description: second}
`;
    const found = await lint(text);
    expect(found.filter((f) => f.code.startsWith('http-status-')).map((f) => [f.code, f.path])).toEqual([
      ['http-status-method-matrix', 'paths./a.get.responses.201'],
    ]);
    expect(found.some((f) => f.code === 'parser' && /duplicate/i.test(f.message))).toBe(true);
  });

  test('a document that is not OpenAPI is not checked', async () => {
    const found = await lint({ asyncapi: '2.6.0', info: { title: 't', version: '1' }, channels: {} }, { valid: false });
    expect(found.filter((f) => f.code.startsWith('http-status-'))).toEqual([]);
  });

  test('a responses object with 10,000 codes and a document with 20,000 operations', async () => {
    const many: Record<string, unknown> = {};
    for (let i = 100; i < 10100; i++) many[String(i)] = { description: 'r' };
    const wide = await lint(document('3.0', { '/a': { get: { responses: many } } }), { valid: false });
    expect(wide.filter((f) => INTERNAL.test(f.message))).toEqual([]);
    // 100-599 are codes; the 9,500 keys from 600 up are not.
    expect(wide.filter((f) => f.code === 'http-status-code-format')).toHaveLength(9500);
    const paths: Record<string, unknown> = {};
    for (let i = 0; i < 5000; i++) {
      paths[`/r${i}`] = {
        get: { responses: { '200': { description: 'ok' } } },
        put: { responses: { '204': { description: 'ok' } } },
        post: { responses: { '201': { description: 'ok', headers: { Location: { schema: { type: 'string' } } } } } },
        delete: { responses: { '204': { description: 'ok' } } },
      };
    }
    const found = await lint(document('3.0', paths), { valid: false });
    expect(found.filter((f) => f.code.startsWith('http-status-'))).toEqual([]);
  });
});

describe('YAML aliases', () => {
  test('a finding inside an alias lands on the alias, not on the first line of the document', async () => {
    const text = [
      'openapi: 3.0.3',
      'info: {title: t, version: "1"}',
      'paths:',
      '  /a:',
      '    get:',
      '      responses: &std',
      '        "200": {description: OK}',
      '        "201": {description: Created}',
      '  /b:',
      '    get:',
      '      responses: *std',
      '',
    ].join('\n');
    const found = await lint(text, { valid: false, rule: 'http-status-method-matrix' });
    expect(found.map((f) => [f.path, f.line])).toEqual([
      ['paths./a.get.responses.201', 8],
      ['paths./b.get.responses', 11],
    ]);
    expect(found.every((f) => f.message.includes('201 Created'))).toBe(true);
  });
});
