import { lint, LintFinding, strict } from './helpers/lint';
import { OAS3, Version } from './helpers/docs';
import { ResourceSpec, profileDocument } from './helpers/profiles';
import { getModel } from '../functions/lib/model';
import { suggestProfile } from '../functions/rules/http-status-profile-suggestion';

const PROFILE_RULES = /^http-status-profile-/;

async function profileFindings(
  version: Version,
  resources: Record<string, ResourceSpec>,
  extra: Record<string, unknown> = {},
): Promise<LintFinding[]> {
  return (await lint(profileDocument(version, resources, extra))).filter((f) => PROFILE_RULES.test(f.code));
}

function rows(found: LintFinding[]): string[][] {
  return found.map((f) => [f.code.replace('http-status-profile-', ''), f.path]);
}

/** A conforming resource for every profile and mixin (facts from the Level 3 profile pages). */
const CONFORMING: Record<string, ResourceSpec> = {
  home: { 'x-profiles': ['home'], get: ['200'], head: ['200'] },
  info: { 'x-profiles': ['info'], get: ['200'], head: ['200'] },
  nexus: { 'x-profiles': ['nexus'], get: ['200'], head: ['200'], delete: ['204'] },
  data: {
    'x-profiles': ['data'],
    get: ['200:Accept-Patch'],
    head: ['200:Accept-Patch'],
    put: { codes: ['204', '400', '415', '422'], body: true },
    patch: { codes: ['204', '409', '428'], body: true },
    delete: ['204'],
  },
  content: {
    'x-profiles': ['content'],
    get: { codes: ['200', '206:Content-Range', '416:Content-Range'], params: ['Range'] },
    head: ['200'],
    put: { codes: ['204', '411', '413', '415'], body: true },
    delete: ['204'],
  },
  alias: { 'x-profiles': ['alias'], get: ['307:Location'], head: ['308:Location'], post: ['307:Location'] },
  action: { 'x-profiles': ['action'], get: ['200'], post: ['303:Location', '403'] },
  form: { 'x-profiles': ['form'], get: ['200'], post: { codes: ['201:Location', '400', '415', '422'], body: true } },
  lookup: {
    'x-profiles': ['lookup'],
    get: ['200'],
    post: { codes: ['303:Location', '404', '415', '422'], body: true },
  },
  upload: {
    'x-profiles': ['upload'],
    get: ['200'],
    post: { codes: ['201:Location', '411', '413', '415'], body: true },
  },
  entity: {
    'x-profiles': ['data', 'entity'],
    get: { codes: ['200:ETag', '304'], params: ['If-None-Match'] },
    head: ['200:Last-Modified'],
    put: { codes: ['204', '412', '428'], body: true, params: ['If-Match'] },
    delete: { codes: ['204', '412'], params: ['If-Match'] },
  },
  preflight: {
    'x-profiles': ['upload', 'preflight'],
    get: ['200'],
    post: { codes: ['100', '201:Location', '417'], body: true, params: ['Expect'] },
  },
  representation: {
    'x-profiles': ['data', 'representation'],
    get: ['200'],
    put: { codes: ['200', '204'], body: true },
  },
  async: {
    'x-profiles': ['data', 'async'],
    get: ['200'],
    put: { codes: ['202', '204'], body: true },
    delete: ['202', '204'],
  },
};

/** Ways to break each profile: a change to the conforming resource and the findings it must give. */
const BREAKS: Array<[string, string, ResourceSpec, string[][]]> = [
  ['home', 'offers POST', { post: ['204'] }, [['methods', 'paths./r.post']]],
  ['home', 'GET without 200', { get: ['204'] }, [['required', 'paths./r.get.responses']]],
  ['info', 'offers PUT', { put: { codes: ['204'], body: true } }, [['methods', 'paths./r.put']]],
  [
    'nexus',
    'DELETE answers 200',
    { delete: ['200'] },
    [
      ['required', 'paths./r.delete.responses'],
      ['forbidden', 'paths./r.delete.responses.200'],
    ],
  ],
  [
    'data',
    'PUT answers 201',
    { put: { codes: ['201:Location', '204'], body: true } },
    [['forbidden', 'paths./r.put.responses.201']],
  ],
  [
    'data',
    'PATCH answers 303',
    { patch: { codes: ['204', '303:Location'], body: true } },
    [['forbidden', 'paths./r.patch.responses.303']],
  ],
  ['data', 'PUT without 204', { put: { codes: ['400'], body: true } }, [['required', 'paths./r.put.responses']]],
  ['data', 'PATCH offered without Accept-Patch', { get: ['200'] }, [['headers', 'paths./r.get.responses.200']]],
  ['data', 'answers 202 without async', { delete: ['202', '204'] }, [['forbidden', 'paths./r.delete.responses.202']]],
  [
    'content',
    'Range GET without 206',
    { get: { codes: ['200', '416:Content-Range'], params: ['Range'] } },
    [['required', 'paths./r.get.responses']],
  ],
  [
    'content',
    '206 without Content-Range',
    { get: { codes: ['200', '206', '416:Content-Range'], params: ['Range'] } },
    [['headers', 'paths./r.get.responses.206']],
  ],
  ['content', 'offers POST', { post: { codes: ['201:Location'], body: true } }, [['methods', 'paths./r.post']]],
  [
    'alias',
    'GET answers 200',
    { get: ['200'] },
    [
      ['required', 'paths./r.get.responses'],
      ['forbidden', 'paths./r.get.responses.200'],
    ],
  ],
  ['alias', '307 without Location', { get: ['307'] }, [['headers', 'paths./r.get.responses.307']]],
  [
    'action',
    'POST answers 204',
    { post: ['204'] },
    [
      ['required', 'paths./r.post.responses'],
      ['forbidden', 'paths./r.post.responses.204'],
    ],
  ],
  ['action', 'offers PUT', { put: { codes: ['204'], body: true } }, [['methods', 'paths./r.put']]],
  ['action', '303 without Location', { post: ['303'] }, [['headers', 'paths./r.post.responses.303']]],
  [
    'form',
    'POST answers 200 only',
    { post: { codes: ['200'], body: true } },
    [
      ['required', 'paths./r.post.responses'],
      ['forbidden', 'paths./r.post.responses.200'],
    ],
  ],
  [
    'lookup',
    'POST answers 201',
    { post: { codes: ['201:Location', '303:Location'], body: true } },
    [['forbidden', 'paths./r.post.responses.201']],
  ],
  [
    'upload',
    'POST answers 204',
    { post: { codes: ['204'], body: true } },
    [
      ['required', 'paths./r.post.responses'],
      ['forbidden', 'paths./r.post.responses.204'],
    ],
  ],
  [
    'entity',
    'GET without 304',
    { get: { codes: ['200:ETag'], params: ['If-None-Match'] } },
    [['required', 'paths./r.get.responses']],
  ],
  [
    'entity',
    'PUT without 412',
    { put: { codes: ['204'], body: true, params: ['If-Match'] } },
    [['required', 'paths./r.put.responses']],
  ],
  [
    'entity',
    'GET 200 without ETag or Last-Modified',
    { get: { codes: ['200', '304'], params: ['If-None-Match'] } },
    [['headers', 'paths./r.get.responses.200']],
  ],
  [
    'preflight',
    'POST without 417',
    { post: { codes: ['100', '201:Location'], body: true, params: ['Expect'] } },
    [['required', 'paths./r.post.responses']],
  ],
  [
    'representation',
    'PUT without 200',
    { put: { codes: ['204'], body: true } },
    [['required', 'paths./r.put.responses']],
  ],
  ['async', 'DELETE without 202', { delete: ['204'] }, [['required', 'paths./r.delete.responses']]],
  ['home', 'a resource without GET', { get: undefined }, [['methods', 'paths./r']]],
];

describe.each(OAS3)('profile rules, OpenAPI %s', (version) => {
  test.each(Object.keys(CONFORMING))('a conforming `%s` resource passes every profile rule', async (name) => {
    expect(await profileFindings(version, { '/r': CONFORMING[name]! })).toEqual([]);
  });

  test.each(BREAKS)('%s: %s', async (name, _what, change, expected) => {
    const broken: ResourceSpec = { ...CONFORMING[name]!, ...change };
    for (const [k, v] of Object.entries(change)) if (v === undefined) delete (broken as Record<string, unknown>)[k];
    expect(rows(await profileFindings(version, { '/r': broken }))).toEqual(expected);
  });
});

describe('profile rule messages', () => {
  test('each rule names the path, the method, the profile and the fix', async () => {
    const found = await profileFindings('3.1', {
      '/orders/{id}/cancel': { 'x-profiles': ['action'], get: ['200'], post: ['204'] },
      '/rooms/{id}': {
        'x-profiles': ['data', 'entity'],
        get: { codes: ['200', '304'], params: ['If-None-Match'] },
        put: { codes: ['201:Location', '204', '412'], body: true },
      },
      '/rooms/{id}/photo': { 'x-profiles': ['content'], get: ['200'], patch: { codes: ['204'], body: true } },
      '/notes': { 'x-profiles': ['dta'], get: ['200'] },
    });
    expect(found.map((f) => [f.code, f.severity, f.message])).toEqual([
      [
        'http-status-profile-required',
        'warn',
        'POST /orders/{id}/cancel: an `action` resource answers POST with 303 See Other; add a 303 response.',
      ],
      [
        'http-status-profile-forbidden',
        'warn',
        'POST /orders/{id}/cancel is an `action` resource: it answers POST with 303 See Other, not 204 No Content; use 303 See Other, or remove 204.',
      ],
      [
        'http-status-profile-headers',
        'warn',
        "GET /rooms/{id}: the `entity` mixin sends an ETag or Last-Modified header with 200 OK on GET; add one to the response's `headers`.",
      ],
      [
        'http-status-profile-forbidden',
        'warn',
        'PUT /rooms/{id} is a `data` + `entity` resource: it answers PUT with 204 No Content, not 201 Created; use 204 No Content, or remove 201.',
      ],
      [
        'http-status-profile-methods',
        'warn',
        'PATCH /rooms/{id}/photo: a `content` resource offers GET, HEAD, PUT and DELETE, not PATCH; remove the operation, or declare a profile that offers it (`data`, `alias`).',
      ],
      [
        'http-status-profile-unknown',
        'error',
        "/notes lists 'dta' in `x-profiles`, which is not a Level 3 profile; did you mean 'data'?",
      ],
    ]);
  });

  test('a forbidden code that a mixin would allow suggests the mixin', async () => {
    const found = await profileFindings('3.0', {
      '/r': { 'x-profiles': ['data'], get: ['200'], put: { codes: ['202', '204'], body: true } },
    });
    expect(found.map((f) => f.message)).toEqual([
      'PUT /r is a `data` resource: it answers PUT with 204 No Content, not 202 Accepted; use 204 No Content, or declare the `async` mixin in x-profiles if the resource offers it, or remove 202.',
    ]);
  });
});

describe('declaring profiles', () => {
  const dataWith201 = (decl: Partial<ResourceSpec>): ResourceSpec => ({
    get: ['200'],
    put: { codes: ['201:Location', '204'], body: true },
    ...decl,
  });

  test.each([
    ['a name', ['data']],
    ['an https URI', ['https://level3.rest/profiles/data']],
    ['an http URI in capitals', ['HTTP://Level3.rest/Profiles/Data']],
    ['a URI with a trailing slash', ['https://level3.rest/profiles/data/']],
  ])('x-profiles with %s', async (_what, names) => {
    const found = await profileFindings('3.1', { '/r': dataWith201({ 'x-profiles': names }) });
    expect(rows(found)).toEqual([['forbidden', 'paths./r.put.responses.201']]);
  });

  test('mixin URIs with mixin/ or mixins/', async () => {
    for (const uri of ['https://level3.rest/profiles/mixins/entity', 'https://level3.rest/profiles/mixin/entity']) {
      const found = await profileFindings('3.1', {
        '/r': { 'x-profiles': ['data', uri], get: { codes: ['200:ETag'], params: ['If-None-Match'] } },
      });
      expect(rows(found)).toEqual([['required', 'paths./r.get.responses']]);
    }
  });

  test('the root declaration is the default for every path; a path-level core replaces it, path-level mixins extend it', async () => {
    const found = await profileFindings(
      '3.0',
      {
        '/a': { get: ['200'], put: { codes: ['201:Location', '204'], body: true } },
        '/b': { 'x-profiles': ['action'], get: ['200'], post: ['303:Location'] },
        '/c': { 'x-profiles': ['async'], get: ['200'], put: { codes: ['204'], body: true } },
      },
      { 'x-profiles': ['data'] },
    );
    expect(rows(found)).toEqual([
      ['forbidden', 'paths./a.put.responses.201'],
      ['required', 'paths./c.put.responses'],
    ]);
  });

  test("operation-level x-profiles: mixins extend the path's profiles for that operation, a core replaces them", async () => {
    const found = await profileFindings('3.1', {
      '/r': {
        'x-profiles': ['data'],
        get: ['200'],
        put: { codes: ['202', '204'], body: true, xProfiles: ['async'] },
        delete: { codes: ['202', '204'] },
        post: { codes: ['303:Location'], xProfiles: ['action'] },
      },
    });
    expect(rows(found)).toEqual([['forbidden', 'paths./r.delete.responses.202']]);
  });

  test('a Profile response header declares the profiles (example, schema default or enum)', async () => {
    const header = (h: Record<string, unknown>): Record<string, unknown> => ({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {
        '/r': {
          get: { responses: { '200': { description: 'ok', headers: { profile: h } } } },
          put: {
            requestBody: { content: { 'application/json': {} } },
            responses: {
              '201': { description: 'x', headers: { Location: { schema: { type: 'string' } } } },
              '204': { description: 'ok' },
            },
          },
        },
      },
    });
    for (const h of [
      {
        schema: { type: 'string' },
        example: '<https://level3.rest/profiles/data>, <https://level3.rest/profiles/mixins/representation>',
      },
      { schema: { type: 'string', default: '<https://level3.rest/profiles/data>' } },
      { schema: { type: 'string', enum: ['<http://level3.rest/profiles/data>'] } },
    ]) {
      const found = (await lint(header(h))).filter((f) => PROFILE_RULES.test(f.code));
      expect(found.map((f) => [f.code, f.path])).toContainEqual([
        'http-status-profile-forbidden',
        'paths./r.put.responses.201',
      ]);
    }
  });

  test('a path without a declaration is left to the core rules', async () => {
    expect(
      await profileFindings('3.0', { '/r': { get: ['200'], put: { codes: ['201:Location', '204'], body: true } } }),
    ).toEqual([]);
  });
});

describe('http-status-profile-unknown', () => {
  test('unknown names, non-strings, non-lists, two cores and a mixin alone are reported where written', async () => {
    const found = await profileFindings(
      '3.1',
      {
        '/a': { 'x-profiles': ['dta', 'entity'], get: ['200'] },
        '/b': { 'x-profiles': ['data', 'form'], get: ['200'] },
        '/c': { 'x-profiles': ['entity'], get: ['200'] },
        '/d': { 'x-profiles': ['alias', 'data'], get: ['307:Location'] },
        '/e': { get: { codes: ['200'], xProfiles: ['https://level3.rest/profiles/nope'] } },
      },
      { 'x-profiles': [] },
    );
    expect(found.map((f) => [f.path, f.severity, f.message])).toEqual([
      // The typo is the one problem on /a: its list is not judged as "mixins only" too.
      [
        'paths./a.x-profiles.0',
        'error',
        "/a lists 'dta' in `x-profiles`, which is not a Level 3 profile; did you mean 'data'?",
      ],
      [
        'paths./b.x-profiles',
        'error',
        "/b declares two core profiles (data, form); a resource has one, plus mixins (only alias may stand next to its target's profile).",
      ],
      [
        'paths./c.x-profiles',
        'error',
        '/c declares only mixins (entity); a mixin adds to a core profile, so add one (data, content, form, ...).',
      ],
      [
        'paths./e.get.x-profiles.0',
        'error',
        "GET /e lists 'https://level3.rest/profiles/nope' in `x-profiles`, which is not a Level 3 profile; use one of home, info, nexus, data, content, alias, action, form, lookup, upload, entity, preflight, representation, async.",
      ],
    ]);
  });

  test('x-profiles that is not a list, or lists a non-string', async () => {
    const doc = profileDocument('3.0', { '/a': { get: ['200'] }, '/b': { get: ['200'] } });
    (doc.paths as Record<string, Record<string, unknown>>)['/a']!['x-profiles'] = { data: true };
    (doc.paths as Record<string, Record<string, unknown>>)['/b']!['x-profiles'] = [42];
    const found = (await lint(doc)).filter((f) => f.code === 'http-status-profile-unknown');
    expect(found.map((f) => [f.path, f.message])).toEqual([
      [
        'paths./a.x-profiles',
        '/a has `x-profiles` that is not a list; write a list of profile names, e.g. [data, entity].',
      ],
      [
        'paths./b.x-profiles.0',
        '/b lists 42 in `x-profiles`, which is not a profile name; write a name such as data, or a https://level3.rest/profiles/... URI.',
      ],
    ]);
  });
});

describe('profiles and the core rules', () => {
  test('a code the declared profile allows silences the method matrix (202 on PUT with async)', async () => {
    const doc = profileDocument('3.0', {
      '/r': { 'x-profiles': ['data', 'async'], get: ['200'], put: { codes: ['202', '204'], body: true } },
    });
    const matrix = (await lint(doc)).filter((f) => f.code === 'http-status-method-matrix');
    expect(matrix).toEqual([]);
    // The strict mode's matrix gives 202 to POST only: without the profile, the matrix rule reports it there.
    const undeclared = profileDocument('3.0', { '/r': { get: ['200'], put: { codes: ['202', '204'], body: true } } });
    expect(
      (await lint(undeclared, { ruleset: strict }))
        .filter((f) => f.code === 'http-status-method-matrix')
        .map((f) => f.path),
    ).toEqual(['paths./r.put.responses.202']);
    const strictly = profileDocument('3.0', {
      '/r': { 'x-profiles': ['data', 'async'], get: ['200'], put: { codes: ['202', '204'], body: true } },
    });
    expect((await lint(strictly, { ruleset: strict })).filter((f) => f.code === 'http-status-method-matrix')).toEqual(
      [],
    );
  });

  test('a Location the profile ties to a code is reported once, by the profile rule', async () => {
    const doc = profileDocument('3.0', { '/r': { 'x-profiles': ['action'], get: ['200'], post: ['303'] } });
    const found = (await lint(doc)).filter((f) => f.path === 'paths./r.post.responses.303');
    expect(found.map((f) => f.code)).toEqual(['http-status-profile-headers']);
  });

  test('webhooks and callbacks are not resources: profile rules stay silent there', async () => {
    const doc = {
      ...profileDocument('3.1', {}, { 'x-profiles': ['action'] }),
      webhooks: { ping: { post: { responses: { '204': { description: 'ok' } } } } },
    };
    expect((await lint(doc)).filter((f) => PROFILE_RULES.test(f.code))).toEqual([]);
  });
});

describe('suggestProfile (pure)', () => {
  const doc = {
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    paths: {
      '/ranged': {
        get: {
          parameters: [{ name: 'Range', in: 'header', schema: { type: 'string' } }],
          responses: { '200': { description: 'ok' }, '206': { description: 'part' } },
        },
      },
      '/partial': { get: { responses: { '200': { description: 'ok' }, '206': { description: 'part' } } } },
      '/plain': { get: { responses: { '200': { description: 'ok' } } } },
    },
  };
  const model = getModel(doc, doc, JSON.stringify(doc));
  const suggestion = (key: string) => suggestProfile(model.pathItems.find((entry) => entry.key === key)!);

  test('a Range parameter wins as the reason for content, a 206 response alone is the other reason', () => {
    expect(suggestion('/ranged')).toEqual({ core: 'content', entity: false, because: 'a Range parameter' });
    expect(suggestion('/partial')).toEqual({ core: 'content', entity: false, because: 'a 206 response' });
    expect(suggestion('/plain')).toBeUndefined();
  });
});
