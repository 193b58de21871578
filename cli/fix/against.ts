/**
 * What an operation says against a missing error code that `fix` would add
 * (the ninth review of 30 edits): where its own text or shape gives reason
 * to think its API does not answer the code, the finding is left for a
 * person with the reason, and nothing is created for it.
 *
 * - Its 2xx answers failures too: a `oneOf`/`anyOf` with an error branch
 *   (Vonage SMS answers `oneOf: [SMS, Error]` with a 200 and an in-body
 *   status): a 400 or 401 would declare what the API does not do.
 * - A 404 where no path parameter names something that could be missing:
 *   each has a `default` or is nullable (VTEX's `{facets}`, a filter path
 *   with `default: "/"`), or the one parameter is what the operation creates
 *   (CIRCL's `GET /session/create/{name}`: "Create a session key…").
 * - A 401 where another response answers a bad credential (KumpeApps' 412
 *   "Your API key is invalid, expired, or not supplied!"), or a vendor extension marks the operation as it marks one that
 *   needs no credentials (LGTM's `x-auth-mode: UNRESTRICTED` on `GET /`, as on
 *   `GET /openapi`, which declares no security), and most operations that
 *   need credentials are marked otherwise.
 *
 * - Any code on a callback's receiver: a path operation whose request body is
 *   the one a callback of the document sends (ETSI MEC 010-2's
 *   `POST /user_defined_notification`).
 * - Any code on a CORS preflight: an OPTIONS whose 2xx declares
 *   Access-Control-Allow-Methods (an API gateway answers it from its CORS
 *   settings, without the resource: apidapp's 12 `OPTIONS /account/{id}`).
 * - A 404 where the document's 404 means something else than "the path
 *   names nothing": three or more operations without path parameters
 *   declare it, a third or more of those that do (Open Banking's "optional
 *   endpoint not implemented" on `/balances`, `/party`).
 *
 * The 2xx bodies are read as written (the `$ref` of a branch names it). The
 * reasons read only what `fix` does not change (2xx bodies, parameters,
 * words, extensions, security), so a second run leaves the same findings.
 */
import type { DocumentModel, Operation, Parameter } from '../../functions/lib/model';
import { deref, getAt, keysOf, own } from '../../functions/lib/safe';

/** A schema name or title that says it is an error. */
const ERROR_NAME = /error|fault|failure|problem/i;

/** The name of a schema branch: its `$ref`'s last segment, else its `title`. */
function branchName(branch: unknown): string {
  const ref = own(branch, '$ref');
  if (typeof ref === 'string') return ref.slice(ref.lastIndexOf('/') + 1);
  const title = own(branch, 'title');
  return typeof title === 'string' ? title : '';
}

/** The schemas of a response's bodies, as written: 3.x `content.*.schema`, Swagger 2 `schema`. */
export function responseSchemas(response: unknown, swagger2: boolean): unknown[] {
  const content = own(response, 'content');
  const schemas = swagger2
    ? [own(response, 'schema')]
    : keysOf(content).map((type) => own(own(content, type), 'schema'));
  return schemas.filter((schema) => schema !== undefined);
}

/** The error branch of a 2xx union (`Error` of `oneOf: [SMS, Error]`) as written, if the operation has one. */
function errorIn2xx(operation: Operation, written: unknown): string | undefined {
  for (const entry of operation.responses) {
    if (entry.code === undefined || entry.code < 200 || entry.code >= 300) continue;
    const response = deref(written, getAt(written, entry.path));
    for (const schema of responseSchemas(response, operation.version === '2.0').map((s) => deref(written, s))) {
      for (const key of ['oneOf', 'anyOf']) {
        const branches = own(schema, key);
        if (!Array.isArray(branches) || branches.length < 2) continue;
        const error = branches.map(branchName).find((name) => ERROR_NAME.test(name));
        if (error !== undefined) return `its ${entry.code} is \`${key}\` … \`${error}\``;
      }
    }
  }
  return undefined;
}

const sentByCallbacks = new WeakMap<DocumentModel, Set<string>>();

/** The `$ref`s of the request bodies of the document's callbacks (what the API sends to a subscriber), as written; read once per document. */
function callbackBodies(model: DocumentModel, written: unknown): Set<string> {
  const known = sentByCallbacks.get(model);
  if (known !== undefined) return known;
  const refs = new Set<string>();
  sentByCallbacks.set(model, refs);
  for (const op of model.operations) {
    if (op.where !== 'callback') continue;
    const content = own(deref(written, own(getAt(written, op.path), 'requestBody')), 'content');
    for (const type of keysOf(content)) {
      const ref = own(own(own(content, type), 'schema'), '$ref');
      if (typeof ref === 'string') refs.add(ref);
    }
  }
  return refs;
}

/**
 * Whether a path operation is the receiver of a callback: its request body
 * is the one a callback of the document sends (ETSI MEC 010-2's `POST
 * /user_defined_notification` takes the `AppPkgNotification` its
 * subscriptions' `notification` callback posts). The subscriber runs it, not
 * the API: the codes a callback is not asked for are not asked of it.
 */
function receivesCallback(model: DocumentModel, operation: Operation, written: unknown): string | undefined {
  if (operation.where !== 'path') return undefined;
  const content = own(deref(written, own(getAt(written, operation.path), 'requestBody')), 'content');
  if (keysOf(content).length === 0) return undefined;
  const sent = callbackBodies(model, written);
  for (const type of keysOf(content)) {
    const ref = own(own(own(content, type), 'schema'), '$ref');
    if (typeof ref === 'string' && sent.has(ref)) return ref.slice(ref.lastIndexOf('/') + 1);
  }
  return undefined;
}

/** Why a 2xx that answers failures, a CORS preflight, or a callback's receiver keeps `fix` from adding an error code, if one does. */
export function againstErrorCode(
  model: DocumentModel,
  operation: Operation,
  written: unknown,
  wanted: readonly number[],
): string | undefined {
  const received = receivesCallback(model, operation, written);
  if (received !== undefined)
    return `its request body ('${received.slice(0, 60)}') is what a callback of the document sends: it reads as the subscriber's endpoint, which the API does not serve; whether it answers a ${wanted.join(' or ')} is for a person`;
  if (
    operation.method === 'options' &&
    operation.responses.some(
      (r) => r.code !== undefined && r.code >= 200 && r.code < 300 && r.headerNames.has('access-control-allow-methods'),
    )
  )
    return `it is a CORS preflight (its 2xx declares Access-Control-Allow-Methods), which a gateway answers from its CORS settings without the resource: whether it answers a ${wanted.join(' or ')} is for a person`;
  const error = errorIn2xx(operation, written);
  return error === undefined
    ? undefined
    : `${error}: this API answers failures in a 2xx body; whether it also answers with a ${wanted.join(' or ')} is for a person`;
}

/** The operation's path parameter `name`. */
const pathParameter = (operation: Operation, name: string): Parameter | undefined =>
  operation.parameters.find((p) => p.in === 'path' && p.name === name);

/** Why a path parameter filters, if it does: its schema's `default` or `nullable`, or Swagger 2's on the parameter. */
function filters(operation: Operation, name: string): string | undefined {
  const parameter = pathParameter(operation, name);
  if (parameter === undefined) return undefined;
  const schema = deref(operation.root, own(parameter.node, 'schema'));
  const fallback = own(schema, 'default') ?? own(parameter.node, 'default');
  if (fallback !== undefined) return `has a default (${JSON.stringify(fallback).slice(0, 40)})`;
  if (own(schema, 'nullable') === true || own(parameter.node, 'x-nullable') === true) return 'is nullable';
  return undefined;
}

/** A path parameter that is free input rather than a key: a search query, coordinates, a phrase (TomTom's `{query}`, `{position}`). */
const FREE_INPUT_NAME =
  /^(q|query|search|term|text|keywords?|phrase|position|coordinates?|lat|lon|lng|latlon|latlng|location|address|geometry)$/i;
const FREE_INPUT_WORDS =
  /\b(query string|search (term|text|query|string)|comma[- ]separated|latitude|longitude|url[- ]encoded)\b/i;

/** Why a path parameter reads as free input, if it does. */
function freeInput(operation: Operation, name: string): string | undefined {
  if (FREE_INPUT_NAME.test(name)) return `{${name}} is free input`;
  const description = own(pathParameter(operation, name)?.node, 'description');
  const said = typeof description === 'string' ? FREE_INPUT_WORDS.exec(description.slice(0, 500)) : null;
  return said === null ? undefined : `{${name}} is free input ('${said[0]}')`;
}

/** A segment before a path's last parameter that says the request makes it (`/session/create/{name}`). */
const CREATE_SEGMENT = /^(create|new|register|add)$/i;
/** Words that say the operation creates (its summary, its description's first sentence, its operationId). */
const CREATES = /^\s*(creates?|registers?|adds?)\b|^(create|register|add)[A-Z_]|_create(_|$)/;

/**
 * What the document's 404 means, read once: where three or more operations
 * without path parameters declare one, a third or more of those that do, a
 * 404 there is not "the path names nothing" (Open Banking: an optional
 * endpoint not implemented). `fix` adds 404s only where there are
 * parameters, so a second run reads the same.
 */
export function notFoundMeaning(model: DocumentModel): string | undefined {
  // The document answers "Not Found" with another code (TomTom's 596, "Not Found: the HTTP request method … or path is incorrect").
  for (const operation of model.operations) {
    const other = operation.responses.find((r) => {
      const description = own(r.response, 'description');
      return r.key !== '404' && typeof description === 'string' && /^\s*not found\b/i.test(description);
    });
    if (other !== undefined)
      return `the document answers 'Not Found' with a ${other.key} ('${String(own(other.response, 'description')).replace(/\s+/g, ' ').slice(0, 60)}'): whether its API answers a 404 here is for a person`;
  }
  const declaring = model.operations.filter((op) => op.where === 'path' && op.responses.some((r) => r.code === 404));
  const bare = declaring.filter((op) => op.templateParams.length === 0);
  if (bare.length < 3 || bare.length * 3 < declaring.length) return undefined;
  return `${bare.length} of the ${declaring.length} operations of the document that declare a 404 have no path parameter (${bare
    .slice(0, 2)
    .map((op) => op.label)
    .join(
      ', ',
    )}): its 404 means more than a path that names nothing, so whether this operation answers one is for a person`;
}

/** Why a 404 is not to be added: no path parameter names something that could be missing, if so. */
export function against404(operation: Operation, meaning?: string): string | undefined {
  const params = operation.templateParams;
  if (params.length === 0) return undefined;
  if (meaning !== undefined) return meaning;
  const filtering = params.map((name) => [name, filters(operation, name)] as const);
  const free = params.map((name) => freeInput(operation, name));
  if (free.every((why) => why !== undefined))
    return `${free.join(', ')}: a search or lookup by value finds zero or more results, and names no resource that could be missing; whether a 404 fits is for a person`;
  if (filtering.every(([, why]) => why !== undefined))
    return `${filtering.map(([name, why]) => `{${name}} ${String(why)}`).join(', ')}: it filters rather than names a resource that could be missing; whether a 404 fits is for a person`;
  if (params.length !== 1) return undefined;
  const segments = operation.target.split('/').filter((s) => s.length > 0);
  const only = params[0] as string;
  if (segments[segments.length - 1] !== `{${only}}`) return undefined;
  const before = segments[segments.length - 2] ?? '';
  const summary = own(operation.node, 'summary');
  const description = own(operation.node, 'description');
  const id = own(operation.node, 'operationId');
  const words = [summary, typeof description === 'string' ? description.split(/[.!?\n]/)[0] : undefined, id].filter(
    (w): w is string => typeof w === 'string',
  );
  if (CREATE_SEGMENT.test(before) || words.some((w) => CREATES.test(w)))
    return `it reads as creating what {${only}} names${CREATE_SEGMENT.test(before) ? ` ('${before}' before it)` : ''}: nothing it names can be missing; whether a 404 fits is for a person`;
  return undefined;
}

/** A description that says the response answers a missing or bad credential ("Your API key is invalid, expired, or not supplied!"). */
const CREDENTIAL_FAILURE =
  /\b(api[ -]?key|access[ -]?key|token|credentials?)\b.{0,40}\b(invalid|missing|expired|not (supplied|provided|valid)|incorrect|wrong)\b|\b(invalid|missing|expired|incorrect|wrong)\b.{0,20}\b(api[ -]?key|access[ -]?key|token|credentials?)\b/i;

/**
 * Why a 401 is not to be added: another response answers a missing or bad
 * credential (KumpeApps' 412, "Your API key is invalid, expired, or not
 * supplied!"), or a vendor extension marks the operation as
 * it marks an operation that needs no credentials, and fewer than half of
 * the operations that need credentials carry that mark, if so.
 */
export function against401(
  model: DocumentModel,
  operation: Operation,
  wanted: readonly number[] = [401],
): string | undefined {
  const credentials = operation.responses.find((r) => {
    const description = own(r.response, 'description');
    return r.code !== 401 && typeof description === 'string' && CREDENTIAL_FAILURE.test(description);
  });
  if (credentials !== undefined)
    return `its ${credentials.key} answers a missing or invalid credential ('${String(own(credentials.response, 'description')).replace(/\s+/g, ' ').slice(0, 80)}'): whether it also answers a ${wanted.join(' or ')} is for a person`;
  const paths = model.operations.filter((op) => op.where === 'path');
  for (const key of keysOf(operation.node)) {
    if (!key.startsWith('x-')) continue;
    const value = own(operation.node, key);
    if (typeof value !== 'string' && typeof value !== 'boolean') continue;
    const marked = (op: Operation): boolean => own(op.node, key) === value;
    const open = paths.find((op) => op !== operation && op.security === 'none' && marked(op));
    if (open === undefined) continue;
    const secured = paths.filter((op) => op.security === 'required');
    if (secured.filter(marked).length * 2 >= secured.length) continue;
    return `it is marked \`${key}: ${String(value)}\`, as ${open.label} is, which needs no credentials: whether to give it \`security: []\` or a 401 response is for a person`;
  }
  return undefined;
}

/** Whether the operation takes a request body (3.x `requestBody`, Swagger 2 a `body` or `formData` parameter). */
function takesBody(operation: Operation): boolean {
  return (
    own(operation.node, 'requestBody') !== undefined ||
    operation.parameters.some((p) => p.in === 'body' || p.in === 'formData')
  );
}

/**
 * Where a finding allows 400 or 422, the one the operations with the same
 * kind of input (a body, a read's parameters, another method's) declare more (FormAPI answers a bad query flag of a read
 * with 400, a rejected body with 422): undefined on a tie. `fix` adds the
 * code it prefers, so a second run prefers it too.
 */
export function inputErrorCode(model: DocumentModel, operation: Operation): 400 | 422 | undefined {
  /** The kind of input: a body, a read's parameters, another method's parameters. */
  const kind = (op: Operation): string =>
    takesBody(op) ? 'body' : op.method === 'get' || op.method === 'head' || op.method === 'query' ? 'read' : 'other';
  const mine = kind(operation);
  let bad = 0;
  let unprocessable = 0;
  for (const op of model.operations) {
    if (op.where !== 'path' || kind(op) !== mine) continue;
    if (op.responses.some((r) => r.code === 400)) bad++;
    if (op.responses.some((r) => r.code === 422)) unprocessable++;
  }
  return bad > unprocessable ? 400 : unprocessable > bad ? 422 : undefined;
}
