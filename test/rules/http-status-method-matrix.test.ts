import { strict, testRule } from '../helpers/lint';
import {
  OAS3,
  OAS32,
  VERSIONS,
  Version,
  document,
  oneOperation,
  parameter,
  responses,
  withBody,
} from '../helpers/docs';
import { buildRuleset, loadError } from '../helpers/rulesets';

const RULE = 'http-status-method-matrix';

describe(RULE, () => {
  test.each(VERSIONS)('%s: codes the matrix allows pass on every method, in both modes', async (v) => {
    const doc = document(v, {
      '/a': {
        get: { responses: responses(v, [200, 304, 400, 404, 429, 500]) },
        head: { responses: responses(v, [200, 204, 304]) },
        put: withBody(v, { responses: responses(v, [200, 201, 204, 409, 412, 413, 415]) }),
        post: withBody(v, { responses: responses(v, [201, 202, 303, 422]) }),
        patch: withBody(v, { responses: responses(v, [200, 204, 409]) }),
        delete: { responses: responses(v, [204, 404, 409]) },
        options: { responses: responses(v, [200, 204]) },
      },
    });
    expect(await testRule(RULE, doc)).toEqual([]);
    expect(await testRule(RULE, doc, { ruleset: strict })).toEqual([]);
  });

  test.each(VERSIONS)(
    '%s: a code HTTP gives only to other methods is an HTTP error in both modes, with the fix "remove it"',
    async (v) => {
      const doc = document(v, {
        '/a': {
          put: withBody(v, { responses: responses(v, [204, 304]) }),
          post: withBody(v, {
            parameters: [parameter(v, { name: 'Range', in: 'header' })],
            responses: responses(v, [201, 206]),
          }),
        },
      });
      const expected = [
        [
          'http-status-method-matrix',
          'paths./a.put.responses.304',
          'warn',
          'PUT /a declares 304 Not Modified, which answers a conditional GET or HEAD only (RFC 9110 §15.4.5); remove it.',
        ],
        [
          'http-status-method-matrix',
          'paths./a.post.responses.206',
          'warn',
          'POST /a declares 206 Partial Content, which answers a range request, and HTTP defines ranges for GET only (RFC 9110 §14.2); remove it.',
        ],
      ];
      for (const ruleset of [undefined, strict]) {
        const found = await testRule(RULE, doc, { ruleset });
        expect(found.map((f) => [f.code, f.path, f.severity, f.message]).sort()).toEqual(expected.sort());
      }
    },
  );

  test.each(VERSIONS)(
    "%s: a code the guide's matrix does not give the method is a policy finding, with the line that allows it",
    async (v) => {
      const doc = document(v, {
        '/a': {
          options: { responses: responses(v, [204, 405]) },
          delete: { responses: responses(v, [204, 413]) },
        },
      });
      const found = await testRule(RULE, doc);
      expect(found.map((f) => [f.code, f.path, f.severity, f.message])).toEqual([
        [
          RULE,
          'paths./a.options.responses.405',
          'warn',
          "OPTIONS /a declares 405 Method Not Allowed, which the REST guide's matrix (a policy) does not give to OPTIONS; use 400 Bad Request, or allow it in a .spectral.js: `createRuleset({ matrix: { allow: { options: [405] } } })`.",
        ],
      ]);
      // The strict mode keeps the guide's table: 413 on a DELETE, which HTTP does not rule out.
      const strictly = await testRule(RULE, doc, { ruleset: strict });
      expect(strictly.map((f) => f.message).sort()).toEqual([
        "DELETE /a declares 413 Content Too Large, which the REST guide's matrix (a policy) does not give to DELETE (HTTP allows it: RFC 9110 §15.5.14); use 400 Bad Request, or allow it in a .spectral.js: `createRuleset({ matrix: { allow: { delete: [413] } } })`.",
        "OPTIONS /a declares 405 Method Not Allowed, which the REST guide's matrix (a policy) does not give to OPTIONS; use 400 Bad Request, or allow it in a .spectral.js: `createRuleset({ matrix: { allow: { options: [405] } } })`.",
      ]);
    },
  );

  test.each(VERSIONS)('%s: 201 on a safe method is an HTTP error: a GET creates nothing', async (v) => {
    const doc = oneOperation(v, '/a', 'get', { responses: responses(v, [200, 201]) });
    const expected = [
      [
        'paths./a.get.responses.201',
        'GET /a declares 201 Created, which reports a creation, but GET is safe and creates nothing (RFC 9110 §9.2.1, §15.3.2); answer 200 OK, or create with POST or PUT.',
      ],
    ];
    expect((await testRule(RULE, doc)).map((f) => [f.path, f.message])).toEqual(expected);
    expect((await testRule(RULE, doc, { ruleset: strict })).map((f) => [f.path, f.message])).toEqual(expected);
  });

  test.each(VERSIONS)(
    '%s: a demo endpoint that sends back the code it names is left alone in the default mode',
    async (v) => {
      const doc = document(v, { '/status/201': { get: { responses: responses(v, [201]) } } });
      expect(await testRule(RULE, doc)).toEqual([]);
      expect((await testRule(RULE, doc, { ruleset: strict })).map((f) => f.path)).toEqual([
        'paths./status/201.get.responses.201',
      ]);
    },
  );

  test.each(VERSIONS)('%s: 416 on a partial PUT (Content-Range) is allowed in the default mode', async (v) => {
    const doc = oneOperation(
      v,
      '/uploads/{id}',
      'put',
      withBody(v, {
        parameters: [parameter(v, { name: 'id', in: 'path' }), parameter(v, { name: 'Content-Range', in: 'header' })],
        responses: responses(v, [200, 416]),
      }),
    );
    expect(await testRule(RULE, doc)).toEqual([]);
    expect((await testRule(RULE, doc, { ruleset: strict })).map((f) => f.path)).toEqual([
      'paths./uploads/{id}.put.responses.416',
    ]);
  });

  test.each(VERSIONS)(
    '%s: 416 on a PUT that takes no Content-Range is an HTTP finding, and the fix names the header',
    async (v) => {
      const doc = oneOperation(
        v,
        '/uploads/{id}',
        'put',
        withBody(v, {
          parameters: [parameter(v, { name: 'id', in: 'path' })],
          responses: responses(v, [200, 416]),
        }),
      );
      expect((await testRule(RULE, doc)).map((f) => [f.path, f.severity, f.message])).toEqual([
        [
          'paths./uploads/{id}.put.responses.416',
          'warn',
          'PUT /uploads/{id} declares 416 Range Not Satisfiable, which answers a range request on GET or a partial upload that sends Content-Range, and PUT here takes no Content-Range (RFC 9110 §14.2, §14.5); remove it, or take the Content-Range header if it refuses a partial upload.',
        ],
      ]);
    },
  );

  test.each(VERSIONS)(
    '%s: the default mode allows what RFC 9110 endorses and the strict mode does not (202 on DELETE, 303 on GET, 101 on POST, 204 on GET)',
    async (v) => {
      const doc = document(v, {
        '/jobs/{id}': {
          parameters: [parameter(v, { name: 'id', in: 'path' })],
          delete: { responses: responses(v, [202]) },
          get: { responses: responses(v, [200, 204, 303]) },
          post: withBody(v, { responses: responses(v, [101, 200]) }),
        },
      });
      expect(await testRule(RULE, doc)).toEqual([]);
      const strictly = await testRule(RULE, doc, { ruleset: strict });
      expect(strictly.map((f) => [f.path, f.message])).toEqual([
        [
          'paths./jobs/{id}.delete.responses.202',
          "DELETE /jobs/{id} declares 202 Accepted, which the REST guide's matrix (a policy) does not give to DELETE (HTTP allows it: RFC 9110 §9.3.5, §15.3.3); use 200 OK or 204 No Content, or allow it in a .spectral.js: `createRuleset({ matrix: { allow: { delete: [202] } } })`.",
        ],
        [
          'paths./jobs/{id}.get.responses.204',
          "GET /jobs/{id} declares 204 No Content, which the REST guide's matrix (a policy) does not give to GET (HTTP allows it: RFC 9110 §15.3.5); use 200 OK, or allow it in a .spectral.js: `createRuleset({ matrix: { allow: { get: [204] } } })`.",
        ],
        [
          'paths./jobs/{id}.get.responses.303',
          "GET /jobs/{id} declares 303 See Other, which the REST guide's matrix (a policy) does not give to GET (HTTP allows it: RFC 9110 §15.4.4); use 307 Temporary Redirect or 200 OK, or allow it in a .spectral.js: `createRuleset({ matrix: { allow: { get: [303] } } })`.",
        ],
        [
          'paths./jobs/{id}.post.responses.101',
          "POST /jobs/{id} declares 101 Switching Protocols, which the REST guide's matrix (a policy) does not give to POST (HTTP allows it: RFC 9110 §7.8); remove it, or allow it in a .spectral.js: `createRuleset({ matrix: { allow: { post: [101] } } })`.",
        ],
      ]);
    },
  );

  test.each(VERSIONS)(
    '%s: a code the matrix gives to no method is reported in the strict mode only, with 303/307 for 302',
    async (v) => {
      const doc = oneOperation(v, '/a', 'get', { responses: responses(v, [200, 302, 207]) });
      expect(await testRule(RULE, doc)).toEqual([]);
      const found = await testRule(RULE, doc, { ruleset: strict });
      expect(found.map((f) => f.message)).toEqual([
        "GET /a declares 207 Multi-Status, which the REST guide's matrix (a policy) gives to no method; use 200 OK, or allow it in a .spectral.js: `createRuleset({ matrix: { allow: { get: [207] } } })`.",
        "GET /a declares 302 Found, which the REST guide's matrix (a policy) gives to no method; use 307 Temporary Redirect, or allow it in a .spectral.js: `createRuleset({ matrix: { allow: { get: [302] } } })`.",
      ]);
      const post = await testRule(RULE, oneOperation(v, '/a', 'post', { responses: responses(v, [201, 302]) }), {
        ruleset: strict,
      });
      expect(post.map((f) => f.message)).toEqual([
        "POST /a declares 302 Found, which the REST guide's matrix (a policy) gives to no method; use 303 See Other or 307 Temporary Redirect, or allow it in a .spectral.js: `createRuleset({ matrix: { allow: { post: [302] } } })`.",
      ]);
    },
  );

  test('a code with no alternative tells how to allow it', async () => {
    const doc = oneOperation('3.0', '/a', 'get', { responses: responses('3.0', [200, 423]) });
    const found = await testRule(RULE, doc, { ruleset: strict });
    expect(found[0]?.message).toBe(
      "GET /a declares 423 Locked, which the REST guide's matrix (a policy) gives to no method; remove it, or allow it in a .spectral.js: `createRuleset({ matrix: { allow: { get: [423] } } })`.",
    );
  });

  test.each(OAS3)(
    '%s: a range is allowed when one code of its class is; an exact code next to it is checked alone',
    async (v) => {
      const ok = oneOperation(v, '/a', 'get', { responses: responses(v, ['2XX', '4XX', '5XX', '3XX']) });
      expect(await testRule(RULE, ok)).toEqual([]);
      const bad = oneOperation(v, '/a', 'delete', { responses: responses(v, ['2XX', '201', '1XX']) });
      // (201 on a DELETE is the guide's policy: DELETE is not a safe method.)
      const found = await testRule(RULE, bad, { ruleset: strict });
      expect(found.map((f) => [f.path, f.message])).toEqual([
        [
          'paths./a.delete.responses.201',
          "DELETE /a declares 201 Created, which the REST guide's matrix (a policy) does not give to DELETE; use 200 OK or 204 No Content, or allow it in a .spectral.js: `createRuleset({ matrix: { allow: { delete: [201] } } })`.",
        ],
        [
          'paths./a.delete.responses.1XX',
          "DELETE /a declares the range 1XX, but the REST guide's matrix (a policy) gives no 1xx code to DELETE; remove it, or allow a 1xx code for DELETE in a .spectral.js: `createRuleset({ matrix: { allow: { delete: [100] } } })`.",
        ],
      ]);
      // The default mode gives 101 to every method (RFC 9110 §7.8), so 1XX is fine there.
      expect((await testRule(RULE, bad)).map((f) => f.path)).toEqual(['paths./a.delete.responses.201']);
    },
  );

  test('TRACE has its own row (200 and the general errors)', async () => {
    const doc = document('3.1', { '/a': { trace: { responses: responses('3.1', [200, 405, 201]) } } });
    const found = await testRule(RULE, doc);
    expect(found.map((f) => f.path)).toEqual(['paths./a.trace.responses.201']);
  });

  test('unregistered and malformed keys are left to their own rules; default is never reported', async () => {
    const doc = oneOperation('3.0', '/a', 'get', { responses: responses('3.0', [200, 299, 'default', '2xx']) });
    expect(await testRule(RULE, doc, { valid: false, ruleset: strict })).toEqual([]);
  });

  test('callbacks are checked and named by their expression', async () => {
    const doc = oneOperation('3.0', '/subscribe', 'post', {
      responses: responses('3.0', [201]),
      callbacks: { onEvent: { '{$request.body#/url}': { post: { responses: responses('3.0', [200, 304]) } } } },
    });
    const found = await testRule(RULE, doc);
    expect(found.map((f) => [f.path, f.message])).toEqual([
      [
        'paths./subscribe.post.callbacks.onEvent.{$request.body#/url}.post.responses.304',
        "POST {$request.body#/url} (callback 'onEvent' of POST /subscribe) declares 304 Not Modified, which answers a conditional GET or HEAD only (RFC 9110 §15.4.5); remove it.",
      ],
    ]);
  });

  describe('options', () => {
    test('`allow` adds codes for a method and `forbid` removes them', async () => {
      const ruleset = buildRuleset({ [RULE]: { allow: { delete: [201] }, forbid: { get: [404] } } });
      const doc = document('3.0', {
        '/a': { delete: { responses: responses('3.0', [201]) }, get: { responses: responses('3.0', [200, 404]) } },
      });
      const found = await testRule(RULE, doc, { ruleset });
      expect(found.map((f) => [f.path, f.message])).toEqual([
        [
          'paths./a.get.responses.404',
          'GET /a declares 404 Not Found, which your `forbid` option removes from GET (a policy); remove it, or take it out of `forbid`.',
        ],
      ]);
    });

    test('a code forbidden on every method is still judged, and one `allow` adds to a method is not judged on the others (default mode)', async () => {
      const everywhere = buildRuleset({
        [RULE]: { forbid: Object.fromEntries(['get', 'put', 'post', 'delete', 'patch'].map((m) => [m, [409]])) },
      });
      const doc = document('3.0', { '/a': { get: { responses: responses('3.0', [200, 409]) } } });
      expect((await testRule(RULE, doc, { ruleset: everywhere })).map((f) => f.path)).toEqual([
        'paths./a.get.responses.409',
      ]);
      const allowed = buildRuleset({ [RULE]: { allow: { get: [207] } } });
      const both = document('3.0', {
        '/a': { get: { responses: responses('3.0', [207]) }, post: { responses: responses('3.0', [207]) } },
      });
      expect(await testRule(RULE, both, { ruleset: allowed })).toEqual([]);
    });

    test('`allow` does not make an HTTP error a policy: 304 on PUT stays reported', async () => {
      const ruleset = buildRuleset({ [RULE]: { allow: { put: [304] } } });
      const found = await testRule(
        RULE,
        oneOperation('3.0', '/a', 'put', { responses: responses('3.0', [204, 304]) }),
        { ruleset },
      );
      expect(found.map((f) => f.path)).toEqual(['paths./a.put.responses.304']);
    });

    test('`matrix` replaces the table, and speaks for every code; methods it does not list are not checked', async () => {
      const ruleset = buildRuleset({ [RULE]: { matrix: { get: [200, 404] } } });
      const doc = document('3.0', {
        '/a': { get: { responses: responses('3.0', [200, 409]) }, post: { responses: responses('3.0', [418]) } },
      });
      const found = await testRule(RULE, doc, { ruleset });
      expect(found.map((f) => [f.path, f.message])).toEqual([
        [
          'paths./a.get.responses.409',
          'GET /a declares 409 Conflict, which the method/status matrix of your `matrix` option (a policy) gives to no method (HTTP allows it: RFC 9110 §15.5.10); remove it, or allow it in a .spectral.js: `createRuleset({ matrix: { allow: { get: [409] } } })`.',
        ],
      ]);
    });

    test('a bad option is a load error naming the option and a valid value, not a crash at lint time', () => {
      expect(loadError({ [RULE]: { allow: { get: ['200'] } } })).toBe(
        'must be a status code: an integer from 100 to 599, e.g. 202',
      );
      expect(loadError({ [RULE]: { allow: { fetch: [200] } } })).toBe(
        'must name only methods (get, put, post, delete, options, head, patch, trace, query), e.g. { delete: [202] }',
      );
      expect(loadError({ [RULE]: { forbid: { get: [700] } } })).toBe(
        'must be a status code: an integer from 100 to 599, e.g. 202',
      );
      expect(loadError({ [RULE]: { mode: 'lenient' } })).toBe("must be 'default' or 'strict'");
      expect(loadError({ [RULE]: { colour: 'red' } })).toBe(
        '"httpStatusMethodMatrix" function does not support "colour" option',
      );
    });
  });
});

describe(`${RULE} on OpenAPI 3.2: QUERY and additionalOperations`, () => {
  const query = (codes: number[], extra: Record<string, unknown> = {}) =>
    withBody(OAS32, { ...extra, responses: responses(OAS32, codes, { '303': { headers: ['Location'] } }) });

  test("QUERY's column: GET's codes, request content's, and 303, pass in both modes", async () => {
    const doc = document(OAS32, {
      '/products': {
        query: query([200, 303, 304, 400, 404, 406, 411, 413, 415, 417, 422, 429, 500, 501, 503], {
          parameters: [{ name: 'If-None-Match', in: 'header', schema: { type: 'string' } }],
        }),
      },
    });
    expect(await testRule(RULE, doc)).toEqual([]);
    expect(await testRule(RULE, doc, { ruleset: strict })).toEqual([]);
  });

  test('201 on QUERY is an HTTP error in both modes (safe: it creates nothing), citing the QUERY draft', async () => {
    const doc = document(OAS32, { '/products': { query: query([200, 201]) } });
    const message =
      'QUERY /products declares 201 Created, which reports a creation, but QUERY is safe and creates nothing (RFC 9110 §9.2.1, §15.3.2; draft-ietf-httpbis-safe-method-w-body §2); answer 200 OK, or create with POST or PUT.';
    for (const ruleset of [undefined, strict]) {
      const found = await testRule(RULE, doc, { ruleset });
      expect(found.map((f) => [f.path, f.severity, f.message])).toEqual([
        ['paths./products.query.responses.201', 'warn', message],
      ]);
    }
  });

  test("202 on QUERY is outside the QUERY column in both modes (our decision, said so); 206 and 416 are HTTP's limits", async () => {
    const doc = document(OAS32, { '/products': { query: query([200, 202, 206]) } });
    for (const ruleset of [undefined, strict]) {
      const found = await testRule(RULE, doc, { ruleset });
      expect(found.map((f) => [f.path, f.message])).toEqual([
        [
          'paths./products.query.responses.202',
          `QUERY /products declares 202 Accepted, which the method/status matrix's QUERY column (this ruleset's reading of draft-ietf-httpbis-safe-method-w-body, a policy) does not give to QUERY; use ${ruleset === undefined ? '200 OK or 204 No Content' : '200 OK'}, or allow it in a .spectral.js: \`createRuleset({ matrix: { allow: { query: [202] } } })\`.`,
        ],
        [
          'paths./products.query.responses.206',
          'QUERY /products declares 206 Partial Content, which answers a range request, and HTTP defines ranges for GET only (RFC 9110 §14.2; draft-ietf-httpbis-safe-method-w-body §2); remove it.',
        ],
      ]);
    }
  });

  test('the default-mode cells of QUERY (204, 409, 412) are policy findings in the strict mode only', async () => {
    const doc = document(OAS32, {
      '/products': {
        query: query([200, 204, 409, 412], {
          parameters: [{ name: 'If-Match', in: 'header', schema: { type: 'string' } }],
        }),
      },
    });
    expect(await testRule(RULE, doc)).toEqual([]);
    const found = await testRule(RULE, doc, { ruleset: strict });
    expect(found.map((f) => f.path)).toEqual([
      'paths./products.query.responses.204',
      'paths./products.query.responses.409',
      'paths./products.query.responses.412',
    ]);
  });

  test('a matrix option can name query', async () => {
    const doc = document(OAS32, { '/products': { query: query([200, 202]) } });
    const ruleset = buildRuleset({ [RULE]: { allow: { query: [202] } } });
    expect(await testRule(RULE, doc, { ruleset })).toEqual([]);
  });

  test('additionalOperations: a method without a column (registered LINK, unregistered PURGE) gets no method finding, in webhooks and callbacks too', async () => {
    const odd = { responses: responses(OAS32, [200, 201, 202, 206, 304, 416]) };
    const doc = document(
      OAS32,
      {
        '/cache/{key}': {
          parameters: [parameter(OAS32, { name: 'key', in: 'path' })],
          additionalOperations: { LINK: odd, PURGE: odd },
        },
        '/subscriptions': {
          post: withBody(OAS32, {
            responses: responses(OAS32, [201]),
            callbacks: { onEvent: { '{$request.body#/url}': { additionalOperations: { NOTIFY: odd } } } },
          }),
        },
      },
      { webhooks: { changed: { additionalOperations: { PURGE: odd } } } },
    );
    expect(await testRule(RULE, doc)).toEqual([]);
    expect(await testRule(RULE, doc, { ruleset: strict })).toEqual([]);
  });

  test('a registered safe method without a column (PROPFIND, SEARCH) creates nothing: 201 is an HTTP error there, by the IANA registry, in both modes', async () => {
    const doc = document(OAS32, {
      '/files': {
        additionalOperations: {
          PROPFIND: { responses: responses(OAS32, [201, 207]) },
          MKCOL: { responses: responses(OAS32, [201]) },
          PURGE: { responses: responses(OAS32, [201]) },
        },
      },
    });
    for (const ruleset of [undefined, strict]) {
      expect((await testRule(RULE, doc, { ruleset })).map((f) => [f.path, f.message])).toEqual([
        [
          'paths./files.additionalOperations.PROPFIND.responses.201',
          'PROPFIND /files declares 201 Created, which reports a creation, but PROPFIND is safe and creates nothing (RFC 9110 §9.2.1, §15.3.2; the IANA HTTP Method Registry lists PROPFIND as safe, RFC 4918); answer 200 OK, or create with POST or PUT.',
        ],
      ]);
    }
  });

  test("an additionalOperations key that is a method in upper case is judged as that method (QUERY in 3.1's x-oai-additionalOperations)", async () => {
    const doc = document('3.1', {
      '/products': {
        'x-oai-additionalOperations': { QUERY: withBody('3.1', { responses: responses('3.1', [200, 201]) }) },
      },
    });
    const found = await testRule(RULE, doc);
    expect(found.map((f) => [f.path, f.message.slice(0, 40)])).toEqual([
      ['paths./products.x-oai-additionalOperations.QUERY.responses.201', 'QUERY /products declares 201 Created, wh'],
    ]);
  });
});

describe(`${RULE}: an additionalOperations key that repeats a method with a field of its own`, () => {
  const op = (v: Version) => ({ responses: responses(v, [200]) });
  const BASIS_32 =
    'OpenAPI 3.2 Path Item Object: `additionalOperations` MUST NOT hold a method that another field defines';

  test('3.2: GET and QUERY (any case) are reported on the key, naming it as written and the field to use, in both modes; LINK and PURGE are not', async () => {
    const doc = document(
      OAS32,
      {
        '/a': { get: op(OAS32), additionalOperations: { GET: op(OAS32), LINK: op(OAS32) } },
        '/b': { additionalOperations: { Query: withBody(OAS32, op(OAS32)), get: op(OAS32), PURGE: op(OAS32) } },
        '/c': {
          post: withBody(OAS32, {
            responses: responses(OAS32, [201]),
            callbacks: { onEvent: { '{$request.body#/url}': { additionalOperations: { POST: op(OAS32) } } } },
          }),
        },
      },
      { webhooks: { changed: { additionalOperations: { QUERY: withBody(OAS32, op(OAS32)) } } } },
    );
    const expected = [
      [
        'paths./a.additionalOperations.GET',
        'warn',
        `GET /a is written under \`additionalOperations\` as 'GET', but GET has a field of its own (${BASIS_32}); the path item has \`get:\` already: keep one GET operation there.`,
      ],
      [
        'paths./b.additionalOperations.Query',
        'warn',
        `Query /b is written under \`additionalOperations\` as 'Query' (QUERY in another case: a method is case-sensitive, RFC 9110 §9.1, so as written it is sent as 'Query'), but QUERY has a field of its own (${BASIS_32}); move it to the path item's \`query:\` field.`,
      ],
      [
        'paths./b.additionalOperations.get',
        'warn',
        `get /b is written under \`additionalOperations\` as 'get' (GET in another case: a method is case-sensitive, RFC 9110 §9.1, so as written it is sent as 'get'), but GET has a field of its own (${BASIS_32}); move it to the path item's \`get:\` field.`,
      ],
      [
        'paths./c.post.callbacks.onEvent.{$request.body#/url}.additionalOperations.POST',
        'warn',
        `POST {$request.body#/url} (callback 'onEvent' of POST /c) is written under \`additionalOperations\` as 'POST', but POST has a field of its own (${BASIS_32}); move it to the path item's \`post:\` field.`,
      ],
      [
        'webhooks.changed.additionalOperations.QUERY',
        'warn',
        `QUERY webhook 'changed' is written under \`additionalOperations\` as 'QUERY', but QUERY has a field of its own (${BASIS_32}); move it to the path item's \`query:\` field.`,
      ],
    ];
    for (const ruleset of [undefined, strict]) {
      const found = await testRule(RULE, doc, { ruleset });
      expect(found.map((f) => [f.path, f.severity, f.message]).sort()).toEqual(expected.sort());
    }
  });

  test.each(OAS3)(
    '%s: under x-oai-additionalOperations, GET (any case) is reported, QUERY is not (it has no field before 3.2: that is how it is written)',
    async (v) => {
      const version = v;
      const doc = document(version, {
        '/a': {
          'x-oai-additionalOperations': {
            GET: op(version),
            delete: op(version),
            QUERY: withBody(version, op(version)),
            query: withBody(version, op(version)),
          },
        },
      });
      const basis = `the OpenAPI Extension Registry: \`x-oai-additionalOperations\` holds the methods OpenAPI ${v}'s Path Item Object has no field for`;
      for (const ruleset of [undefined, strict]) {
        const found = await testRule(RULE, doc, { ruleset });
        expect(found.map((f) => [f.path, f.message]).sort()).toEqual(
          [
            [
              'paths./a.x-oai-additionalOperations.GET',
              `GET /a is written under \`x-oai-additionalOperations\` as 'GET', but GET has a field of its own (${basis}); move it to the path item's \`get:\` field.`,
            ],
            [
              'paths./a.x-oai-additionalOperations.delete',
              `delete /a is written under \`x-oai-additionalOperations\` as 'delete' (DELETE in another case: a method is case-sensitive, RFC 9110 §9.1, so as written it is sent as 'delete'), but DELETE has a field of its own (${basis}); move it to the path item's \`delete:\` field.`,
            ],
          ].sort(),
        );
      }
    },
  );

  test('3.2 reads no x-oai-additionalOperations, and no other extension is read as one: nothing there is reported', async () => {
    const doc32 = document(OAS32, { '/a': { get: op(OAS32), 'x-oai-additionalOperations': { GET: op(OAS32) } } });
    expect(await testRule(RULE, doc32)).toEqual([]);
    const doc31 = document('3.1', { '/a': { get: op('3.1'), 'x-additionalOperations': { GET: op('3.1') } } });
    expect(await testRule(RULE, doc31)).toEqual([]);
  });

  test('the repeated key is judged as its method when written in upper case (GET: 201 on it is an HTTP error too)', async () => {
    const doc = document(OAS32, {
      '/a': { additionalOperations: { GET: { responses: responses(OAS32, [200, 201]) } } },
    });
    const found = await testRule(RULE, doc);
    expect(found.map((f) => f.path)).toEqual([
      'paths./a.additionalOperations.GET',
      'paths./a.additionalOperations.GET.responses.201',
    ]);
  });
});
