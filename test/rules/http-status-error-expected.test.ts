import { strict, testRule } from '../helpers/lint';
import {
  OAS3,
  OAS32,
  VERSIONS,
  Version,
  document,
  oneOperation,
  parameter,
  response,
  responses,
  withBody,
} from '../helpers/docs';
import { buildRuleset } from '../helpers/rulesets';
import { profileDocument } from '../helpers/profiles';

const RULE = 'http-status-error-expected';

/** The security schemes of a document: an API key, and HTTP bearer authentication. */
function schemes(v: Version): Record<string, unknown> {
  return v === '2.0'
    ? { securityDefinitions: { key: { type: 'apiKey', in: 'header', name: 'X-Key' }, basic: { type: 'basic' } } }
    : {
        components: {
          securitySchemes: {
            key: { type: 'apiKey', in: 'header', name: 'X-Key' },
            bearer: { type: 'http', scheme: 'bearer' },
            ...(v === '3.1' ? { tls: { type: 'mutualTLS' } } : {}),
          },
        },
      };
}

const http = (v: Version): string => (v === '2.0' ? 'basic' : 'bearer');

/** Schemes of tokens a sign-in issues: OAuth 2, with the API key scheme beside it. */
function tokenSchemes(v: Version): Record<string, unknown> {
  const key = { type: 'apiKey', in: 'header', name: 'X-Key' };
  return v === '2.0'
    ? {
        securityDefinitions: {
          key,
          oauth: { type: 'oauth2', flow: 'password', tokenUrl: 'https://example.com/token', scopes: {} },
        },
      }
    : {
        components: {
          securitySchemes: {
            key,
            oauth: { type: 'oauth2', flows: { password: { tokenUrl: 'https://example.com/token', scopes: {} } } },
          },
        },
      };
}

describe(RULE, () => {
  test.each(VERSIONS)('%s: an operation that takes nothing expects nothing', async (v) => {
    expect(await testRule(RULE, oneOperation(v, '/a', 'get', { responses: responses(v, [200]) }))).toEqual([]);
    expect(
      await testRule(RULE, oneOperation(v, '/a', 'get', { responses: responses(v, [200]) }), { ruleset: strict }),
    ).toEqual([]);
  });

  test.each(VERSIONS)('%s: a full set of codes passes in both modes', async (v) => {
    const op = withBody(v, {
      parameters: [parameter(v, { name: 'id', in: 'path' }), parameter(v, { name: 'If-Match', in: 'header' })],
      security: [{ [http(v)]: [] }],
      responses: responses(v, [204, 400, 401, 404, 412, 415]),
    });
    const doc = oneOperation(v, '/a/{id}', 'put', op, schemes(v));
    expect(await testRule(RULE, doc)).toEqual([]);
    expect(await testRule(RULE, doc, { ruleset: strict })).toEqual([]);
  });

  test.each(VERSIONS)(
    '%s: each missing code is reported on responses, saying why it is expected and on what basis',
    async (v) => {
      const op = withBody(v, {
        parameters: [
          parameter(v, { name: 'id', in: 'path' }),
          parameter(v, { name: 'if-unmodified-since', in: 'header' }),
        ],
        responses: responses(v, [204]),
      });
      const doc = oneOperation(v, '/a/{id}', 'put', op, { ...schemes(v), security: [{ [http(v)]: [] }] });
      const found = await testRule(RULE, doc);
      expect(found.map((f) => [f.code, f.path, f.severity, f.message])).toEqual([
        [
          RULE,
          'paths./a/{id}.put.responses',
          'warn',
          'PUT /a/{id} takes a request body but does not declare 400 Bad Request (or 422 Unprocessable Content); add a 400 response (documentation completeness).',
        ],
        [
          RULE,
          'paths./a/{id}.put.responses',
          'warn',
          'PUT /a/{id} requires authentication but does not declare 401 Unauthorized; add a 401 response (documentation completeness).',
        ],
        [
          RULE,
          'paths./a/{id}.put.responses',
          'warn',
          "PUT /a/{id} has the path parameter 'id' but does not declare 404 Not Found; add a 404 response (documentation completeness).",
        ],
        [
          RULE,
          'paths./a/{id}.put.responses',
          'warn',
          'PUT /a/{id} takes the If-Unmodified-Since header but does not declare 412 Precondition Failed; add a 412 response (documentation completeness).',
        ],
      ]);
      // The strict mode asks for 415 of every operation with a body too.
      const strictly = await testRule(RULE, doc, { ruleset: strict });
      expect(strictly.map((f) => f.message).slice(4)).toEqual([
        'PUT /a/{id} takes a request body but does not declare 415 Unsupported Media Type; add a 415 response (documentation completeness).',
      ]);
    },
  );

  test.each(VERSIONS)(
    '%s: conditional GET, Range and Expect call for 304, 206/416 and 417; If-None-Match on a write calls for 412',
    async (v) => {
      const doc = document(v, {
        '/files': {
          get: {
            parameters: [
              parameter(v, { name: 'If-None-Match', in: 'header' }),
              parameter(v, { name: 'Range', in: 'header' }),
            ],
            responses: responses(v, [200]),
          },
          post: withBody(v, {
            parameters: [parameter(v, { name: 'Expect', in: 'header' })],
            responses: responses(v, [201, 400]),
          }),
          put: withBody(v, {
            parameters: [parameter(v, { name: 'If-None-Match', in: 'header' })],
            responses: responses(v, [201, 400]),
          }),
        },
      });
      const found = await testRule(RULE, doc);
      expect(found.map((f) => f.message)).toEqual([
        'GET /files takes the Range header but does not declare 206 Partial Content; add a 206 response (documentation completeness).',
        'GET /files takes the If-None-Match header but does not declare 304 Not Modified; add a 304 response (documentation completeness).',
        'GET /files takes the Range header but does not declare 416 Range Not Satisfiable; add a 416 response (documentation completeness).',
        'POST /files takes the Expect header but does not declare 417 Expectation Failed; add a 417 response (documentation completeness).',
        'PUT /files takes the If-None-Match header but does not declare 412 Precondition Failed; add a 412 response (documentation completeness).',
      ]);
    },
  );

  test.each(VERSIONS)('%s: the default mode asks 400 only of input a server can reject', async (v) => {
    // An integer that is no paging control (an optional `limit` or `page` a server clamps: see below).
    const limited =
      v === '2.0'
        ? { name: 'year', in: 'query', type: 'integer' }
        : { name: 'year', in: 'query', schema: { type: 'integer' } };
    const required = { ...parameter(v, { name: 'q', in: 'query' }), required: true };
    const doc = document(v, {
      '/free/{id}': {
        get: {
          parameters: [
            parameter(v, { name: 'id', in: 'path' }),
            parameter(v, { name: 'note', in: 'query' }),
            parameter(v, { name: 'X-Signature', in: 'header' }),
          ],
          responses: responses(v, [200, 404]),
        },
      },
      '/limited': { get: { parameters: [limited], responses: responses(v, [200]) } },
      '/required': { get: { parameters: [required], responses: responses(v, [200]) } },
    });
    const found = await testRule(RULE, doc);
    expect(found.map((f) => f.message)).toEqual([
      "GET /limited takes the parameter 'year' (its schema limits its values) but does not declare 400 Bad Request (or 422 Unprocessable Content); add a 400 response (documentation completeness).",
      "GET /required takes the required parameter 'q' but does not declare 400 Bad Request (or 422 Unprocessable Content); add a 400 response (documentation completeness).",
    ]);
    // The strict mode asks it of any input.
    expect((await testRule(RULE, doc, { ruleset: strict })).map((f) => f.path)).toEqual([
      'paths./free/{id}.get.responses',
      'paths./limited.get.responses',
      'paths./required.get.responses',
    ]);
  });

  test.each(VERSIONS)(
    '%s: 404 is asked about the last path parameter, and not where every path parameter lists its values',
    async (v) => {
      const section =
        v === '2.0'
          ? { name: 'section', in: 'path', required: true, type: 'string', enum: ['arts', 'food'] }
          : { name: 'section', in: 'path', required: true, schema: { type: 'string', enum: ['arts', 'food'] } };
      const doc = document(v, {
        '/orders/{orderId}/items/{itemId}': {
          get: {
            parameters: [parameter(v, { name: 'orderId', in: 'path' }), parameter(v, { name: 'itemId', in: 'path' })],
            responses: responses(v, [200]),
          },
        },
        '/sections/{section}': { get: { parameters: [section], responses: responses(v, [200]) } },
      });
      expect((await testRule(RULE, doc)).map((f) => f.message)).toEqual([
        "GET /orders/{orderId}/items/{itemId} has the path parameter 'itemId' but does not declare 404 Not Found; add a 404 response (documentation completeness).",
      ]);
      expect((await testRule(RULE, doc, { ruleset: strict })).map((f) => f.path)).toContain(
        'paths./sections/{section}.get.responses',
      );
    },
  );

  // Issue 25, item 1: RFC 9110 §9.3.4, a PUT may create what it names.
  test.each(VERSIONS)(
    '%s: a PUT that creates what its last path parameter names asks no 404 for it; a parent parameter, a PUT that does not create, or one that creates something else, still does',
    async (v) => {
      const put = (extra: Record<string, unknown>, codes: number[], names: string[]) =>
        withBody(v, {
          ...extra,
          parameters: names.map((name) => parameter(v, { name, in: 'path' })),
          responses: responses(v, codes),
        });
      const doc = document(v, {
        '/secrets/{name}': { put: put({}, [200, 201, 400], ['name']) },
        '/drafts/{id}': { put: put({ summary: 'Create or replace a draft' }, [200, 400], ['id']) },
        '/tags/{tag}': {
          put: put({ description: 'Upserts the tag. See also the list of tags.' }, [204, 400], ['tag']),
        },
        '/orgs/{org}/secrets/{name}': { put: put({}, [201, 400], ['org', 'name']) },
        '/documents/{id}': {
          put: put(
            { summary: 'Update a document', description: 'Replaces the document. To create one, use POST.' },
            [200, 400],
            ['id'],
          ),
        },
        '/pods/{name}/status': { put: put({}, [200, 201, 400], ['name']) },
        '/nodes/{name}': { put: put({ description: 'replace the specified Node' }, [200, 201, 400], ['name']) },
        // What it creates is another thing than the last parameter names: the path names it earlier, or the words say it is for that parameter's noun.
        '/authorizations/clients/{client_id}': {
          put: put({ summary: 'Get-or-create an authorization for a specific app' }, [200, 201, 400], ['client_id']),
        },
        '/clients/{client_id}': {
          put: put({ description: 'Creates a session for the client.' }, [201, 400], ['client_id']),
        },
        // What it creates is what the last parameter names, the owner named after it ('for a specific invoice') is another parameter.
        '/invoices/{invoice_id}/attachments/{file_name}': {
          put: put(
            { summary: 'Creates an attachment for a specific invoice' },
            [200, 400],
            ['invoice_id', 'file_name'],
          ),
        },
        // A created thing the path does not name is taken to be what the URL names; so is one its segment names.
        '/prescriptions/{id}': {
          put: put({ summary: 'Update or create a planned planting event' }, [201, 400], ['id']),
        },
        '/files/{path}': { put: put({ summary: 'Create a file or directory' }, [200, 400], ['path']) },
        // An operationId that names an update and no creation says what the PUT does, whatever a copied summary says.
        '/payslips/{payslip_id}': {
          put: put(
            { summary: 'Creates an employee pay slip', operationId: 'updatePaySlipLineItems' },
            [200, 400],
            ['payslip_id'],
          ),
        },
        '/splits/{split_id}': { put: put({ operationId: 'update_split_test' }, [201, 400], ['split_id']) },
        '/rows/{row_id}': { put: put({ operationId: 'createOrUpdateRow' }, [201, 400], ['row_id']) },
        // A summary copied from the POST that creates, on the parent collection, says nothing of what the PUT does.
        '/forms': { post: withBody(v, { summary: 'Creates a new form.', responses: responses(v, [201, 400]) }) },
        '/forms/{form_id}': { put: put({ summary: 'Creates a new form.' }, [200, 400], ['form_id']) },
        '/zones/{zone}/metadata/{kind}': {
          put: put(
            {
              description: 'Creates a set of metadata entries of given kind for the zone.',
              operationId: 'modifyMetadata',
            },
            [200, 400],
            ['zone', 'kind'],
          ),
        },
      });
      expect((await testRule(RULE, doc)).map((f) => f.message)).toEqual([
        "PUT /orgs/{org}/secrets/{name} has the path parameter 'org' but does not declare 404 Not Found; add a 404 response (documentation completeness).",
        "PUT /documents/{id} has the path parameter 'id' but does not declare 404 Not Found; add a 404 response (documentation completeness).",
        "PUT /pods/{name}/status has the path parameter 'name' but does not declare 404 Not Found; add a 404 response (documentation completeness).",
        "PUT /nodes/{name} has the path parameter 'name' but does not declare 404 Not Found; add a 404 response (documentation completeness).",
        "PUT /authorizations/clients/{client_id} has the path parameter 'client_id' but does not declare 404 Not Found; add a 404 response (documentation completeness).",
        "PUT /clients/{client_id} has the path parameter 'client_id' but does not declare 404 Not Found; add a 404 response (documentation completeness).",
        "PUT /invoices/{invoice_id}/attachments/{file_name} has the path parameter 'invoice_id' but does not declare 404 Not Found; add a 404 response (documentation completeness).",
        "PUT /payslips/{payslip_id} has the path parameter 'payslip_id' but does not declare 404 Not Found; add a 404 response (documentation completeness).",
        "PUT /splits/{split_id} has the path parameter 'split_id' but does not declare 404 Not Found; add a 404 response (documentation completeness).",
        "PUT /forms/{form_id} has the path parameter 'form_id' but does not declare 404 Not Found; add a 404 response (documentation completeness).",
        "PUT /zones/{zone}/metadata/{kind} has the path parameter 'zone' but does not declare 404 Not Found; add a 404 response (documentation completeness).",
      ]);
      // The strict mode asks 404 of every operation for its last template parameter, whatever the PUT does.
      const strictly = (await testRule(RULE, doc, { ruleset: strict })).filter((f) => f.message.includes('404'));
      expect(strictly.map((f) => f.message.split(' but ')[0])).toEqual([
        "PUT /secrets/{name} has the path parameter 'name'",
        "PUT /drafts/{id} has the path parameter 'id'",
        "PUT /tags/{tag} has the path parameter 'tag'",
        "PUT /orgs/{org}/secrets/{name} has the path parameter 'name'",
        "PUT /documents/{id} has the path parameter 'id'",
        "PUT /pods/{name}/status has the path parameter 'name'",
        "PUT /nodes/{name} has the path parameter 'name'",
        "PUT /authorizations/clients/{client_id} has the path parameter 'client_id'",
        "PUT /clients/{client_id} has the path parameter 'client_id'",
        "PUT /invoices/{invoice_id}/attachments/{file_name} has the path parameter 'file_name'",
        "PUT /prescriptions/{id} has the path parameter 'id'",
        "PUT /files/{path} has the path parameter 'path'",
        "PUT /payslips/{payslip_id} has the path parameter 'payslip_id'",
        "PUT /splits/{split_id} has the path parameter 'split_id'",
        "PUT /rows/{row_id} has the path parameter 'row_id'",
        "PUT /forms/{form_id} has the path parameter 'form_id'",
        "PUT /zones/{zone}/metadata/{kind} has the path parameter 'kind'",
      ]);
    },
  );

  // Issue 25, item 7: a HEAD answer has no body.
  test.each(VERSIONS)(
    '%s: on HEAD a `default` response does not cover 404 (no body says which error it is); on GET it does, and so does a 4XX range on HEAD',
    async (v) => {
      const id = [parameter(v, { name: 'id', in: 'path' })];
      const withDefault = { ...responses(v, [200]), default: response(v) };
      const doc = document(v, {
        '/files/{id}': { parameters: id, head: { responses: withDefault }, get: { responses: withDefault } },
        ...(v === '2.0'
          ? {}
          : { '/blobs/{id}': { parameters: id, head: { responses: { ...responses(v, [200]), '4XX': response(v) } } } }),
      });
      const expected =
        "HEAD /files/{id} has the path parameter 'id' but does not declare 404 Not Found; add a 404 response (documentation completeness: 'default' does not count, name the code).";
      expect((await testRule(RULE, doc)).map((f) => [f.path, f.message])).toEqual([
        ['paths./files/{id}.head.responses', expected],
      ]);
      const passing = document(v, {
        '/files/{id}': { parameters: id, head: { responses: { ...withDefault, ...responses(v, [404]) } } },
      });
      expect(await testRule(RULE, passing)).toEqual([]);
      // The strict mode counts no `default` or range anywhere: every operation here is asked.
      const strictly = (await testRule(RULE, doc, { ruleset: strict })).filter((f) =>
        f.message.includes('declare 404'),
      );
      expect(strictly.map((f) => f.path)).toEqual([
        'paths./files/{id}.head.responses',
        'paths./files/{id}.get.responses',
        ...(v === '2.0' ? [] : ['paths./blobs/{id}.head.responses']),
      ]);
    },
  );

  /** A parameter with schema keywords: under `schema` in OpenAPI 3, on the parameter in Swagger 2. */
  const constrained = (
    v: Version,
    name: string,
    where: 'query' | 'header',
    keywords: Record<string, unknown>,
    required = false,
  ): Record<string, unknown> => ({
    name,
    in: where,
    ...(required ? { required: true } : {}),
    ...(v === '2.0' ? { type: 'string', ...keywords } : { schema: { type: 'string', ...keywords } }),
  });

  // Issue 25, item 3.
  test.each(VERSIONS)(
    '%s: an optional tracing or correlation header limited only by a length asks no 400; with a format, required, or a header that changes the operation, it does',
    async (v) => {
      const get = (parameters: unknown[]) => ({ get: { parameters, responses: responses(v, [200]) } });
      const doc = document(v, {
        '/traced': get([
          constrained(v, 'X-Request-Id', 'header', { maxLength: 64 }),
          constrained(v, 'traceparent', 'header', { minLength: 55, maxLength: 55 }),
          constrained(v, 'X-B3-TraceId', 'header', { maxLength: 32 }),
        ]),
        '/uuid': get([constrained(v, 'X-Correlation-Id', 'header', { format: 'uuid' })]),
        '/required': get([constrained(v, 'X-Request-Id', 'header', { maxLength: 64 }, true)]),
        '/dry': get([
          constrained(v, 'X-Request-Id', 'header', { maxLength: 64 }),
          constrained(v, 'X-Dry-Run', 'header', { enum: ['true', 'false'] }),
        ]),
      });
      expect((await testRule(RULE, doc)).map((f) => f.message)).toEqual([
        "GET /uuid takes the parameter 'X-Correlation-Id' (its schema limits its values) but does not declare 400 Bad Request (or 422 Unprocessable Content); add a 400 response (documentation completeness).",
        "GET /required takes the required parameter 'X-Request-Id' but does not declare 400 Bad Request (or 422 Unprocessable Content); add a 400 response (documentation completeness).",
        "GET /dry takes the parameter 'X-Dry-Run' (its schema limits its values) but does not declare 400 Bad Request (or 422 Unprocessable Content); add a 400 response (documentation completeness).",
      ]);
      // The strict mode asks 400 of any input, the tracing header included.
      expect((await testRule(RULE, doc, { ruleset: strict })).map((f) => f.path)).toEqual([
        'paths./traced.get.responses',
        'paths./uuid.get.responses',
        'paths./required.get.responses',
        'paths./dry.get.responses',
      ]);
    },
  );

  // Issue 25, item 4.
  test.each(VERSIONS)(
    '%s: a required opaque lookup key whose bad value the declared 404 answers asks no 400; a constrained key, no 404, or other input still does',
    async (v) => {
      const get = (parameters: unknown[], codes: number[]) => ({ get: { parameters, responses: responses(v, codes) } });
      const key = (name: string, keywords: Record<string, unknown> = {}) =>
        constrained(v, name, 'query', keywords, true);
      const doc = document(v, {
        '/document': get([key('id'), key('version')], [200, 404]),
        '/upload': get([key('upload_id')], [204, 404]),
        '/pattern': get([key('orderId', { pattern: '^o_[a-z0-9]+$' })], [200, 404]),
        '/no404': get([key('id')], [200]),
        '/api': get([key('api-version')], [200, 404]),
        '/other': get([key('id'), key('q')], [200, 404]),
      });
      expect((await testRule(RULE, doc)).map((f) => f.message.split(' but ')[0])).toEqual([
        "GET /pattern takes the required parameter 'orderId'",
        "GET /no404 takes the required parameter 'id'",
        "GET /api takes the required parameter 'api-version'",
        "GET /other takes the required parameter 'q'",
      ]);
      expect((await testRule(RULE, doc, { ruleset: strict })).map((f) => f.path)).toEqual(
        ['/document', '/upload', '/pattern', '/no404', '/api', '/other'].map((p) => `paths.${p}.get.responses`),
      );
    },
  );

  /** A query parameter with numeric schema keywords: under `schema` in OpenAPI 3 (`$ref`'d when `ref`), on the parameter in Swagger 2. */
  const numeric = (
    v: Version,
    name: string,
    keywords: Record<string, unknown> = {},
    extra: Record<string, unknown> = {},
  ): Record<string, unknown> => ({
    name,
    in: 'query',
    ...extra,
    ...(v === '2.0' ? { type: 'integer', ...keywords } : { schema: { type: 'integer', ...keywords } }),
  });

  // GitHub's `per_page` above 100 gives 100 results; a `page` that is no number gives the first page.
  test.each([...VERSIONS, OAS32])(
    '%s: an optional paging control that is a number limited only by bounds asks no 400 in the default mode; an enum, a pattern, a string, a required one, one said to be rejected, or other input still does',
    async (v) => {
      const get = (parameters: unknown[]) => ({ get: { parameters, responses: responses(v, [200]) } });
      const pageSize =
        v === '2.0'
          ? numeric(v, 'pageSize', { format: 'int32', minimum: 1, maximum: 100, default: 20 })
          : { name: 'pageSize', in: 'query', schema: { $ref: '#/components/schemas/PageSize' } };
      const doc = document(v, {
        '/events': get([
          numeric(
            v,
            'per_page',
            { default: 30, maximum: 100 },
            { description: 'The number of results per page (max 100).' },
          ),
          numeric(v, 'page', { default: 1, minimum: 1, format: 'int64' }),
        ]),
        '/items': get([
          // An exclusive bound is a boolean beside `minimum` up to OpenAPI 3.0, a number from 3.1 (JSON Schema 2020-12).
          numeric(v, 'limit', {
            ...(v === '2.0' || v === '3.0' ? { minimum: 0, exclusiveMinimum: true } : { exclusiveMinimum: 0 }),
            multipleOf: 10,
          }),
          numeric(v, 'offset'),
          numeric(v, '$top'),
          numeric(v, 'page[size]', { maximum: 50 }),
          pageSize,
        ]),
        '/enum': get([numeric(v, 'per_page', { enum: [10, 50, 100] })]),
        // Not a paging name here: AWS enforces its `maxResults` bounds with a 400 ValidationException.
        '/aws': get([numeric(v, 'maxResults', { minimum: 1, maximum: 100 })]),
        '/signed': get([
          numeric(v, 'pageSize', { minimum: 1, maximum: 100 }),
          { name: 'X-Amz-Date', in: 'header', ...(v === '2.0' ? { type: 'string' } : { schema: { type: 'string' } }) },
        ]),
        '/pattern':
          v === '2.0'
            ? get([{ name: 'page', in: 'query', type: 'string', pattern: '^[0-9]+$' }])
            : get([{ name: 'page', in: 'query', schema: { type: 'string', pattern: '^[0-9]+$' } }]),
        '/float': get([numeric(v, 'limit', { type: 'number', format: 'float' })]),
        '/required': get([numeric(v, 'limit', { maximum: 100 }, { required: true })]),
        '/rejected': get([
          numeric(
            v,
            'pageNumber',
            { maximum: 100 },
            { description: 'If it is greater than 100, the API returns a `400 VALUE_TOO_HIGH` error.' },
          ),
        ]),
        '/between': get([
          numeric(v, 'skip', {}, { description: 'Must be between 0 and 10000, or the request is answered with 400.' }),
        ]),
        '/other': get([numeric(v, 'per_page', { maximum: 100 }), numeric(v, 'since', { minimum: 0 })]),
        '/header': get([{ ...numeric(v, 'limit', { maximum: 100 }), in: 'header' }]),
      });
      if (v !== '2.0')
        (doc as { components?: unknown }).components = {
          schemas: { PageSize: { type: 'integer', format: 'int32', minimum: 1, maximum: 100, default: 20 } },
        };
      const ask = (path: string, name: string) =>
        `GET ${path} takes the parameter '${name}' (its schema limits its values) but does not declare 400 Bad Request (or 422 Unprocessable Content); add a 400 response (documentation completeness).`;
      expect((await testRule(RULE, doc)).map((f) => f.message)).toEqual([
        ask('/enum', 'per_page'),
        ask('/aws', 'maxResults'),
        ask('/signed', 'pageSize'),
        ask('/pattern', 'page'),
        ask('/float', 'limit'),
        "GET /required takes the required parameter 'limit' but does not declare 400 Bad Request (or 422 Unprocessable Content); add a 400 response (documentation completeness).",
        ask('/rejected', 'pageNumber'),
        ask('/between', 'skip'),
        // The message names the other input, not the paging control before it.
        ask('/other', 'since'),
        ask('/header', 'limit'),
      ]);
      // The strict mode asks 400 of any input, the paging controls included.
      expect(
        (await testRule(RULE, doc, { ruleset: strict }))
          .filter((f) => f.message.includes('declare 400'))
          .map((f) => f.message.split(' but ')[0]),
      ).toEqual([
        "GET /events takes the parameter 'per_page'",
        "GET /items takes the parameter 'limit'",
        "GET /enum takes the parameter 'per_page'",
        "GET /aws takes the parameter 'maxResults'",
        "GET /signed takes the parameter 'pageSize'",
        "GET /pattern takes the parameter 'page'",
        "GET /float takes the parameter 'limit'",
        "GET /required takes the parameter 'limit'",
        "GET /rejected takes the parameter 'pageNumber'",
        "GET /between takes the parameter 'skip'",
        "GET /other takes the parameter 'per_page'",
        "GET /header takes the parameter 'limit'",
      ]);
    },
  );

  test.each([...VERSIONS, OAS32])(
    '%s: a paging control whose name another operation of the document says is refused when bad still asks 400 everywhere; other names do not',
    async (v) => {
      const get = (parameters: unknown[], codes: number[]) => ({ get: { parameters, responses: responses(v, codes) } });
      const doc = document(v, {
        '/customers': get(
          [
            numeric(
              v,
              'limit',
              {},
              { description: 'If the limit is greater than 100, Square returns a `400 VALUE_TOO_HIGH` error.' },
            ),
          ],
          [200, 400],
        ),
        '/bookings': get([numeric(v, 'limit', { maximum: 100 }), numeric(v, 'page', { minimum: 1 })], [200]),
        '/gift-cards': get([numeric(v, 'page', { minimum: 1 })], [200]),
      });
      expect((await testRule(RULE, doc)).map((f) => f.message.split(' but ')[0])).toEqual([
        "GET /bookings takes the parameter 'limit' (its schema limits its values)",
      ]);
    },
  );

  test.each(VERSIONS)(
    '%s: only codes that would belong are expected (If-Match on GET calls for 412, which the default mode allows)',
    async (v) => {
      const doc = oneOperation(v, '/a', 'get', {
        parameters: [parameter(v, { name: 'If-Match', in: 'header' })],
        responses: responses(v, [200, 400]),
      });
      expect((await testRule(RULE, doc)).map((f) => f.message)).toEqual([
        'GET /a takes the If-Match header but does not declare 412 Precondition Failed; add a 412 response (documentation completeness).',
      ]);
      // The strict matrix gives 412 to writes only, so it is not asked of a GET.
      expect(await testRule(RULE, doc, { ruleset: strict })).toEqual([]);
    },
  );

  test.each(OAS3)(
    '%s: a 4XX range or default counts in the default mode; in the strict mode it does not, and the message says so',
    async (v) => {
      const doc = oneOperation(v, '/a/{id}', 'get', {
        parameters: [parameter(v, { name: 'id', in: 'path' })],
        responses: { ...responses(v, [200, 400, '4XX']), default: response(v) },
      });
      expect(await testRule(RULE, doc)).toEqual([]);
      const found = await testRule(RULE, doc, { ruleset: strict });
      expect(found.map((f) => f.message)).toEqual([
        "GET /a/{id} has the path parameter 'id' but does not declare 404 Not Found; add a 404 response (documentation completeness: '4XX' and 'default' do not count, name the code).",
      ]);
    },
  );

  test.each(VERSIONS)(
    '%s: 401 follows the security: `[]`, `{}` among the alternatives, or mutual TLS alone do not call for it',
    async (v) => {
      const doc = document(
        v,
        {
          '/public': { get: { security: [], responses: responses(v, [200]) } },
          '/optional': { get: { security: [{}, { key: [] }], responses: responses(v, [200]) } },
          ...(v === '3.1' ? { '/tls': { get: { security: [{ tls: [] }], responses: responses(v, [200]) } } } : {}),
          '/private': { get: { responses: responses(v, [200]) } },
        },
        { ...schemes(v), security: [{ key: [] }] },
      );
      const found = await testRule(RULE, doc);
      expect(found.map((f) => f.path)).toEqual(['paths./private.get.responses']);
    },
  );

  test.each(VERSIONS)(
    '%s: an API key answered with 403 documents the failure; an HTTP scheme needs its 401',
    async (v) => {
      const doc = document(
        v,
        {
          '/keyed': { get: { security: [{ key: [] }], responses: responses(v, [200, 403]) } },
          '/http': { get: { security: [{ [http(v)]: [] }], responses: responses(v, [200, 403]) } },
        },
        schemes(v),
      );
      expect((await testRule(RULE, doc)).map((f) => f.message)).toEqual([
        'GET /http requires authentication but does not declare 401 Unauthorized; add a 401 response (documentation completeness).',
      ]);
      expect((await testRule(RULE, doc, { ruleset: strict })).map((f) => f.path)).toEqual([
        'paths./keyed.get.responses',
        'paths./http.get.responses',
      ]);
    },
  );

  test.each(VERSIONS)(
    '%s: with no security, an Authorization header parameter calls for 401 (both modes)',
    async (v) => {
      const doc = oneOperation(v, '/me', 'get', {
        parameters: [parameter(v, { name: 'Authorization', in: 'header' })],
        responses: responses(v, [200]),
      });
      const expected =
        'GET /me takes an Authorization header but does not declare 401 Unauthorized; add a 401 response (documentation completeness).';
      expect((await testRule(RULE, doc)).map((f) => f.message)).toEqual([expected]);
      // The strict mode also asks 400 of any input, the header included.
      expect((await testRule(RULE, doc, { ruleset: strict })).map((f) => f.message)).toEqual([
        "GET /me takes the parameter 'Authorization' but does not declare 400 Bad Request (or 422 Unprocessable Content); add a 400 response (documentation completeness).",
        expected,
      ]);
    },
  );

  test.each(VERSIONS)(
    '%s: with no security, a required API key header parameter calls for 401 (or 403 in the default mode), in both modes',
    async (v) => {
      const key = (name: string, required = true): Record<string, unknown> => ({
        ...parameter(v, { name, in: 'header' }),
        required,
      });
      const doc = document(v, {
        '/topics': { get: { parameters: [key('Api-Key'), key('Api-Username')], responses: responses(v, [200]) } },
        '/keys': { get: { parameters: [key('X-API-Key')], responses: responses(v, [200, 403]) } },
        '/feed': { get: { parameters: [key('apikey')], responses: responses(v, [200, 401]) } },
        '/me': { get: { parameters: [key('X-Auth-Token')], responses: responses(v, [200]) } },
        // An optional key lets anonymous requests through; a header that is no key is input.
        '/maybe': { get: { parameters: [key('X-API-Key', false)], responses: responses(v, [200]) } },
        '/plain': { get: { parameters: [key('X-Tenant')], responses: responses(v, [200, 400]) } },
      });
      const found = await testRule(RULE, doc);
      expect(found.map((f) => [f.path, f.severity, f.message])).toEqual([
        [
          'paths./topics.get.responses',
          'warn',
          "GET /topics takes the API key header 'Api-Key' but does not declare 401 Unauthorized (or 403 Forbidden); add a 401 response (documentation completeness).",
        ],
        [
          'paths./me.get.responses',
          'warn',
          "GET /me takes the API key header 'X-Auth-Token' but does not declare 401 Unauthorized (or 403 Forbidden); add a 401 response (documentation completeness).",
        ],
      ]);
      // The strict mode asks it too, and only 401 counts (and 400 for any header).
      const strictly = (await testRule(RULE, doc, { ruleset: strict })).filter((f) => f.message.includes('401'));
      expect(strictly.map((f) => f.path)).toEqual([
        'paths./topics.get.responses',
        'paths./keys.get.responses',
        'paths./me.get.responses',
      ]);
    },
  );

  test.each(VERSIONS)(
    "%s: an API key header with a security scheme declared is the scheme's, not counted twice",
    async (v) => {
      const doc = oneOperation(
        v,
        '/a',
        'get',
        {
          parameters: [{ ...parameter(v, { name: 'X-API-Key', in: 'header' }), required: true }],
          security: [],
          responses: responses(v, [200]),
        },
        { ...schemes(v), security: [{ key: [] }] },
      );
      // `security: []` says the operation is public, yet it demands a key: the key still calls for a 401.
      expect((await testRule(RULE, doc)).map((f) => f.message)).toEqual([
        "GET /a takes the API key header 'X-API-Key' but does not declare 401 Unauthorized (or 403 Forbidden); add a 401 response (documentation completeness).",
      ]);
    },
  );

  test.each(VERSIONS)(
    '%s: a probe or the way in that inherits the root security is asked for 401 with `security: []` as the first fix',
    async (v) => {
      const doc = document(
        v,
        {
          '/health': { get: { responses: responses(v, [200]) } },
          '/api/v1/ping': { get: { responses: responses(v, [200]) } },
          '/auth/login': { post: { responses: responses(v, [200]) } },
          '/': { get: { responses: responses(v, [200]) } },
          '/session': { post: { summary: 'Sign in with a password', responses: responses(v, [200]) } },
          // Not public by its shape: an item's status, an operation with its own security, a write to the root, a root that says it is more than an index.
          '/orders/{id}/status': {
            parameters: [parameter(v, { name: 'id', in: 'path' })],
            get: { responses: responses(v, [200, 404]) },
          },
          '/setup': { post: { security: [{ key: [] }], responses: responses(v, [200]) } },
          '/admin': { post: { summary: 'Import a realm', responses: responses(v, [200]) } },
        },
        { ...tokenSchemes(v), security: [{ oauth: [] }] },
      );
      const fix = (reads: string): string =>
        `${reads} is usually public: give it \`security: []\`, or add a 401 response (documentation completeness).`;
      const found = await testRule(RULE, doc);
      expect(found.map((f) => [f.path, f.message])).toEqual([
        [
          'paths./health.get.responses',
          `GET /health requires authentication but does not declare 401 Unauthorized; ${fix('a probe')}`,
        ],
        [
          'paths./api/v1/ping.get.responses',
          `GET /api/v1/ping requires authentication but does not declare 401 Unauthorized; ${fix('a probe')}`,
        ],
        [
          'paths./auth/login.post.responses',
          `POST /auth/login requires authentication but does not declare 401 Unauthorized; ${fix('a way to authenticate')}`,
        ],
        [
          'paths./.get.responses',
          `GET / requires authentication but does not declare 401 Unauthorized; ${fix('an API index')}`,
        ],
        [
          'paths./session.post.responses',
          `POST /session requires authentication but does not declare 401 Unauthorized; ${fix('a way to authenticate')}`,
        ],
        [
          'paths./orders/{id}/status.get.responses',
          'GET /orders/{id}/status requires authentication but does not declare 401 Unauthorized; add a 401 response (documentation completeness).',
        ],
        [
          'paths./setup.post.responses',
          'POST /setup requires authentication but does not declare 401 Unauthorized (or 403 Forbidden); add a 401 response (documentation completeness).',
        ],
        [
          'paths./admin.post.responses',
          'POST /admin requires authentication but does not declare 401 Unauthorized; add a 401 response (documentation completeness).',
        ],
      ]);
      // The strict mode reports the same operations, with the same fixes (where only 401 counts).
      expect(
        (await testRule(RULE, doc, { ruleset: strict })).filter((f) => f.message.includes('401')).map((f) => f.message),
      ).toEqual(found.map((f) => f.message.replace(' (or 403 Forbidden)', '')));
      // Made public, the probe passes.
      const fixed = document(
        v,
        { '/health': { get: { security: [], responses: responses(v, [200]) } } },
        { ...tokenSchemes(v), security: [{ oauth: [] }] },
      );
      expect(await testRule(RULE, fixed)).toEqual([]);
    },
  );

  test.each(VERSIONS)(
    '%s: a sign-in under a basic or API key scheme may take those credentials, and a root that is more than an index is no index: the usual fix',
    async (v) => {
      const doc = document(
        v,
        {
          '/oauth/token': {
            post: { summary: 'Create or refresh an OAuth access token', responses: responses(v, [200]) },
          },
          '/': {
            get: { summary: 'Get themes and providers available on this server', responses: responses(v, [200]) },
            post: { responses: responses(v, [200]) },
          },
        },
        { ...schemes(v), security: [{ [http(v)]: [] }, { key: [] }] },
      );
      expect((await testRule(RULE, doc)).map((f) => f.message)).toEqual([
        'POST /oauth/token requires authentication but does not declare 401 Unauthorized; add a 401 response (documentation completeness).',
        'GET / requires authentication but does not declare 401 Unauthorized; add a 401 response (documentation completeness).',
        'POST / requires authentication but does not declare 401 Unauthorized; add a 401 response (documentation completeness).',
      ]);
    },
  );

  test.each(VERSIONS)(
    '%s: path-level parameters and $ref parameters count; the operation overrides by name',
    async (v) => {
      const refBase = v === '2.0' ? '#/parameters/' : '#/components/parameters/';
      const defs = { IfMatch: parameter(v, { name: 'If-Match', in: 'header' }) };
      const doc = document(
        v,
        {
          '/a/{id}': {
            parameters: [parameter(v, { name: 'id', in: 'path' })],
            delete: { parameters: [{ $ref: `${refBase}IfMatch` }], responses: responses(v, [204, 400, 404]) },
          },
        },
        v === '2.0' ? { parameters: defs } : { components: { parameters: defs } },
      );
      const found = await testRule(RULE, doc);
      expect(found.map((f) => f.message)).toEqual([
        'DELETE /a/{id} takes the If-Match header but does not declare 412 Precondition Failed; add a 412 response (documentation completeness).',
      ]);
    },
  );

  test.each(VERSIONS)(
    '%s: a declared 422 covers bad input, as FastAPI-style APIs answer it (no 400 asked for)',
    async (v) => {
      const doc = oneOperation(v, '/search', 'get', {
        parameters: [{ ...parameter(v, { name: 'q', in: 'query' }), required: true }],
        responses: responses(v, [200, 422]),
      });
      expect(await testRule(RULE, doc)).toEqual([]);
    },
  );

  test.each(OAS3)(
    '%s: webhooks, x-webhooks and callbacks, requests the API sends, get no 400/401/404 expectations in the default mode',
    async (v) => {
      const hook = withBody(v, { security: [{ key: [] }], responses: responses(v, [200]) });
      const doc = {
        ...oneOperation(
          v,
          '/subscribe',
          'post',
          withBody(v, {
            responses: responses(v, [201, 400]),
            callbacks: { onEvent: { '{$request.body#/url}': { post: hook } } },
          }),
          schemes(v),
        ),
        [v === '3.0' ? 'x-webhooks' : 'webhooks']: { orderShipped: { post: hook } },
      };
      expect(await testRule(RULE, doc)).toEqual([]);
      const strictly = await testRule(RULE, doc, { ruleset: strict });
      expect(strictly.map((f) => f.message.split(' takes')[0]?.split(' requires')[0]).sort()).toEqual([
        'POST /subscribe',
        "POST webhook 'orderShipped'",
        "POST webhook 'orderShipped'",
        "POST webhook 'orderShipped'",
        "POST {$request.body#/url} (callback 'onEvent' of POST /subscribe)",
        "POST {$request.body#/url} (callback 'onEvent' of POST /subscribe)",
        "POST {$request.body#/url} (callback 'onEvent' of POST /subscribe)",
      ]);
    },
  );

  test('callback runtime expressions are not path templates', async () => {
    const doc = oneOperation('3.0', '/subscribe', 'post', {
      responses: responses('3.0', [201]),
      callbacks: { onEvent: { '{$request.body#/url}/events': { post: { responses: responses('3.0', [200]) } } } },
    });
    expect(await testRule(RULE, doc, { ruleset: strict })).toEqual([]);
  });

  describe('options', () => {
    const doc = oneOperation('3.0', '/a/{id}', 'get', {
      parameters: [parameter('3.0', { name: 'id', in: 'path' })],
      responses: { ...responses('3.0', [200, 400]), '5XX': response('3.0') },
    });

    test('`ignore` turns off one expectation', async () => {
      expect(await testRule(RULE, doc, { ruleset: buildRuleset({ [RULE]: { ignore: [404] } }) })).toEqual([]);
    });

    test('`always` asks every operation for house codes, which `default`-or-range coverage satisfies', async () => {
      const found = await testRule(RULE, doc, {
        ruleset: buildRuleset({ [RULE]: { always: [429, 500], ignore: [404] } }),
      });
      expect(found.map((f) => [f.path, f.message])).toEqual([
        [
          'paths./a/{id}.get.responses',
          'GET /a/{id} does not declare 429 Too Many Requests, which the house rules ask of every operation (`always`); add a 429 response (documentation completeness).',
        ],
      ]);
    });

    test('`always` leaves a code the declared profile requires to http-status-profile-required: one finding, not two', async () => {
      const entity = profileDocument('3.0', { '/r': { 'x-profiles': ['data', 'entity'], get: ['200:ETag'] } });
      const ruleset = buildRuleset({ [RULE]: { always: [304] } });
      expect(await testRule(RULE, entity, { ruleset })).toEqual([]);
      expect((await testRule('http-status-profile-required', entity, { ruleset })).map((f) => f.path)).toEqual([
        'paths./r.get.responses',
      ]);
      const plain = oneOperation('3.0', '/r', 'get', { responses: responses('3.0', [200]) });
      expect((await testRule(RULE, plain, { ruleset })).map((f) => f.path)).toEqual(['paths./r.get.responses']);
    });

    test('`coverage: exact` makes the default mode ask for the exact code', async () => {
      const found = await testRule(RULE, doc, {
        ruleset: buildRuleset({ [RULE]: { always: [500], coverage: 'exact', ignore: [404] } }),
      });
      expect(found.map((f) => f.message)).toEqual([
        'GET /a/{id} does not declare 500 Internal Server Error, which the house rules ask of every operation (`always`); add a 500 response (documentation completeness).',
      ]);
    });
  });
});

describe(`${RULE} on OpenAPI 3.2: QUERY, querystring, additionalOperations`, () => {
  const messages = async (doc: unknown, ruleset?: typeof strict) =>
    (await testRule(RULE, doc, { ruleset })).map((f) => [f.path, f.message]);

  test("QUERY's content calls for 400 (both modes) and 415 (strict), as a POST's does; its conditional headers for 304 and 412", async () => {
    const doc = document(OAS32, {
      '/products': {
        query: withBody(OAS32, {
          parameters: ['If-None-Match', 'If-Match'].map((name) => ({ name, in: 'header', schema: { type: 'string' } })),
          responses: responses(OAS32, [200]),
        }),
      },
    });
    const common = [
      [
        'paths./products.query.responses',
        'QUERY /products takes the If-None-Match header but does not declare 304 Not Modified; add a 304 response (documentation completeness).',
      ],
      [
        'paths./products.query.responses',
        'QUERY /products takes a request body but does not declare 400 Bad Request (or 422 Unprocessable Content); add a 400 response (documentation completeness).',
      ],
      [
        'paths./products.query.responses',
        'QUERY /products takes the If-Match header but does not declare 412 Precondition Failed; add a 412 response (documentation completeness).',
      ],
    ];
    expect(await messages(doc)).toEqual(common);
    // The strict mode's matrix gives 412 to writes only (QUERY as GET): not asked for; 415 is.
    expect(await messages(doc, strict)).toEqual([
      common[0],
      common[1],
      [
        'paths./products.query.responses',
        'QUERY /products takes a request body but does not declare 415 Unsupported Media Type; add a 415 response (documentation completeness).',
      ],
    ]);
    const full = document(OAS32, {
      '/products': { query: withBody(OAS32, { responses: responses(OAS32, [200, 400, 415]) }) },
    });
    expect(await messages(full)).toEqual([]);
    expect(await messages(full, strict)).toEqual([]);
  });

  test('an `in: querystring` parameter is input, as a required query parameter is (400), in both modes', async () => {
    const doc = document(OAS32, {
      '/products': {
        get: {
          parameters: [
            {
              name: 'selector',
              in: 'querystring',
              content: { 'application/x-www-form-urlencoded': { schema: { type: 'object' } } },
            },
          ],
          responses: responses(OAS32, [200]),
        },
      },
    });
    expect(await messages(doc)).toEqual([
      [
        'paths./products.get.responses',
        "GET /products takes the query string (the parameter 'selector') but does not declare 400 Bad Request (or 422 Unprocessable Content); add a 400 response (documentation completeness).",
      ],
    ]);
    expect(await messages(doc, strict)).toEqual([
      [
        'paths./products.get.responses',
        "GET /products takes the parameter 'selector' but does not declare 400 Bad Request (or 422 Unprocessable Content); add a 400 response (documentation completeness).",
      ],
    ]);
  });

  test('an additional method (PURGE, LINK) gets the method-independent expectations: its path parameter, its body, its If-Match; no 304', async () => {
    const doc = document(OAS32, {
      '/cache/{key}': {
        parameters: [parameter(OAS32, { name: 'key', in: 'path' })],
        additionalOperations: {
          PURGE: {
            parameters: ['If-None-Match', 'If-Match'].map((name) => ({
              name,
              in: 'header',
              schema: { type: 'string' },
            })),
            responses: responses(OAS32, [204]),
          },
          LINK: withBody(OAS32, { responses: responses(OAS32, [204, 404]) }),
        },
      },
    });
    expect(await messages(doc)).toEqual([
      [
        'paths./cache/{key}.additionalOperations.PURGE.responses',
        "PURGE /cache/{key} has the path parameter 'key' but does not declare 404 Not Found; add a 404 response (documentation completeness).",
      ],
      [
        'paths./cache/{key}.additionalOperations.PURGE.responses',
        'PURGE /cache/{key} takes the If-Match header but does not declare 412 Precondition Failed; add a 412 response (documentation completeness).',
      ],
      [
        'paths./cache/{key}.additionalOperations.LINK.responses',
        'LINK /cache/{key} takes a request body but does not declare 400 Bad Request (or 422 Unprocessable Content); add a 400 response (documentation completeness).',
      ],
    ]);
  });

  test('a QUERY webhook and a callback additional operation, requests the API sends, get no 400/404 in the default mode; the strict mode asks', async () => {
    const doc = document(
      OAS32,
      {
        '/subscriptions': {
          post: withBody(OAS32, {
            responses: responses(OAS32, [201, 400]),
            callbacks: {
              onEvent: {
                '{$request.body#/url}': {
                  additionalOperations: { NOTIFY: withBody(OAS32, { responses: responses(OAS32, [204]) }) },
                },
              },
            },
          }),
        },
      },
      { webhooks: { changed: { query: withBody(OAS32, { responses: responses(OAS32, [200]) }) } } },
    );
    expect(await messages(doc)).toEqual([]);
    expect((await messages(doc, strict)).map(([path, message]) => [path, message?.slice(0, 60)])).toEqual([
      ['paths./subscriptions.post.responses', 'POST /subscriptions takes a request body but does not declar'],
      [
        'paths./subscriptions.post.callbacks.onEvent.{$request.body#/url}.additionalOperations.NOTIFY.responses',
        "NOTIFY {$request.body#/url} (callback 'onEvent' of POST /sub",
      ],
      [
        'paths./subscriptions.post.callbacks.onEvent.{$request.body#/url}.additionalOperations.NOTIFY.responses',
        "NOTIFY {$request.body#/url} (callback 'onEvent' of POST /sub",
      ],
      ['webhooks.changed.query.responses', "QUERY webhook 'changed' takes a request body but does not de"],
      ['webhooks.changed.query.responses', "QUERY webhook 'changed' takes a request body but does not de"],
    ]);
  });
});
