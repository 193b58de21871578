/**
 * The operation model shared by every rule: one walk of the document yields
 * every operation (paths, OpenAPI 3.1 webhooks, OpenAPI 3.x callbacks) with
 * what the rules need to judge its status codes. The walk runs once per
 * document and is cached, so each rule pays only for its own check.
 */
import { METHODS, Method } from '../data/matrix';
import { Dict, JsonPath, deref, getAt, isObject, keysOf, own } from './safe';
import { StatusKey, classifyStatusKey } from './status-keys';

export type OasVersion = '2.0' | '3.0' | '3.1';

export interface Parameter {
  readonly name: string;
  /** `name` lower-cased for headers; as written otherwise. */
  readonly key: string;
  readonly in: string;
}

export interface ResponseEntry {
  /** The key as written in the Responses Object. */
  readonly key: string;
  readonly status: StatusKey;
  /** Path of the key in the document (`[..., 'responses', '201']`). */
  readonly path: JsonPath;
  /** The dereferenced Response Object, or undefined when its `$ref` does not resolve. */
  readonly response: Dict | undefined;
}

export type ResponsesState = 'ok' | 'missing' | 'null' | 'not-an-object';

export type Security = 'none' | 'optional' | 'required';

export interface Operation {
  readonly method: Method;
  readonly where: 'path' | 'webhook' | 'callback';
  /** The path template, the webhook name, or the callback's URL expression. */
  readonly target: string;
  /** How messages name the operation: `GET /orders/{id}`. */
  readonly label: string;
  /** Path of the Operation Object in the document. */
  readonly path: JsonPath;
  /** Path of the Path Item Object. */
  readonly pathItemPath: JsonPath;
  readonly version: OasVersion;
  /** Path-item and operation parameters merged; the operation wins by `in` + name. */
  readonly parameters: readonly Parameter[];
  /** Lower-cased names of the header parameters. */
  readonly headerParams: ReadonlySet<string>;
  /** Names of the template parameters of the path, e.g. `id` in `/orders/{id}`. */
  readonly templateParams: readonly string[];
  readonly hasBody: boolean;
  readonly bodyMediaTypes: readonly string[];
  readonly security: Security;
  readonly responsesState: ResponsesState;
  /** Path of the Responses Object (it may not exist, see `responsesState`). */
  readonly responsesPath: JsonPath;
  readonly responses: readonly ResponseEntry[];
  /** The dereferenced Operation Object. */
  readonly node: Dict;
  /** The dereferenced Path Item Object that holds it. */
  readonly pathItem: Dict;
}

export interface PathItemEntry {
  /** The key under `paths`. */
  readonly key: string;
  readonly path: JsonPath;
  /** The dereferenced Path Item Object. */
  readonly item: Dict;
  /** Its operations, in method order. */
  readonly operations: readonly Operation[];
}

/** What the document's text may contain, so that rules skip work it cannot need. */
export interface Mentions {
  /** `x-http-status-ignore` appears: waivers may apply. */
  readonly waivers: boolean;
  /** `x-profiles` or a level3.rest URI appears: profiles may be declared. */
  readonly profiles: boolean;
}

export interface DocumentModel {
  readonly version: OasVersion | undefined;
  readonly mentions: Mentions;
  /** The dereferenced document root. */
  readonly root: Dict;
  readonly operations: readonly Operation[];
  /** The path items under `paths` (not webhooks or callbacks): the API's resources. */
  readonly pathItems: readonly PathItemEntry[];
}

const EVERYTHING: Mentions = { waivers: true, profiles: true };
const EMPTY: DocumentModel = { version: undefined, mentions: EVERYTHING, root: {}, operations: [], pathItems: [] };

/** What a document's text mentions; without the text, assume everything. */
export function mentionsOf(text: unknown): Mentions {
  if (typeof text !== 'string') return EVERYTHING;
  return { waivers: text.includes('x-http-status-ignore'), profiles: text.includes('x-profiles') || /level3\.rest/i.test(text) };
}
const cache = new WeakMap<object, DocumentModel>();
const MAX_CALLBACK_DEPTH = 8;

export function detectVersion(root: unknown): OasVersion | undefined {
  const swagger = own(root, 'swagger');
  if (swagger === '2.0' || swagger === 2) return '2.0';
  const openapi = own(root, 'openapi');
  if (typeof openapi !== 'string') return undefined;
  if (/^3\.0(\.|$)/.test(openapi)) return '3.0';
  if (/^3\.\d+(\.|$)/.test(openapi)) return '3.1';
  return undefined;
}

/**
 * The model of a resolved document, built once and cached by identity.
 * Never throws: a shape that is not what OpenAPI says is skipped.
 */
export function getModel(resolved: unknown, unresolved?: unknown, text?: unknown): DocumentModel {
  if (typeof resolved !== 'object' || resolved === null) return EMPTY;
  const hit = cache.get(resolved);
  if (hit !== undefined) return hit;
  let model: DocumentModel;
  try {
    model = buildModel(resolved as Dict, unresolved ?? resolved, mentionsOf(text));
  } catch {
    // Defence in depth: a document shape nobody anticipated must never abort
    // the user's whole Spectral run; the rules then see no operations.
    model = EMPTY;
  }
  cache.set(resolved, model);
  return model;
}

interface WalkContext {
  readonly root: Dict;
  /** The document as written, to tell a `$ref` the user wrote from an inline object. */
  readonly written: unknown;
  readonly version: OasVersion;
  readonly rootSecurity: unknown;
  readonly rootConsumes: unknown;
  readonly operations: Operation[];
  readonly pathItems: PathItemEntry[];
}

function buildModel(root: Dict, written: unknown, mentions: Mentions): DocumentModel {
  const version = detectVersion(root);
  if (version === undefined) return EMPTY;
  const ctx: WalkContext = {
    root,
    written,
    version,
    rootSecurity: own(root, 'security'),
    rootConsumes: own(root, 'consumes'),
    operations: [],
    pathItems: [],
  };
  const paths = own(root, 'paths');
  for (const key of keysOf(paths)) {
    if (key.startsWith('x-')) continue;
    walkPathItem(ctx, own(paths, key), ['paths', key], 'path', key, undefined, 0);
  }
  if (version !== '2.0') {
    const webhooks = own(root, 'webhooks');
    for (const key of keysOf(webhooks)) {
      if (key.startsWith('x-')) continue;
      walkPathItem(ctx, own(webhooks, key), ['webhooks', key], 'webhook', key, undefined, 0);
    }
    const callbacks = own(own(root, 'components'), 'callbacks');
    for (const name of keysOf(callbacks)) {
      if (name.startsWith('x-')) continue;
      walkCallback(ctx, own(callbacks, name), ['components', 'callbacks', name], name, undefined, 0);
    }
  }
  return { version, mentions, root, operations: ctx.operations, pathItems: ctx.pathItems };
}

function walkCallback(
  ctx: WalkContext,
  rawCallback: unknown,
  path: JsonPath,
  name: string,
  parent: string | undefined,
  depth: number,
): void {
  const callback = deref(ctx.root, rawCallback);
  for (const expression of keysOf(callback)) {
    if (expression.startsWith('x-')) continue;
    const origin = parent === undefined ? `callback '${name}'` : `callback '${name}' of ${parent}`;
    walkPathItem(ctx, own(callback, expression), [...path, expression], 'callback', expression, origin, depth);
  }
}

function walkPathItem(
  ctx: WalkContext,
  rawItem: unknown,
  itemPath: JsonPath,
  where: Operation['where'],
  target: string,
  origin: string | undefined,
  depth: number,
): void {
  const item = deref(ctx.root, rawItem);
  if (!isObject(item)) return;
  const first = ctx.operations.length;
  const shared = own(item, 'parameters');
  const templateParams = where === 'webhook' ? [] : templateNames(target);
  for (const method of METHODS) {
    const op = deref(ctx.root, own(item, method));
    if (!isObject(op)) continue;
    const opPath = [...itemPath, method];
    const upper = method.toUpperCase();
    const label =
      where === 'path'
        ? `${upper} ${target}`
        : where === 'webhook'
          ? `${upper} webhook '${target}'`
          : `${upper} ${target} (${origin ?? 'callback'})`;
    const parameters = mergeParameters(ctx.root, shared, own(op, 'parameters'));
    const body = requestBody(ctx, op, parameters);
    const responsesValue = own(op, 'responses');
    const responsesState: ResponsesState =
      responsesValue === undefined ? 'missing' : responsesValue === null ? 'null' : isObject(responsesValue) ? 'ok' : 'not-an-object';
    const responsesPath = [...opPath, 'responses'];
    ctx.operations.push({
      method,
      where,
      target,
      label,
      path: opPath,
      pathItemPath: itemPath,
      version: ctx.version,
      parameters,
      headerParams: new Set(parameters.filter((p) => p.in === 'header').map((p) => p.key)),
      templateParams,
      hasBody: body.present,
      bodyMediaTypes: body.mediaTypes,
      // The root `security` protects the API's own operations. Webhooks and
      // callbacks are requests the API sends to its consumers, so only their
      // own `security` says whether the receiver demands credentials.
      security: effectiveSecurity(own(op, 'security'), where === 'path' ? ctx.rootSecurity : undefined),
      responsesState,
      responsesPath,
      responses: responsesState === 'ok' ? readResponses(ctx, responsesValue, responsesPath) : [],
      node: op,
      pathItem: item,
    });
    if (ctx.version !== '2.0' && depth < MAX_CALLBACK_DEPTH) {
      const callbacks = own(op, 'callbacks');
      for (const name of keysOf(callbacks)) {
        if (name.startsWith('x-')) continue;
        const callbackPath = [...opPath, 'callbacks', name];
        // A callback written as a `$ref` to components/callbacks is judged
        // there, once, rather than again at every operation that uses it.
        const ref = own(getAt(ctx.written, callbackPath), '$ref');
        if (typeof ref === 'string' && ref.startsWith('#/components/callbacks/')) continue;
        walkCallback(ctx, own(callbacks, name), callbackPath, name, label, depth + 1);
      }
    }
  }
  if (where === 'path') {
    const operations = ctx.operations.slice(first).filter((o) => o.pathItem === item && o.where === 'path');
    ctx.pathItems.push({ key: target, path: itemPath, item, operations });
  }
}

/**
 * The first of `headers` that the operation takes as a header parameter
 * (names compare case-insensitively), or undefined.
 */
export function takesHeader(operation: Pick<Operation, 'headerParams'>, headers: readonly string[]): string | undefined {
  return headers.find((h) => operation.headerParams.has(h.toLowerCase()));
}

/** Template parameters of a path; callback runtime expressions (`{$request.body#/url}`) are not templates. */
export function templateNames(target: string): string[] {
  const names: string[] = [];
  const pattern = /\{([^{}]*)\}/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(target)) !== null) {
    const name = match[1] ?? '';
    if (name !== '' && !name.startsWith('$')) names.push(name);
  }
  return names;
}

function mergeParameters(root: Dict, shared: unknown, local: unknown): Parameter[] {
  const merged = new Map<string, Parameter>();
  for (const list of [shared, local]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const param = deref(root, raw);
      const name = own(param, 'name');
      const location = own(param, 'in');
      if (typeof name !== 'string' || typeof location !== 'string') continue;
      const key = location === 'header' ? name.toLowerCase() : name;
      merged.set(`${location}\u0000${key}`, { name, key, in: location });
    }
  }
  return [...merged.values()];
}

function requestBody(ctx: WalkContext, op: Dict, parameters: readonly Parameter[]): { present: boolean; mediaTypes: string[] } {
  if (ctx.version === '2.0') {
    const bodyParam = parameters.find((p) => p.in === 'body' || p.in === 'formData');
    if (bodyParam === undefined) return { present: false, mediaTypes: [] };
    const consumes = own(op, 'consumes') ?? ctx.rootConsumes;
    const mediaTypes = Array.isArray(consumes) ? consumes.filter((m): m is string => typeof m === 'string') : [];
    return { present: true, mediaTypes };
  }
  const raw = own(op, 'requestBody');
  if (raw === undefined || raw === null) return { present: false, mediaTypes: [] };
  const body = deref(ctx.root, raw);
  return { present: true, mediaTypes: keysOf(own(body, 'content')) };
}

/**
 * `none`: anonymous (no requirement, or `[]`); `optional`: an empty
 * requirement `{}` is among the alternatives; `required` otherwise.
 */
export function effectiveSecurity(operationSecurity: unknown, rootSecurity: unknown): Security {
  const security = Array.isArray(operationSecurity) ? operationSecurity : Array.isArray(rootSecurity) ? rootSecurity : [];
  if (security.length === 0) return 'none';
  if (security.some((req) => !isObject(req) || Object.keys(req).length === 0)) return 'optional';
  return 'required';
}

function readResponses(ctx: WalkContext, responses: unknown, responsesPath: JsonPath): ResponseEntry[] {
  const openapi3 = ctx.version !== '2.0';
  return keysOf(responses).map((key) => {
    const resolved = deref(ctx.root, own(responses, key));
    return {
      key,
      status: classifyStatusKey(key, openapi3),
      path: [...responsesPath, key],
      response: isObject(resolved) ? resolved : undefined,
    };
  });
}
