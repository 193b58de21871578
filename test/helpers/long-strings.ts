/**
 * Long strings where a document's author controls them (issue 18, "linear
 * time on every string a rule reads"): a small valid-looking document of
 * each OpenAPI version with one string, of one adversarial shape
 * (HUGE_SHAPES of test/helpers/mutate.ts), at one place a rule reads: the
 * path key, a path template's parameter, a status key, a description, a
 * header name, a parameter, a media type, a `$ref`, a profile, a waiver,
 * an operation's texts, a security scheme.
 *
 * test/long-strings.test.ts lints such documents (100 KB to 1 MB) and checks
 * what comes out; scripts/bench-strings.ts times them per doubling of the
 * length (bench/STRINGS.md), since a time is measured, never asserted.
 */
import { HUGE_SHAPES } from './mutate';

export { HUGE_SHAPES };

export type Version = '2.0' | '3.0' | '3.1';
export const VERSIONS: readonly Version[] = ['2.0', '3.0', '3.1'];

type Obj = Record<string, unknown>;

/** A response with a JSON body, in the version's own shape. */
function body(version: Version, description: string, mediaType = 'application/json'): Obj {
  return version === '2.0'
    ? { description, schema: { type: 'object' } }
    : { description, content: { [mediaType]: { schema: { type: 'object' } } } };
}

function header(version: Version): Obj {
  return version === '2.0' ? { type: 'string' } : { schema: { type: 'string' } };
}

function queryParameter(version: Version, name: string, description = 'a filter'): Obj {
  const schema = { type: 'string', enum: ['a', 'b'] };
  return version === '2.0'
    ? { name, in: 'query', required: true, description, ...schema }
    : { name, in: 'query', required: true, description, schema };
}

/**
 * A document with the operations every place below varies: a GET and a POST
 * on `/items`. The GET declares 201, which both modes report with the
 * operation's label (the path key quoted), so every place has a message that
 * quotes document text.
 */
function documentOf(version: Version, paths: Obj, extra: Obj = {}): Obj {
  const head = version === '2.0' ? { swagger: '2.0' } : { openapi: version === '3.0' ? '3.0.3' : '3.1.0' };
  const components = (extra.components as Obj | undefined) ?? {};
  const rest = { ...extra };
  delete rest.components;
  if (version === '2.0') {
    const { securitySchemes, responses } = components as { securitySchemes?: Obj; responses?: Obj };
    return {
      ...head,
      info: { title: 'long strings', version: '1' },
      produces: ['application/json'],
      paths,
      ...(securitySchemes ? { securityDefinitions: securitySchemes } : {}),
      ...(responses ? { responses } : {}),
      ...rest,
    };
  }
  return {
    ...head,
    info: { title: 'long strings', version: '1' },
    paths,
    ...(Object.keys(components).length > 0 ? { components } : {}),
    ...rest,
  };
}

function items(version: Version, get: Obj = {}, post: Obj = {}, key = '/items'): Obj {
  return {
    [key]: {
      get: {
        summary: 'List the items',
        ...get,
        responses: {
          '200': body(version, 'The items'),
          '201': { description: 'Not for a GET' },
          ...((get.responses as Obj | undefined) ?? {}),
        },
      },
      post: {
        summary: 'Create an item',
        ...post,
        responses: {
          '201': { description: 'Created', headers: { Location: header(version) } },
          ...((post.responses as Obj | undefined) ?? {}),
        },
      },
    },
  };
}

/** Where the long string goes: a name and a document builder. */
export const PLACES: ReadonlyArray<readonly [string, (version: Version, s: string) => Obj]> = [
  ['path key', (v, s) => documentOf(v, items(v, {}, {}, `/items${s}`))],
  [
    'path template parameter',
    (v, s) =>
      documentOf(v, {
        [`/items/{${s}}`]: {
          get: {
            parameters: [
              v === '2.0'
                ? { name: s, in: 'path', required: true, type: 'string' }
                : { name: s, in: 'path', required: true, schema: { type: 'string' } },
            ],
            responses: { '200': body(v, 'The item') },
          },
        },
      }),
  ],
  ['status key', (v, s) => documentOf(v, items(v, { responses: { [s]: { description: 'odd' } } }))],
  [
    'response description',
    (v, s) => documentOf(v, items(v, { responses: { '405': { description: s }, '404': { description: s } } })),
  ],
  [
    'header name',
    (v, s) =>
      documentOf(
        v,
        items(
          v,
          {},
          { responses: { '201': { description: 'Created', headers: { [s]: header(v), Location: header(v) } } } },
        ),
      ),
  ],
  ['query parameter', (v, s) => documentOf(v, items(v, { parameters: [queryParameter(v, s, s)] }))],
  [
    'media type',
    (v, s) =>
      v === '2.0'
        ? documentOf(v, items(v, { produces: [s] }))
        : documentOf(v, items(v, { responses: { '200': body(v, 'The items', s) } })),
  ],
  [
    '$ref',
    (v, s) =>
      documentOf(
        v,
        items(v, { responses: { '404': { $ref: `${v === '2.0' ? '#/responses/' : '#/components/responses/'}${s}` } } }),
      ),
  ],
  ['profile', (v, s) => documentOf(v, { '/items': { ...(items(v)['/items'] as Obj), 'x-profiles': [s, 'data'] } })],
  [
    'waiver',
    (v, s) => documentOf(v, items(v, { 'x-http-status-ignore': { [s]: s, 'http-status-error-expected': s } })),
  ],
  ['operation texts', (v, s) => documentOf(v, items(v, { summary: s, description: s, operationId: s }))],
  [
    // What http-status-error-expected reads of a PUT that may create what its last parameter names: its words, its operationId, its path.
    'creating PUT texts',
    (v, s) =>
      documentOf(v, {
        ...items(v, {}, { summary: `Create ${s}` }),
        [`/items/${s}/{id}`]: {
          put: {
            summary: `Create ${s}`,
            description: `Creates ${s}`,
            operationId: s,
            parameters: [
              v === '2.0'
                ? { name: 'id', in: 'path', required: true, type: 'string' }
                : { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            ],
            responses: { '200': body(v, 'The item') },
          },
        },
      }),
  ],
  [
    'security scheme',
    (v, s) =>
      documentOf(v, items(v, { security: [{ [s]: [] }] }), {
        components: { securitySchemes: { [s]: { type: 'apiKey', in: 'header', name: s } } },
      }),
  ],
];

/** The document as JSON text (a long string needs no YAML quoting rules this way). */
export function longStringDocument(place: number, shape: number, version: Version, size: number): string {
  const [, build] = PLACES[place] as (typeof PLACES)[number];
  const [, make] = HUGE_SHAPES[shape] as (typeof HUGE_SHAPES)[number];
  return JSON.stringify(build(version, make(size)));
}
