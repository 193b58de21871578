/** The operation model and the pure helpers, tested without Spectral. */
import { getModel, effectiveSecurity, takesHeader, templateNames, detectVersion } from '../functions/lib/model';
import { classifyStatusKey } from '../functions/lib/status-keys';
import { buildMatrix, matrixFor } from '../functions/lib/matrix';
import { Document } from '@stoplight/spectral-core';
import * as Parsers from '@stoplight/spectral-parsers';
import { keyOf, keyText } from '../functions/lib/finding-keys';
import {
  JsonPath,
  PrefixWalker,
  deref,
  existingPrefix,
  isOwnKey,
  keyOrder,
  keysOf,
  learnKeyOrder,
} from '../functions/lib/safe';

describe('operation model', () => {
  const doc = {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    security: [{ key: [] }],
    paths: {
      '/orders/{id}': {
        parameters: [
          { name: 'id', in: 'path' },
          { name: 'X-Trace', in: 'header' },
        ],
        post: {
          parameters: [{ name: 'x-trace', in: 'header' }, { $ref: '#/components/parameters/Q' }],
          requestBody: { content: { 'application/json': {}, 'text/plain': {} } },
          security: [],
          responses: { '201': { $ref: '#/components/responses/Created' } },
          callbacks: {
            inline: { '{$request.body#/url}': { post: { responses: { '200': { description: 'ok' } } } } },
            shared: { $ref: '#/components/callbacks/Shared' },
          },
        },
        'x-ignored': { get: {} },
      },
    },
    webhooks: { newOrder: { post: { responses: { '200': { description: 'ok' } } } } },
    components: {
      parameters: { Q: { name: 'q', in: 'query' } },
      responses: { Created: { description: 'created', headers: { Location: {} } } },
      callbacks: { Shared: { '{$request.query.cb}': { put: { responses: { '204': { description: 'ok' } } } } } },
    },
  };

  const model = getModel(doc);

  test('finds operations in paths, webhooks, operation callbacks and components/callbacks', () => {
    expect(model.version).toBe('3.1');
    expect(model.operations.map((o) => o.label)).toEqual([
      'POST /orders/{id}',
      "POST {$request.body#/url} (callback 'inline' of POST /orders/{id})",
      "POST webhook 'newOrder'",
      "PUT {$request.query.cb} (callback 'Shared')",
    ]);
  });

  test("a callback $ref'd from components is walked only there when the written document says so", () => {
    const written = JSON.parse(JSON.stringify(doc));
    const resolved = JSON.parse(JSON.stringify(doc));
    resolved.paths['/orders/{id}'].post.callbacks.shared = resolved.components.callbacks.Shared;
    const labels = getModel(resolved, written).operations.map((o) => o.label);
    expect(labels.filter((l) => l.includes("'shared'"))).toEqual([]);
    expect(labels).toContain("PUT {$request.query.cb} (callback 'Shared')");
  });

  test('merges parameters (operation wins; headers case-insensitive) and resolves $refs', () => {
    const op = model.operations[0]!;
    expect(op.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['path:id', 'header:x-trace', 'query:q']);
    expect(takesHeader(op, ['Accept', 'X-Trace'])).toBe('X-Trace');
    expect(takesHeader(op, ['q', 'id'])).toBeUndefined();
    expect([...op.headerParams]).toEqual(['x-trace']);
    expect(op.templateParams).toEqual(['id']);
    expect(op.hasBody).toBe(true);
    expect(op.bodyMediaTypes).toEqual(['application/json', 'text/plain']);
    expect(op.security).toBe('none');
    expect(op.responses[0]?.response).toEqual({ description: 'created', headers: { Location: {} } });
    expect(op.responses[0]?.path).toEqual(['paths', '/orders/{id}', 'post', 'responses', '201']);
  });

  test('callback expressions and webhook names have no template parameters', () => {
    expect(model.operations[1]?.templateParams).toEqual([]);
    expect(model.operations[2]?.templateParams).toEqual([]);
  });

  test('webhooks and callbacks do not inherit the root security; their own counts', () => {
    expect(model.operations.map((o) => [o.where, o.security])).toEqual([
      ['path', 'none'],
      ['callback', 'none'],
      ['webhook', 'none'],
      ['callback', 'none'],
    ]);
    const own = getModel({ openapi: '3.1.0', webhooks: { w: { post: { security: [{ k: [] }], responses: {} } } } });
    expect(own.operations[0]?.security).toBe('required');
    const path = getModel({ openapi: '3.1.0', security: [{ k: [] }], paths: { '/a': { get: { responses: {} } } } });
    expect(path.operations[0]?.security).toBe('required');
  });

  test('Swagger 2 body and formData parameters are the request body, with consumes', () => {
    const swagger = {
      swagger: '2.0',
      consumes: ['application/json'],
      paths: {
        '/a': {
          post: { parameters: [{ name: 'b', in: 'body' }], responses: {} },
          put: { consumes: ['multipart/form-data'], parameters: [{ name: 'f', in: 'formData' }], responses: {} },
          get: { responses: {} },
        },
      },
    };
    const ops = getModel(swagger).operations;
    expect(ops.map((o) => [o.method, o.hasBody, o.bodyMediaTypes])).toEqual([
      ['get', false, []],
      ['put', true, ['multipart/form-data']],
      ['post', true, ['application/json']],
    ]);
  });

  test('is cached per document and never throws', () => {
    expect(getModel(doc)).toBe(model);
    expect(getModel(null).operations).toEqual([]);
    expect(
      getModel({ openapi: '3.0.0', paths: { '/a': { get: { responses: 5 } } } }).operations[0]?.responsesState,
    ).toBe('not-an-object');
  });
});

describe('operation model: OpenAPI 3.2 query and additionalOperations', () => {
  const ok = { responses: { '200': { description: 'ok' } } };
  const item = {
    parameters: [{ name: 'key', in: 'path', required: true, schema: { type: 'string' } }],
    get: ok,
    query: { requestBody: { content: { 'application/json': {} } }, ...ok },
    additionalOperations: { LINK: ok, PURGE: ok, 'x-note': ok },
  };
  const doc32 = {
    openapi: '3.2.0',
    info: { title: 't', version: '1' },
    paths: {
      '/cache/{key}': item,
      '/shared': { $ref: '#/components/pathItems/Shared' },
      '/subscriptions': {
        post: {
          ...ok,
          callbacks: { onEvent: { '{$request.body#/url}': { query: ok, additionalOperations: { NOTIFY: ok } } } },
        },
      },
    },
    webhooks: { changed: { query: ok, additionalOperations: { PURGE: ok } } },
    components: {
      pathItems: {
        Shared: { additionalOperations: { PROPFIND: ok } },
        Unused: { additionalOperations: { MKCOL: ok } },
      },
    },
  };
  const model = getModel(doc32);
  const find = (path: string) => model.operations.find((o) => o.path.join('/') === path);

  test("walks query and each additionalOperations entry in paths, webhooks, callbacks and $ref'd components/pathItems, in field order", () => {
    expect(model.operations.map((o) => [o.identity, o.path.join('/'), o.method])).toEqual([
      ['GET /cache/{key}', 'paths//cache/{key}/get', 'get'],
      ['QUERY /cache/{key}', 'paths//cache/{key}/query', 'query'],
      ['LINK /cache/{key}', 'paths//cache/{key}/additionalOperations/LINK', undefined],
      ['PURGE /cache/{key}', 'paths//cache/{key}/additionalOperations/PURGE', undefined],
      // Reached through the path's $ref (a components/pathItems entry nobody uses, `Unused`, is not an operation of the API).
      ['PROPFIND /shared', 'paths//shared/additionalOperations/PROPFIND', undefined],
      ['POST /subscriptions', 'paths//subscriptions/post', 'post'],
      [
        'QUERY callback onEvent {$request.body#/url} of POST /subscriptions',
        'paths//subscriptions/post/callbacks/onEvent/{$request.body#/url}/query',
        'query',
      ],
      [
        'NOTIFY callback onEvent {$request.body#/url} of POST /subscriptions',
        'paths//subscriptions/post/callbacks/onEvent/{$request.body#/url}/additionalOperations/NOTIFY',
        undefined,
      ],
      ['QUERY webhook changed', 'webhooks/changed/query', 'query'],
      ['PURGE webhook changed', 'webhooks/changed/additionalOperations/PURGE', undefined],
    ]);
  });

  test('the method as written names the operation; shared parameters, body and template apply', () => {
    const purge = find('paths//cache/{key}/additionalOperations/PURGE');
    expect([
      purge?.label,
      purge?.plainLabel,
      purge?.methodName,
      purge?.shownMethod,
      purge?.templateParams,
      purge?.parameters.map((p) => p.name),
    ]).toEqual(['PURGE /cache/{key}', 'PURGE /cache/{key}', 'PURGE', 'PURGE', ['key'], ['key']]);
    const query = find('paths//cache/{key}/query');
    expect([query?.label, query?.hasBody, query?.version]).toEqual(['QUERY /cache/{key}', true, '3.2']);
    expect(model.pathItems.find((p) => p.key === '/cache/{key}')?.operations.map((o) => o.methodName)).toEqual([
      'GET',
      'QUERY',
      'LINK',
      'PURGE',
    ]);
  });

  test('semantic keys include the method as written, for baselines and diffs', () => {
    const at = (path: Array<string>) => keyText(keyOf(model, 'r', { path }));
    expect(at(['paths', '/cache/{key}', 'additionalOperations', 'PURGE', 'responses', '200'])).toBe(
      'r | PURGE /cache/{key} | 200 | ',
    );
    expect(at(['paths', '/cache/{key}', 'additionalOperations', 'LINK', 'responses', '200'])).toBe(
      'r | LINK /cache/{key} | 200 | ',
    );
    expect(at(['paths', '/cache/{key}', 'query', 'responses'])).toBe('r | QUERY /cache/{key} |  | ');
    expect(at(['webhooks', 'changed', 'additionalOperations', 'PURGE', 'responses', '200'])).toBe(
      'r | PURGE webhook changed | 200 | ',
    );
  });

  test('query and additionalOperations are no fields before 3.2; x-oai-additionalOperations is the 3.0 and 3.1 way, and QUERY there is QUERY', () => {
    for (const openapi of ['3.0.3', '3.1.0']) {
      const m = getModel({
        openapi,
        info: { title: 't', version: '1' },
        paths: {
          '/a': {
            get: ok,
            query: ok,
            additionalOperations: { PURGE: ok },
            'x-oai-additionalOperations': { QUERY: ok, PURGE: ok },
          },
        },
      });
      expect(m.operations.map((o) => [o.path.join('/'), o.method, o.label])).toEqual([
        ['paths//a/get', 'get', 'GET /a'],
        ['paths//a/x-oai-additionalOperations/QUERY', 'query', 'QUERY /a'],
        ['paths//a/x-oai-additionalOperations/PURGE', undefined, 'PURGE /a'],
      ]);
    }
    // Swagger 2.0 has neither.
    const swagger = getModel({
      swagger: '2.0',
      info: { title: 't', version: '1' },
      paths: { '/a': { get: ok, query: ok, 'x-oai-additionalOperations': { PURGE: ok } } },
    });
    expect(swagger.operations.map((o) => o.methodName)).toEqual(['GET']);
    // In 3.2 the field is the way: the extension is not read twice.
    const m32 = getModel({
      openapi: '3.2.0',
      info: { title: 't', version: '1' },
      paths: { '/a': { additionalOperations: { PURGE: ok }, 'x-oai-additionalOperations': { PURGE: ok } } },
    });
    expect(m32.operations.map((o) => o.path.join('/'))).toEqual(['paths//a/additionalOperations/PURGE']);
  });

  test('a key of document text is quoted in the label, kept as written in the identity', () => {
    const m = getModel({
      openapi: '3.2.0',
      info: { title: 't', version: '1' },
      paths: { '/a': { additionalOperations: { 'X#{{1}}': ok } } },
    });
    const [op] = m.operations;
    expect(op?.identity).toBe('X#{{1}} /a');
    expect(op?.label).not.toContain('#{{');
  });
});

describe('helpers', () => {
  test('detectVersion', () => {
    expect([
      detectVersion({ swagger: '2.0' }),
      detectVersion({ openapi: '3.0.3' }),
      detectVersion({ openapi: '3.1.1' }),
      detectVersion({ openapi: 3 }),
    ]).toEqual(['2.0', '3.0', '3.1', undefined]);
    expect([
      detectVersion({ openapi: '3.2.0' }),
      detectVersion({ openapi: '3.2' }),
      detectVersion({ openapi: '3.3.0' }),
    ]).toEqual(['3.2', '3.2', '3.2']);
  });

  test('effectiveSecurity: the operation overrides the root; [] is anonymous; {} makes it optional', () => {
    expect(effectiveSecurity(undefined, [{ a: [] }])).toBe('required');
    expect(effectiveSecurity([], [{ a: [] }])).toBe('none');
    expect(effectiveSecurity([{}, { a: [] }], undefined)).toBe('optional');
    expect(effectiveSecurity(undefined, undefined)).toBe('none');
  });

  test('templateNames skips runtime expressions', () => {
    expect(templateNames('/a/{id}/b/{sub}')).toEqual(['id', 'sub']);
    expect(templateNames('{$request.body#/url}/x/{id}')).toEqual(['id']);
    // The innermost braces count, as in /\{([^{}]*)\}/g; empty ones do not.
    expect(templateNames('/a/{b{c}/{}/}{d}/{{e}}')).toEqual(['c', 'd', 'e']);
    expect(templateNames('/plain')).toEqual([]);
  });

  test('classifyStatusKey', () => {
    expect(classifyStatusKey('200', false)).toEqual({ kind: 'code', code: 200 });
    expect(classifyStatusKey('2XX', true)).toEqual({ kind: 'range', cls: 2 });
    expect(classifyStatusKey('2XX', false).kind).toBe('malformed');
    expect(classifyStatusKey('x-foo', false)).toEqual({ kind: 'extension' });
    expect(classifyStatusKey('default', true)).toEqual({ kind: 'default' });
    expect(classifyStatusKey('600', true).kind).toBe('malformed');
  });

  test('buildMatrix: allow, forbid, classes and alternatives', () => {
    const m = buildMatrix({ get: [200, 304], post: [201] }, { delete: [202] }, { get: [304] });
    expect([m.allows('get', 200), m.allows('get', 304), m.allows('delete', 202), m.covers('put')]).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect([m.allowsClass('get', 2), m.allowsClass('get', 3)]).toEqual([true, false]);
    expect(m.alternativesFor('get', 201)).toEqual([200]);
    expect(matrixFor(null).allows('get', 200)).toBe(true);
    expect(matrixFor(null)).toBe(matrixFor(undefined));
  });

  test('deref follows local pointers and stops at cycles and dead ends', () => {
    const root = {
      a: { $ref: '#/b' },
      b: { $ref: '#/a' },
      c: { $ref: '#/d~1e' },
      'd/e': { ok: 1 },
      f: { $ref: 'other.yaml#/x' },
    };
    expect(deref(root, root.a)).toBeUndefined();
    expect(deref(root, root.c)).toEqual({ ok: 1 });
    expect(deref(root, root.f)).toBeUndefined();
    expect(deref(root, { plain: true })).toEqual({ plain: true });
  });

  test('existingPrefix cuts a path at the first missing step', () => {
    const root = { paths: { '/a': { $ref: '#/x' } } };
    expect(existingPrefix(root, ['paths', '/a', 'get', 'responses', '200'])).toEqual(['paths', '/a']);
    expect(existingPrefix(root, ['paths', '__proto__'])).toEqual(['paths']);
  });

  test('a PrefixWalker gives, path after path, what existingPrefix gives for each alone', () => {
    const root = {
      paths: {
        '/a': { get: { responses: { '200': {}, '404': {} } }, put: { responses: { '204': {} } } },
        '/b': { $ref: '#/x' },
      },
    };
    const paths: JsonPath[] = [
      ['paths', '/a', 'get', 'responses', '200'],
      ['paths', '/a', 'get', 'responses', '404'],
      ['paths', '/a', 'get', 'responses', '500'],
      ['paths', '/a', 'get', 'responses', '500'],
      ['paths', '/a', 'put', 'responses'],
      ['paths', '/b', 'get', 'responses'],
      ['paths', '/a'],
      ['paths', '/a', 'get', 'responses', '200', 'content'],
      [],
      ['nowhere', 'at', 'all'],
      ['paths', '/a', 'put', 'responses', '204'],
    ];
    const walker = new PrefixWalker(root);
    const expected = [
      ['paths', '/a', 'get', 'responses', '200'],
      ['paths', '/a', 'get', 'responses', '404'],
      ['paths', '/a', 'get', 'responses'],
      ['paths', '/a', 'get', 'responses'],
      ['paths', '/a', 'put', 'responses'],
      ['paths', '/b'],
      ['paths', '/a'],
      ['paths', '/a', 'get', 'responses', '200'],
      [],
      [],
      ['paths', '/a', 'put', 'responses', '204'],
    ];
    expect(paths.map((p) => walker.prefix(p))).toEqual(expected);
    expect(paths.map((p) => existingPrefix(root, p))).toEqual(expected);
  });
});

describe('keysOf on documents parsed by Spectral', () => {
  // Spectral's parsers keep key order under a symbol; keysOf reads it there
  // (one property read instead of a Proxy's ownKeys trap) and must give
  // exactly what Object.keys gives.
  const text = {
    json: '{"openapi":"3.0.3","paths":{"/b":{"get":{"responses":{"404":{},"200":{},"default":{},"4XX":{}}}},"/a":{}}}',
    yaml: "openapi: 3.0.3\npaths:\n  /b:\n    get:\n      responses:\n        404: {}\n        '200': {}\n        default: {}\n        4XX: {}\n  /a: {}\n",
  };
  test.each(Object.keys(text) as Array<keyof typeof text>)('%s', (kind) => {
    const document =
      kind === 'json'
        ? new Document(text.json, Parsers.Json, '/tmp/doc.json')
        : new Document(text.yaml, Parsers.Yaml, '/tmp/doc.yaml');
    const root = document.data as Record<string, any>;
    learnKeyOrder(root);
    const responses = root.paths['/b'].get.responses;
    expect(keysOf(responses)).toEqual(Object.keys(responses));
    expect(keysOf(responses)).toEqual(['404', '200', 'default', '4XX']);
    expect(keysOf(root.paths)).toEqual(['/b', '/a']);
    expect(keysOf(root.paths['/a'])).toEqual([]);
    // keyOrder is the parser's array itself, with entries that are no own
    // keys (the order symbol); isOwnKey keeps exactly the keys.
    const order = keyOrder(responses);
    expect(order.some((key) => typeof key === 'symbol')).toBe(true);
    expect(order.filter((key) => isOwnKey(responses, key))).toEqual(['404', '200', 'default', '4XX']);
  });

  test('plain objects, arrays and scalars', () => {
    expect(keysOf({ b: 1, a: 2 })).toEqual(['b', 'a']);
    expect(keysOf([1, 2])).toEqual([]);
    expect(keysOf(null)).toEqual([]);
    expect(keysOf('text')).toEqual([]);
    expect(keyOrder({ b: 1, a: 2 })).toEqual(['b', 'a']);
    expect(keyOrder(null)).toEqual([]);
    // A name an object inherits counts only where it is an own key.
    expect(isOwnKey({}, 'constructor')).toBe(false);
    expect(isOwnKey(JSON.parse('{"constructor":1}'), 'constructor')).toBe(true);
  });
});
