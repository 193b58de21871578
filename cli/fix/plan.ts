/**
 * What `fix` does about each finding, read from the finding's note (its
 * rule, where it is in the resolved document, its semantic key: the
 * header, `body`, the codes asked for), never from its message; and the
 * edits, made on the document's text (./text-edit.ts).
 *
 * - a missing response header: declared on the response (on the shared
 *   definition, once, when the response is a `$ref`), in the version's
 *   form, with a description;
 * - a body where none may be: `content` (3.x) or `schema` (2.0) removed,
 *   and a Content-Length on a 204 or 1xx; never on a definition another
 *   operation keeps its body through;
 * - a malformed response key with one meaning (`2xx`, ` 200`, `Default`):
 *   renamed;
 * - a missing error code: the document's own shared response for it,
 *   referenced (the one the other operations reference for that code, or
 *   a shared response named after it); when it has none, one shared
 *   response added once (`NotFound`, `BadRequest`…, never a name taken),
 *   shaped like the document's error responses (their media type and
 *   error schema more than half of them share, else a description only), and
 *   referenced. Never a 401 on an operation that reads as public (a probe,
 *   the login) and only inherits the root `security`: whether it should
 *   be `security: []` is for a person.
 *
 * Everything else is left, with the reason.
 */
import { describeCode } from '../../functions/data/status-codes';
import { classifyStatusKey } from '../../functions/lib/status-keys';
import { bodyKey, getModel, usesHttpAuthentication } from '../../functions/lib/model';
import type { DocumentModel } from '../../functions/lib/model';
import { usersOf } from '../../functions/lib/shared-responses';
import { JsonPath, decodePointer, deref, getAt, isObject, keysOf, own } from '../../functions/lib/safe';
import { inheritsSecurityButReadsAsPublic, signedForAws } from '../../functions/rules/http-status-error-expected';
import type { DocumentLint, KeyedResult } from '../engine';
import { NewEntry, Position, TextEditor, Value, textEditor } from './text-edit';
import { against401, against404, againstErrorCode, inputErrorCode, notFoundMeaning, responseSchemas } from './against';
import { NO_ETAG, createdWithLocation, errorResponseChooser, errorStyle, etagInBodies, hasDefault } from './choose';

export const HEADER_RULES: Readonly<Record<string, readonly string[]>> = {
  'http-status-location-header': ['Location'],
  'http-status-allow-header': ['Allow'],
  'http-status-www-authenticate-header': ['WWW-Authenticate'],
  'http-status-retry-after-header': ['Retry-After'],
  'http-status-etag-header': ['ETag', 'Last-Modified'],
  'http-status-content-range-header': ['Content-Range'],
  'http-status-upgrade-header': ['Upgrade'],
};
export const CACHE_HEADERS_RULE = 'http-status-cache-headers';
export const NO_BODY_RULE = 'http-status-no-body';
export const CODE_FORMAT_RULE = 'http-status-code-format';
export const ERROR_EXPECTED_RULE = 'http-status-error-expected';

/** The rules whose findings `fix` can fix (some of them, where unambiguous). */
export const FIXABLE_RULES: readonly string[] = [
  ...Object.keys(HEADER_RULES),
  CACHE_HEADERS_RULE,
  NO_BODY_RULE,
  CODE_FORMAT_RULE,
  ERROR_EXPECTED_RULE,
];

export interface Fixed {
  readonly finding: KeyedResult;
  /** What was done, in words (`declared Location on 'components/responses/Created'`). */
  readonly what: string;
}

export interface Left {
  readonly finding: KeyedResult;
  readonly reason: string;
}

export interface FixPlan {
  /** The text with every fix made (the document's text when nothing is fixed). */
  readonly text: string;
  readonly fixed: readonly Fixed[];
  /** Findings of the rules `fix` fixes that it left, and why. */
  readonly left: readonly Left[];
  /** Findings of other rules (no fix), counted. */
  readonly other: number;
}

/** A header's description, as `fix` declares it. */
function headerDescription(header: string, code: number | undefined): string {
  switch (header) {
    case 'Location':
      return code === 201 ? 'The URI of the created resource.' : 'The URI to redirect to.';
    case 'Allow':
      return 'The methods the target resource supports.';
    case 'WWW-Authenticate':
      return 'The authentication challenge (scheme and parameters).';
    case 'Retry-After':
      return 'How long to wait before retrying, in seconds or as an HTTP date.';
    case 'ETag':
      return 'The entity tag of the representation.';
    case 'Last-Modified':
      return 'When the representation was last modified, as an HTTP date.';
    case 'Content-Range':
      return code === 416
        ? 'The current length of the representation, as bytes */length.'
        : 'The range of the representation that the response carries.';
    case 'Upgrade':
      return code === 426
        ? 'The protocol(s) the client must switch to, in order of preference.'
        : 'The protocol the connection switches to.';
    case 'Cache-Control':
      return 'The cache directives, as the 200 response sends them.';
    case 'Expires':
      return 'When the response becomes stale, as an HTTP date.';
    case 'Vary':
      return 'The request headers the representation varies by.';
    case 'Content-Location':
      return 'The URI of the representation.';
    default:
      return `The ${header} header.`;
  }
}

function headerValue(header: string, code: number | undefined, swagger2: boolean): Value {
  const description = headerDescription(header, code);
  return swagger2 ? { description, type: 'string' } : { description, schema: { type: 'string' } };
}

/** A place as a JSON pointer (`#/components/responses/NotFound`), for messages. */
const named = (path: JsonPath): string =>
  `#/${path.map((s) => String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;

interface Concrete {
  /** The path in the document as written where the node is (through local `$ref`s). */
  readonly path: JsonPath;
  /** Whether a `$ref` was followed on the way. */
  readonly viaRef: boolean;
}

/** Where a path of the resolved document is in the document as written, following local `$ref`s (the node's own too); a reason when it is in another file. */
function concrete(written: unknown, path: JsonPath): Concrete | string {
  let at: Array<string | number> = [];
  let node = written;
  let viaRef = false;
  const follow = (): string | undefined => {
    for (let hops = 0; hops < 16; hops++) {
      const ref = own(node, '$ref');
      if (typeof ref !== 'string') return undefined;
      if (!ref.startsWith('#')) return `it is defined in another file ('${ref}'): fix it there`;
      const segments = decodePointer(ref.slice(1).replace(/^\//, ''));
      if (segments === undefined) return `its $ref '${ref}' is not a JSON pointer`;
      const target = getAt(written, segments);
      if (target === undefined) return `its $ref '${ref}' points nowhere`;
      at = segments;
      node = target;
      viaRef = true;
    }
    return 'its $refs go round in a circle';
  };
  for (const segment of path) {
    const problem = follow();
    if (problem !== undefined) return problem;
    node = own(node, segment);
    if (node === undefined) return 'its place is not in the document as written';
    at = [...at, segment];
  }
  const problem = follow();
  return problem ?? { path: at, viaRef };
}

const pathKey = (path: JsonPath): string => path.map(String).join('\u0000');

/** The one key a malformed response key stands for, if there is one. */
export function oneMeaning(key: string, openapi3: boolean): string | undefined {
  const trimmed = key.trim();
  if (trimmed !== key && trimmed !== '') {
    const status = classifyStatusKey(trimmed, openapi3);
    return status.kind === 'code' || status.kind === 'range' || status.kind === 'default'
      ? trimmed
      : oneMeaning(trimmed, openapi3);
  }
  if (openapi3 && /^[1-5]xx$/i.test(key)) return `${key[0]}XX`;
  if (key.toLowerCase() === 'default') return 'default';
  return undefined;
}

/** The rank of a response key, for putting a new code in its place. */
function rank(key: string): number {
  if (/^\d{3}$/.test(key)) return Number(key);
  if (/^[1-5]XX$/i.test(key)) return Number(key[0]) * 100 + 99.5;
  if (key === 'default') return 1000;
  if (key.startsWith('x-')) return 2000;
  return 999;
}

/** After the last key that comes before `code`. */
const codePosition =
  (code: number): Position =>
  (keys) => {
    let index = 0;
    keys.forEach((key, i) => {
      if (rank(key) < code) index = i + 1;
    });
    return index;
  };

/** Right after `description` (where a person writes `headers`), else at the end. */
const afterDescription: Position = (keys) => {
  const i = keys.indexOf('description');
  return i < 0 ? keys.length : i + 1;
};
const atEnd: Position = (keys) => keys.length;

const normalise = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The shared responses the document's own operations reference for each
 * code (the `$ref` as written, most used first), and those named after a
 * code's reason phrase (`NotFound`, `not_found`, `Error404`).
 */
function sharedResponses(
  model: DocumentModel,
  written: unknown,
  swagger2: boolean,
): (code: number) => string | undefined {
  const used = new Map<string, Map<string, number>>();
  const prefix = swagger2 ? '#/responses/' : '#/components/responses/';
  for (const operation of model.operations) {
    for (const entry of operation.responses) {
      const ref = own(getAt(written, entry.path), '$ref');
      if (typeof ref !== 'string' || !ref.startsWith(prefix) || entry.code === undefined) continue;
      const byRef = used.get(String(entry.code)) ?? new Map<string, number>();
      byRef.set(ref, (byRef.get(ref) ?? 0) + 1);
      used.set(String(entry.code), byRef);
    }
  }
  const definitions = keysOf(swagger2 ? own(written, 'responses') : own(own(written, 'components'), 'responses'));
  return (code) => {
    const byRef = used.get(String(code));
    if (byRef !== undefined) return [...byRef.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    const phrase = normalise(describeCode(code).replace(/^\d+\s*/, ''));
    if (phrase === '') return undefined;
    const names = new Set([
      phrase,
      `${phrase}error`,
      `${phrase}response`,
      `error${code}`,
      `${code}`,
      `${code}${phrase}`,
      `response${code}`,
      `${code}response`,
      `${code}error`,
    ]);
    const name = definitions.find((d) => names.has(normalise(d)));
    return name === undefined ? undefined : `${prefix}${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  };
}

/** The headers a 304 or 206 repeats from the 200 (http-status-cache-headers' list). */
const REPEATED_HEADERS: readonly string[] = ['cache-control', 'content-location', 'etag', 'expires', 'vary'];

/** The headers a new shared response for a code declares, so that the header rules ask nothing of it. */
const NEW_RESPONSE_HEADERS: Readonly<Record<number, string>> = {
  401: 'WWW-Authenticate',
  405: 'Allow',
  416: 'Content-Range',
  429: 'Retry-After',
};

/** A success response's description that says the resource is absent (Azure's DELETE: "Resource does not exist."). */
const ABSENT =
  /\b(does not|doesn't|did not|didn't) exist|\bno longer exists|\balready (deleted|removed)\b|\bnot found\b/i;

/** A code's reason phrase as a response name: `NotFound`, `BadRequest`, `UnprocessableContent`. */
function responseName(code: number): string | undefined {
  const words = describeCode(code)
    .replace(/^\d+\s*/, '')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '');
  const name = words.map((w) => `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`).join('');
  return /^[A-Za-z][A-Za-z0-9]*$/.test(name) ? name : undefined;
}

/** The schema `$ref`s the document's 2xx responses return, directly or as an array's items, as written. */
function successSchemas(model: DocumentModel, written: unknown, swagger2: boolean): Set<string> {
  const refs = new Set<string>();
  for (const operation of model.operations) {
    for (const entry of operation.responses) {
      if (entry.code === undefined || entry.code < 200 || entry.code >= 300) continue;
      const place = concrete(written, entry.path);
      if (typeof place === 'string') continue;
      for (const schema of responseSchemas(getAt(written, place.path), swagger2))
        for (const ref of [own(schema, '$ref'), own(own(schema, 'items'), '$ref')])
          if (typeof ref === 'string') refs.add(ref);
    }
  }
  return refs;
}

/** Names that say which status an error schema is for (`NotAuthorized`, `not-found`, `Error422`): a body for another code does not take it. */
const STATUS_NAMES: ReadonlyArray<readonly [RegExp, number]> = [
  [/bad.?request/i, 400],
  [/un.?authori[sz]|not.?authori[sz]|unauthenticated|not.?authenticated/i, 401],
  [/forbidden|access.?denied|permission.?denied/i, 403],
  [/not.?found|no.?such/i, 404],
  [/not.?allowed/i, 405],
  [/not.?acceptable/i, 406],
  [/conflict/i, 409],
  [/gone/i, 410],
  [/precondition/i, 412],
  [/too.?large/i, 413],
  [/unsupported.?media/i, 415],
  [/unprocessable|validation|invalid/i, 422],
  [/too.?many|rate.?limit|throttl/i, 429],
  [/internal|server.?error/i, 500],
  [/unavailable/i, 503],
];

/** The codes a schema's name or title says it is for (none for `Error`, `ErrorResponse`, `Problem`). */
function namedCodes(written: unknown, schemaRef: string): Set<number> {
  const segments = decodePointer(schemaRef.slice(1).replace(/^\//, ''));
  const title = own(segments === undefined ? undefined : getAt(written, segments), 'title');
  const names = `${schemaRef.slice(schemaRef.lastIndexOf('/') + 1)} ${typeof title === 'string' ? title : ''}`;
  const codes = new Set<number>();
  for (const [pattern, code] of STATUS_NAMES) if (pattern.test(names)) codes.add(code);
  for (const digits of names.match(/(?<!\d)[45]\d\d(?!\d)/g) ?? []) codes.add(Number(digits));
  return codes;
}

type Shape = { mediaType?: string; schemaRef: string };

/**
 * The body a new shared error response for a code takes (its media type,
 * 3.x, the JSON one of a response that has several, and one schema `$ref`):
 * the one more than half of the document's responses for that code share;
 * else the one more than half of its error responses (4xx, 5xx, `default`; a
 * shared one counted once) share, when that one is for errors in general:
 * its name or title names no other status
 * (Box: 719 of 733 `application/json` `ClientError`; Adyen: 63%
 * `DefaultErrorResponseEntity`; not thetvdb's `NotAuthorized`, which only its
 * 401s use, for a 422, nor api.video's `not-found` for a 401). Undefined,
 * a description only, otherwise.
 */
function errorShapes(model: DocumentModel, written: unknown, swagger2: boolean): (code: number) => Shape | undefined {
  /** Per shape: how many error responses have it. */
  const counts = new Map<string, { shape: Shape; n: number }>();
  /** Per code: its responses with a body, and how many have each shape. */
  const perCode = new Map<number, { bodies: number; shapes: Map<string, number> }>();
  let bodies = 0;
  const seenPlaces = new Set<string>();
  for (const operation of model.operations) {
    for (const entry of operation.responses) {
      // An error response: a 4xx or 5xx code or range, or `default` (where many APIs describe their errors).
      const status = entry.status;
      const isError =
        (entry.code !== undefined && entry.code >= 400) ||
        status.kind === 'default' ||
        (status.kind === 'range' && status.cls >= 4);
      if (!isError) continue;
      const place = concrete(written, entry.path);
      if (typeof place === 'string') continue;
      // A shared response counts once, however many operations use it.
      const id = pathKey(place.path);
      if (seenPlaces.has(id)) continue;
      seenPlaces.add(id);
      const response = getAt(written, place.path);
      let shape: Shape | undefined;
      if (swagger2) {
        const schema = own(response, 'schema');
        if (schema === undefined) continue;
        const ref = own(schema, '$ref');
        if (typeof ref === 'string' && ref.startsWith('#/')) shape = { schemaRef: ref };
      } else {
        const content = own(response, 'content');
        const types = keysOf(content);
        if (types.length === 0) continue;
        // Its JSON media type where it has several (Docker: application/json and text/plain), else its first.
        const type = types.find((t) => /^application\/(.+\+)?json\b/i.test(t)) ?? types[0] ?? '';
        const ref = own(own(own(content, type), 'schema'), '$ref');
        if (typeof ref === 'string' && ref.startsWith('#/')) shape = { mediaType: type, schemaRef: ref };
      }
      bodies++;
      const mine = entry.code === undefined ? undefined : (perCode.get(entry.code) ?? { bodies: 0, shapes: new Map() });
      if (mine !== undefined && entry.code !== undefined) {
        mine.bodies++;
        perCode.set(entry.code, mine);
      }
      if (shape === undefined) continue;
      const key = `${shape.mediaType ?? ''}\u0000${shape.schemaRef}`;
      const count = counts.get(key) ?? { shape, n: 0 };
      count.n++;
      counts.set(key, count);
      if (mine !== undefined) mine.shapes.set(key, (mine.shapes.get(key) ?? 0) + 1);
    }
  }
  // A schema a 2xx returns (directly or as a list's items) is a result, not an error (Xero Bank Feeds' `Statements`).
  const results = successSchemas(model, written, swagger2);
  for (const [key, count] of counts) if (results.has(count.shape.schemaRef)) counts.delete(key);
  const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  const general =
    best !== undefined && best.n * 2 > bodies
      ? { ...best, named: namedCodes(written, best.shape.schemaRef) }
      : undefined;
  return (code) => {
    const own_ = perCode.get(code);
    const top = own_ === undefined ? undefined : [...own_.shapes.entries()].sort((a, b) => b[1] - a[1])[0];
    if (own_ !== undefined && top !== undefined && top[1] * 2 > own_.bodies && counts.has(top[0]))
      return counts.get(top[0])?.shape;
    if (general === undefined || (general.named.size > 0 && !general.named.has(code))) return undefined;
    return general.shape;
  };
}

/** Whether a schema describes content: properties, items, a scalar type, or a branch that does (`{type: object}` and `{}` do not). */
function describesContent(written: unknown, schema: unknown, depth = 0): boolean {
  const node = deref(written, schema);
  if (!isObject(node) || depth > 8) return false;
  if (keysOf(own(node, 'properties')).length > 0 || own(node, 'items') !== undefined) return true;
  const type = own(node, 'type');
  if (typeof type === 'string' && type !== 'object' && type !== 'null') return true;
  if (isObject(own(node, 'additionalProperties'))) return true;
  return ['allOf', 'oneOf', 'anyOf'].some((key) => {
    const branches = own(node, key);
    return Array.isArray(branches) && branches.some((branch) => describesContent(written, branch, depth + 1));
  });
}

/** What a response's body carries, named for a message (its schema `$ref`'s name, else "a schema with content"), if it describes content. */
function resultBody(written: unknown, response: unknown, swagger2: boolean): string | undefined {
  const carrying = responseSchemas(response, swagger2).find((schema) => describesContent(written, schema));
  if (carrying === undefined) return undefined;
  const ref = own(carrying, '$ref');
  return typeof ref === 'string' ? `'${ref.slice(ref.lastIndexOf('/') + 1).slice(0, 60)}'` : 'a schema with content';
}

/** Whether a response's body is a list (an array schema, possibly `$ref`'d), in its first media type or Swagger 2's `schema`. */
function returnsList(written: unknown, response: unknown, swagger2: boolean): boolean {
  const content = own(response, 'content');
  const schema = swagger2 ? own(response, 'schema') : own(own(content, keysOf(content)[0] ?? ''), 'schema');
  return own(deref(written, schema), 'type') === 'array';
}

interface HeaderGroup {
  readonly path: JsonPath;
  /** Each header to declare: the code it is for, and the declaration to copy (a 304's from its 200), if any. */
  readonly headers: Map<string, { code: number | undefined; value?: Value }>;
  readonly findings: Set<KeyedResult>;
}

/** A written value as `fix` can write it again (scalars and maps; no sequences, no null), else undefined. */
function asValue(node: unknown): Value | undefined {
  if (typeof node === 'string' || typeof node === 'boolean') return node;
  if (typeof node === 'number') return Number.isFinite(node) ? node : undefined;
  if (!isObject(node) || Array.isArray(node)) return undefined;
  const out: Record<string, Value> = {};
  for (const key of keysOf(node)) {
    const value = asValue(own(node, key));
    if (value === undefined) return undefined;
    out[key] = value;
  }
  return out;
}

/** Plans and makes the fixes for a document's lint; `rules` limits them to those rules. */
export function planFixes(lint: DocumentLint, rules?: ReadonlySet<string>): FixPlan {
  const { outcome } = lint;
  const written = outcome.written;
  const text = outcome.text;
  const swagger2 = typeof own(written, 'swagger') === 'string';
  const openapi3 = !swagger2;
  const fixed: Fixed[] = [];
  const left: Left[] = [];
  let other = 0;
  const mine: Array<{ finding: KeyedResult; rule: string }> = [];
  for (const finding of lint.results) {
    const rule = finding.note?.rule ?? String(finding.result.code);
    if (rules !== undefined && !rules.has(rule)) continue;
    if (!FIXABLE_RULES.includes(rule)) {
      other++;
      continue;
    }
    if ((finding.result.source ?? lint.source) !== lint.source) {
      left.push({ finding, reason: `it is in another file (${finding.result.source ?? ''}): run fix on that file` });
      continue;
    }
    if (finding.note === undefined) {
      left.push({ finding, reason: 'the rule runs under a ruleset fix cannot read the finding of' });
      continue;
    }
    mine.push({ finding, rule });
  }
  if (mine.length === 0) return { text, fixed, left, other };
  const editor: TextEditor | string = textEditor(text);
  if (typeof editor === 'string') {
    for (const { finding } of mine) left.push({ finding, reason: editor });
    return { text, fixed, left, other };
  }
  const model = getModel(outcome.resolved, written, text);
  /** Whether a response declares a body, as the rules read it (lib/model's `bodyKey`: 3.x `content` with a media type, Swagger 2 `schema`). */
  const declaresABody = (response: unknown): boolean =>
    isObject(response) && bodyKey(response, model.version ?? (swagger2 ? '2.0' : '3.0')) !== undefined;
  const noBodyAt = new Set(
    mine.filter((m) => m.rule === NO_BODY_RULE).map((m) => pathKey((m.finding.note?.at ?? []).slice(0, -1))),
  );
  const noBodyHeadersAt = new Set(
    mine.filter((m) => m.rule === NO_BODY_RULE).map((m) => pathKey((m.finding.note?.at ?? []).slice(0, -2))),
  );

  /** For a change at a shared definition reached through a `$ref`: every operation that uses it has the same finding. */
  const sharedByAll = (definition: JsonPath, has: ReadonlySet<string>): boolean =>
    usersOf(model, written, definition).every((user) => has.has(pathKey(user.path)));

  /**
   * A response of its own for an operation (a HEAD) whose `$ref`'d response has a body others keep: the
   * definition copied without its body (`content`; 2.0 `schema`, `examples`), or why not.
   */
  const ownResponse = (at: JsonPath): { path: JsonPath; key: string; value: Value; what: string } | string => {
    const responses = concrete(written, at.slice(0, -1));
    const code = at[at.length - 1];
    if (typeof responses === 'string') return responses;
    if (typeof code !== 'string') return 'its place is not in the document as written';
    const ref = own(own(getAt(written, responses.path), code), '$ref');
    const definition = concrete(written, at);
    if (typeof ref !== 'string' || typeof definition === 'string' || !definition.viaRef)
      return typeof definition === 'string' ? definition : 'the response is not a $ref to a shared one';
    const copy: Record<string, Value> = {};
    const body = swagger2 ? ['schema', 'examples'] : ['content'];
    const node = getAt(written, definition.path);
    for (const k of keysOf(node)) {
      if (body.includes(k)) continue;
      const value = asValue(own(node, k));
      if (value === undefined)
        return `the shared response '${named(definition.path)}' has '${k}' that fix cannot copy (a list or a null): give this operation a response of its own by hand`;
      copy[k] = value;
    }
    if (typeof copy.description !== 'string')
      return `the shared response '${named(definition.path)}' has no description to copy`;
    return {
      path: responses.path,
      key: code,
      value: copy,
      what: `gave '${named([...responses.path, code])}' a response of its own: '${named(definition.path)}' without its body`,
    };
  };

  const headerGroups = new Map<string, HeaderGroup>();
  const headerGroupAt = (path: JsonPath): HeaderGroup => {
    const group = headerGroups.get(pathKey(path)) ?? { path, headers: new Map(), findings: new Set() };
    headerGroups.set(pathKey(path), group);
    return group;
  };
  /** The 304s and 206s (each operation's path to one) the cache-headers findings name. */
  const cacheAt = new Set(
    mine
      .filter((m) => m.rule === CACHE_HEADERS_RULE)
      .flatMap((m) =>
        m.finding.keys.flatMap((k) => {
          const operation = model.operations.find((op) => op.label === k.where);
          const entry = operation?.responses.find((r) => r.key === k.code || String(r.code) === k.code);
          return entry === undefined ? [] : [pathKey(entry.path)];
        }),
      ),
  );
  const ownResponses = new Map<
    string,
    { path: JsonPath; key: string; value: Value; findings: KeyedResult[]; what: string }
  >();
  const removals = new Map<string, { path: JsonPath; key: string; findings: KeyedResult[]; what: string }>();
  const renames = new Map<string, { path: JsonPath; key: string; to: string; findings: KeyedResult[] }>();
  const additions = new Map<
    string,
    { path: JsonPath; codes: Map<number, { ref: string; inline?: Value; findings: KeyedResult[] }> }
  >();
  const reuse = sharedResponses(model, written, swagger2);
  const chooser = errorResponseChooser(model, written, swagger2, reuse);
  const style = errorStyle(model);
  const notFound = notFoundMeaning(model);
  const etagInBody = etagInBodies(written);
  const locationDeclared = createdWithLocation(model);
  const creations = new Map<number, { name: string; ref: string }>();
  const definitionNames = new Set(
    keysOf(swagger2 ? own(written, 'responses') : own(own(written, 'components'), 'responses')).map((n) =>
      n.toLowerCase(),
    ),
  );
  let shapeFor: ((code: number) => Shape | undefined) | undefined;
  /** The `$ref` of the shared response to add for `code` (named once), or why there cannot be one. */
  const create = (code: number): string => {
    const existing = creations.get(code);
    if (existing !== undefined) return existing.ref;
    const base = responseName(code);
    if (base === undefined) return `${code} has no reason phrase to name a shared response by: add one by hand`;
    const taken = (n: string): boolean =>
      definitionNames.has(n.toLowerCase()) ||
      [...creations.values()].some((c) => c.name.toLowerCase() === n.toLowerCase());
    const name = [base, `${base}Error`, `${base}Response`, `Error${code}`].find((n) => !taken(n));
    if (name === undefined) return `the names for a shared ${code} response are taken: add one by hand`;
    const ref = `${swagger2 ? '#/responses/' : '#/components/responses/'}${name}`;
    creations.set(code, { name, ref });
    return ref;
  };
  /** Whether the shared response `ref` (as written) has a body, or may have (a `$ref` on to another). */
  const hasBody = (ref: string): boolean => {
    const segments = decodePointer(ref.slice(1).replace(/^\//, ''));
    const node = segments === undefined ? undefined : getAt(written, segments);
    return (
      node === undefined ||
      own(node, 'content') !== undefined ||
      own(node, 'schema') !== undefined ||
      own(node, '$ref') !== undefined
    );
  };
  // A new 401's WWW-Authenticate names an HTTP challenge: none where no operation uses HTTP authentication (API keys only).
  const challenges = model.operations.some(usesHttpAuthentication);
  const newHeader = (code: number): string | undefined =>
    code === 401 && !challenges ? undefined : NEW_RESPONSE_HEADERS[code];
  /** A HEAD's own response for `code`: its reason phrase and the header its code asks for, no body. */
  const headResponse = (code: number): Value => {
    const header = newHeader(code);
    const description = describeCode(code).replace(/^\d+\s*/, '') || `Error ${code}`;
    return header === undefined
      ? { description }
      : { description, headers: { [header]: headerValue(header, code, swagger2) } };
  };
  /** A new shared response for `code`: its reason phrase, the document's error body, the header its code asks for. */
  const newResponse = (code: number): Value => {
    shapeFor ??= errorShapes(model, written, swagger2);
    const shape = shapeFor(code);
    const description = describeCode(code).replace(/^\d+\s*/, '') || `Error ${code}`;
    const header = newHeader(code);
    const value: Record<string, Value> = { description };
    if (header !== undefined) value.headers = { [header]: headerValue(header, code, swagger2) };
    if (shape !== undefined) {
      if (swagger2) value.schema = { $ref: shape.schemaRef };
      else value.content = { [shape.mediaType ?? 'application/json']: { schema: { $ref: shape.schemaRef } } };
    }
    return value;
  };

  for (const { finding, rule } of mine) {
    const note = finding.note;
    if (note === undefined) continue;
    const key = finding.keys[0];
    const at = note.at;
    const leave = (reason: string): void => {
      left.push({ finding, reason });
    };
    if (rule in HEADER_RULES) {
      const header = key?.subject;
      if (header === undefined || !(HEADER_RULES[rule] as readonly string[]).includes(header)) {
        leave("the response's description says it answers something else: which is right is for a person");
        continue;
      }
      if (header === 'ETag' && etagInBody) {
        leave(NO_ETAG);
        continue;
      }
      const place = concrete(written, at);
      if (typeof place === 'string') {
        leave(place);
        continue;
      }
      const response = getAt(written, place.path);
      const headers = own(response, 'headers');
      if (headers !== undefined && (!isObject(headers) || typeof own(headers, '$ref') === 'string')) {
        leave("the response's headers are a $ref or not a map: add it by hand");
        continue;
      }
      // A 401 whose description blames something other than credentials (Netlify's "OAuth application not found" on the way to a token): no challenge answers it.
      const description = own(response, 'description');
      if (
        header === 'WWW-Authenticate' &&
        typeof description === 'string' &&
        /\b(not found|unknown|does not exist|no such)\b/i.test(description) &&
        !/\b(token|credentials?|authenticat\w*|authori[sz]\w*|api[ -]?key|log ?in|sign ?in|password|session)\b/i.test(
          description,
        )
      ) {
        leave(
          `the 401 says '${description.replace(/\s+/g, ' ').slice(0, 60)}', which no credential answers: whether the code is right (a 400 or 404), the operation public (\`security: []\`), or its server sends a challenge is for a person`,
        );
        continue;
      }
      // A 201 whose body is a list created several resources: no one URI names them (RFC 9110 §15.3.2).
      if (header === 'Location' && key?.code === '201' && returnsList(written, response, swagger2)) {
        leave(
          'the 201 returns a list, so several resources were created and no one URI names them: whether a Location fits is for a person',
        );
        continue;
      }
      const unlocated =
        header === 'Location' && key?.code === '201' ? locationDeclared(declaresABody(response)) : undefined;
      if (unlocated !== undefined) {
        leave(unlocated);
        continue;
      }
      // A header a 304 or 206 repeats from the 200 (ETag): declared on the 200 alone, its 304 would then lack it.
      const operation = model.operations.find((op) => op.label === key?.where);
      const repeats = operation?.responses.find(
        (r) =>
          (r.code === 304 || r.code === 206) &&
          key?.code === '200' &&
          REPEATED_HEADERS.includes(header.toLowerCase()) &&
          !r.headerNames.has(header.toLowerCase()),
      );
      if (repeats !== undefined) {
        leave(
          `its ${String(repeats.code)} would then lack ${header}, which a ${String(repeats.code)} repeats from the 200 (http-status-cache-headers): declare it on both by hand`,
        );
        continue;
      }
      const group = headerGroupAt(place.path);
      const code = key?.code !== undefined && /^\d{3}$/.test(key.code) ? Number(key.code) : undefined;
      if (!group.headers.has(header)) group.headers.set(header, { code });
      group.findings.add(finding);
      continue;
    }
    if (rule === CACHE_HEADERS_RULE) {
      // Each operation the finding names: its 304 or 206, and the repeated headers its 200 declares and the 304 lacks.
      const wanted = new Map<string, { code: number | undefined; value?: Value }>();
      let target: Concrete | undefined;
      let problem: string | undefined;
      for (const k of finding.keys) {
        const operation = model.operations.find((op) => op.label === k.where);
        const entry = operation?.responses.find((r) => r.key === k.code || String(r.code) === k.code);
        const ok = operation?.responses.find((r) => r.code === 200);
        if (operation === undefined || entry === undefined || ok === undefined) {
          problem = 'the operations it names are not found as written';
          break;
        }
        const place = concrete(written, entry.path);
        if (typeof place === 'string') {
          problem = place;
          break;
        }
        if (target !== undefined && pathKey(target.path) !== pathKey(place.path)) {
          problem = 'the operations it names have different responses';
          break;
        }
        target = place;
        const okPlace = concrete(written, ok.path);
        const okHeaders = typeof okPlace === 'string' ? undefined : own(getAt(written, okPlace.path), 'headers');
        for (const name of keysOf(own(ok.response, 'headers'))) {
          if (!REPEATED_HEADERS.includes(name.toLowerCase()) || entry.headerNames.has(name.toLowerCase())) continue;
          const declaration = own(okHeaders, name);
          const ref = own(declaration, '$ref');
          const description = own(declaration, 'description');
          const value: Value =
            typeof ref === 'string' && ref.startsWith('#')
              ? { $ref: ref }
              : swagger2
                ? {
                    description: typeof description === 'string' ? description : headerDescription(name, 200),
                    type: 'string',
                  }
                : {
                    description: typeof description === 'string' ? description : headerDescription(name, 200),
                    schema: asValue(own(declaration, 'schema')) ?? { type: 'string' },
                  };
          if (!wanted.has(name)) wanted.set(name, { code: entry.code, value });
        }
      }
      if (problem === undefined && target === undefined) problem = 'the finding names no operation';
      if (problem !== undefined || target === undefined) {
        leave(problem ?? '');
        continue;
      }
      if (target.viaRef && target.path.length > 0 && !sharedByAll(target.path, cacheAt)) {
        leave(
          `the shared response '${named(target.path)}' is also used by operations whose 200s ask for other headers: give this operation a response of its own`,
        );
        continue;
      }
      const headers = own(getAt(written, target.path), 'headers');
      if (headers !== undefined && (!isObject(headers) || typeof own(headers, '$ref') === 'string')) {
        leave("the response's headers are a $ref or not a map: add them by hand");
        continue;
      }
      const group = headerGroupAt(target.path);
      for (const [name, want] of wanted) if (!group.headers.has(name)) group.headers.set(name, want);
      group.findings.add(finding);
      continue;
    }
    if (rule === NO_BODY_RULE) {
      const last = at[at.length - 1];
      const isBody = key?.subject === 'body' && (last === 'content' || last === 'schema');
      const isLength = key?.subject === 'Content-Length' && at[at.length - 2] === 'headers';
      if (!isBody && !isLength) {
        const own_ = key?.subject === 'body' ? ownResponse(at) : undefined;
        if (typeof own_ === 'object') {
          const id = pathKey(at);
          const entry = ownResponses.get(id) ?? { ...own_, findings: [] };
          entry.findings.push(finding);
          ownResponses.set(id, entry);
          continue;
        }
        leave(
          own_ ??
            'the response is shared with an operation that keeps its body (a GET shares it with a HEAD): give this operation a response of its own',
        );
        continue;
      }
      const responseAt = isBody ? at.slice(0, -1) : at.slice(0, -2);
      const place = concrete(written, responseAt);
      if (typeof place === 'string') {
        leave(place);
        continue;
      }
      if (place.viaRef && !sharedByAll(place.path, isBody ? noBodyAt : noBodyHeadersAt)) {
        leave(
          `the shared response '${named(place.path)}' is also used by operations that keep it as it is: give this operation a response of its own`,
        );
        continue;
      }
      const response = getAt(written, place.path);
      // A 204's or 205's body that carries the operation's only result (AWS Lex's ListTagsForResource: a Tags map): the code, not the body, may be what is wrong.
      const carrying =
        isBody && (key?.code === '204' || key?.code === '205') ? resultBody(written, response, swagger2) : undefined;
      if (carrying !== undefined) {
        const operation = model.operations.find((op) => op.label === key?.where);
        const otherBody = operation?.responses.some(
          (r) =>
            r.code !== undefined &&
            r.code >= 200 &&
            r.code < 300 &&
            String(r.code) !== key?.code &&
            declaresABody(r.response),
        );
        if (otherBody !== true) {
          leave(
            `its body (${carrying}) is the operation's only result: if the server sends it, the code should be 200 OK rather than the body go; for a person`,
          );
          continue;
        }
      }
      let path: JsonPath = place.path;
      let removed = String(last);
      if (isLength) {
        const headers = own(response, 'headers');
        if (keysOf(headers).length === 1) removed = 'headers';
        else path = [...place.path, 'headers'];
      }
      if (!isBody && !isLength) continue;
      const id = `${pathKey(path)}\u0000${removed}`;
      const removal = removals.get(id) ?? {
        path,
        key: removed,
        findings: [],
        what: `removed \`${removed === 'headers' ? 'headers (Content-Length)' : removed}\` from '${named(place.path)}'`,
      };
      removal.findings.push(finding);
      removals.set(id, removal);
      continue;
    }
    if (rule === CODE_FORMAT_RULE) {
      const responseKey = at[at.length - 1];
      const to = typeof responseKey === 'string' ? oneMeaning(responseKey, openapi3) : undefined;
      if (typeof responseKey !== 'string' || to === undefined) {
        leave(
          swagger2 && typeof responseKey === 'string' && /^[1-5]xx$/i.test(responseKey)
            ? 'Swagger 2.0 has no ranges: which codes it stands for is for a person'
            : 'the key has no one meaning: which code it is is for a person',
        );
        continue;
      }
      const place = concrete(written, at.slice(0, -1));
      if (typeof place === 'string') {
        leave(place);
        continue;
      }
      if (keysOf(getAt(written, place.path)).includes(to)) {
        leave(`'${to}' is declared too: merging the two responses is for a person`);
        continue;
      }
      const id = `${pathKey(place.path)}\u0000${responseKey}`;
      const rename = renames.get(id) ?? { path: place.path, key: responseKey, to, findings: [] };
      rename.findings.push(finding);
      renames.set(id, rename);
      continue;
    }
    if (rule === ERROR_EXPECTED_RULE) {
      const expects = note.expects ?? [];
      if (note.kind !== 'missing' || expects.length === 0) {
        leave('the finding names no code to add');
        continue;
      }
      const operation = model.operations.find((op) => pathKey(op.responsesPath) === pathKey(at));
      const reads =
        expects[0] === 401 && operation !== undefined ? inheritsSecurityButReadsAsPublic(operation) : undefined;
      if (reads !== undefined) {
        leave(
          `it reads as ${reads}, which is usually public and only inherits the root \`security\`: whether to give it \`security: []\` or a 401 response is for a person`,
        );
        continue;
      }
      // Content in a GET, HEAD or DELETE has no defined meaning (RFC 9110 §9.3.1, §9.3.2, §9.3.5): a 415 for it is for a person.
      if (
        expects.length === 1 &&
        expects[0] === 415 &&
        (operation?.method === 'get' || operation?.method === 'head' || operation?.method === 'delete')
      ) {
        leave(
          `content in a ${operation.method.toUpperCase()} has no defined meaning (RFC 9110 §9.3): whether the server judges its media type, or the request body should go, is for a person`,
        );
        continue;
      }
      const place = concrete(written, at);
      if (typeof place === 'string') {
        leave(place);
        continue;
      }
      // An AWS service answers a request it cannot authenticate (Signature Version 4) with a 403.
      const wanted = operation !== undefined && signedForAws(operation) && expects.includes(403) ? [403] : expects;
      // What the operation says against the code (./against.ts): a 2xx that answers failures, a 404 with nothing to miss, a 401 marked open.
      const against =
        operation === undefined
          ? undefined
          : (againstErrorCode(model, operation, written, wanted) ??
            (wanted.length === 1 && wanted[0] === 404 ? against404(operation, notFound) : undefined) ??
            (wanted[0] === 401 ? against401(model, operation, wanted) : undefined));
      if (against !== undefined) {
        leave(against);
        continue;
      }
      const fixedSet = style.outsideFixedSet(wanted);
      if (fixedSet !== undefined) {
        leave(fixedSet);
        continue;
      }
      // A DELETE whose 204 says the resource does not exist ("Request successful. Resource does not exist.", Azure): a missing one is no error.
      const absentOk =
        wanted.length === 1 && wanted[0] === 404
          ? operation?.responses
              .filter((r) => r.code !== undefined && r.code >= 200 && r.code < 300)
              .map((r) => ({ code: r.code, description: String(own(r.response, 'description') ?? '') }))
              .find((r) => ABSENT.test(r.description))
          : undefined;
      if (absentOk !== undefined) {
        leave(
          `its ${String(absentOk.code)} says the resource may not exist ('${absentOk.description.slice(0, 80)}'): a missing resource is no error there; for a person to judge`,
        );
        continue;
      }
      const collection =
        wanted.length === 1 && wanted[0] === 404 && operation !== undefined
          ? style.againstCollection404(operation)
          : undefined;
      if (collection !== undefined) {
        leave(collection);
        continue;
      }
      // The code and shared response the document would use (./choose.ts: its family, then the code more operations declare).
      const chosen = chooser.choose(wanted, at);
      let choice: { code: number; ref: string | undefined; inline?: Value } | undefined =
        chosen?.ref === undefined ? undefined : { code: chosen.code, ref: chosen.ref };
      // No shared response to reuse: the code to create one for is, of 400 or 422, the one the operations with the same kind of input
      // (a body, or parameters only) declare more, else the one the document's operations declare more. Not where the document gives
      // reason against it (`errorStyle`), nor where no operation declares it: nothing then says its API answers it (GoToTraining answers a
      // bad token with 403, httpbin never 404s), unless most operations describe their errors in a `default` (Stripe's way).
      let toCreate: number | undefined;
      if (choice === undefined) {
        const preferred =
          operation !== undefined && wanted.includes(400) && wanted.includes(422)
            ? inputErrorCode(model, operation)
            : undefined;
        const code = preferred ?? chooser.mostDeclared(wanted);
        const reason = style.againstCreating(code, operation !== undefined && hasDefault(operation));
        if (reason !== undefined) {
          leave(reason);
          continue;
        }
        toCreate = code;
        if (code >= 400 && chooser.uses(code) === 0 && !style.answersWithDefault) {
          leave(
            `no operation of the document declares a ${wanted.join(' or ')}: whether its API answers one, and with what body, is for a person (declare it on one operation, and \`fix\` adds it to the others)`,
          );
          continue;
        }
      }
      // A HEAD's response has no body: a shared one with a body would be http-status-no-body's finding.
      if (operation?.method === 'head' && (choice === undefined || hasBody(choice.ref as string))) {
        const code = choice?.code ?? wanted[0] ?? 0; // wanted is not empty (checked above)
        if (code < 400) {
          leave(`a ${code} repeats the 200's headers: add it by hand`);
          continue;
        }
        choice = { code, ref: '', inline: headResponse(code) };
      }
      if (choice === undefined) {
        // Set above whenever no shared response was chosen (a HEAD's own response sets `choice`).
        const code = toCreate as number;
        const created = code >= 400 ? create(code) : undefined;
        if (typeof created !== 'string' || !created.startsWith('#')) {
          leave(
            created ??
              `the document has no shared response for ${wanted.join(' or ')} to reuse, and a ${code} repeats the 200's headers: add one by hand`,
          );
          continue;
        }
        choice = { code, ref: created };
      }
      const ref = choice.ref as string;
      const group = additions.get(pathKey(place.path)) ?? { path: place.path, codes: new Map() };
      additions.set(pathKey(place.path), group);
      const entry = group.codes.get(choice.code) ?? {
        ref,
        ...(choice.inline === undefined ? {} : { inline: choice.inline }),
        findings: [],
      };
      entry.findings.push(finding);
      group.codes.set(choice.code, entry);
      continue;
    }
  }

  for (const response of ownResponses.values()) {
    const problem = editor.replace(response.path, response.key, response.value);
    for (const finding of response.findings) {
      if (problem === undefined) fixed.push({ finding, what: response.what });
      else left.push({ finding, reason: `'${named(response.path)}' cannot be edited: ${problem}` });
    }
  }

  // The shared responses to add, once each, before anything references them.
  let creationProblem: string | undefined;
  if (creations.size > 0) {
    const entries: NewEntry[] = [...creations.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([code, { name }]) => ({ key: name, value: newResponse(code) }));
    const container = swagger2 ? own(written, 'responses') : own(own(written, 'components'), 'responses');
    const components = own(written, 'components');
    creationProblem = isObject(container)
      ? editor.add(swagger2 ? ['responses'] : ['components', 'responses'], entries, atEnd)
      : swagger2
        ? editor.add([], [{ key: 'responses', value: Object.fromEntries(entries.map((e) => [e.key, e.value])) }], atEnd)
        : isObject(components)
          ? editor.add(
              ['components'],
              [{ key: 'responses', value: Object.fromEntries(entries.map((e) => [e.key, e.value])) }],
              atEnd,
            )
          : editor.add(
              [],
              [{ key: 'components', value: { responses: Object.fromEntries(entries.map((e) => [e.key, e.value])) } }],
              atEnd,
            );
    if (creationProblem !== undefined)
      creationProblem = `the shared responses to add cannot be written (${creationProblem}): add them by hand`;
  }
  const createdRefs = new Set([...creations.values()].map((c) => c.ref));

  // The edits: each group once, so that no two touch the same place.
  for (const group of headerGroups.values()) {
    const response = getAt(written, group.path);
    const declared = new Set(keysOf(own(response, 'headers')).map((h) => h.toLowerCase()));
    const entries: NewEntry[] = [];
    const findings: KeyedResult[] = [];
    findings.push(...group.findings);
    for (const [header, { code, value }] of group.headers) {
      if (!declared.has(header.toLowerCase()))
        entries.push({ key: header, value: value ?? headerValue(header, code, swagger2) });
    }
    const names = [...group.headers.keys()].join(', ');
    const problem =
      entries.length === 0
        ? undefined
        : isObject(own(response, 'headers'))
          ? editor.add([...group.path, 'headers'], entries, atEnd)
          : editor.add(
              group.path,
              [{ key: 'headers', value: Object.fromEntries(entries.map((e) => [e.key, e.value])) }],
              afterDescription,
            );
    for (const finding of findings) {
      if (problem === undefined) fixed.push({ finding, what: `declared ${names} on '${named(group.path)}'` });
      else left.push({ finding, reason: `'${named(group.path)}' cannot be edited: ${problem}` });
    }
  }
  for (const removal of removals.values()) {
    const problem = editor.remove(removal.path, removal.key);
    for (const finding of removal.findings) {
      if (problem === undefined) fixed.push({ finding, what: removal.what });
      else left.push({ finding, reason: `'${named(removal.path)}' cannot be edited: ${problem}` });
    }
  }
  for (const rename of renames.values()) {
    const problem = editor.rename(rename.path, rename.key, rename.to);
    for (const finding of rename.findings) {
      if (problem === undefined)
        fixed.push({ finding, what: `renamed '${rename.key}' to '${rename.to}' in '${named(rename.path)}'` });
      else left.push({ finding, reason: `'${named(rename.path)}' cannot be edited: ${problem}` });
    }
  }
  for (const group of additions.values()) {
    for (const [code, { ref, inline, findings }] of [...group.codes.entries()].sort((a, b) => a[0] - b[0])) {
      const created = createdRefs.has(ref);
      const problem =
        created && creationProblem !== undefined
          ? creationProblem
          : editor.add(group.path, [{ key: String(code), value: inline ?? { $ref: ref } }], codePosition(code));
      for (const finding of findings) {
        if (problem === undefined)
          fixed.push({
            finding,
            what:
              inline === undefined
                ? `added ${code} ($ref '${ref}'${created ? ', a shared response added for it' : ''}) to '${named(group.path)}'`
                : `added ${code} (a response of its own without a body, as a HEAD's) to '${named(group.path)}'`,
          });
        else left.push({ finding, reason: `'${named(group.path)}' cannot be edited: ${problem}` });
      }
    }
  }
  return { text: fixed.length === 0 ? text : editor.result(), fixed, left, other };
}
