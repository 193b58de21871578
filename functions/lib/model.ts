/**
 * The operation model shared by every rule: one walk of the document yields
 * every operation (paths, OpenAPI 3.1 webhooks, OpenAPI 3.x callbacks) with
 * what the rules need to judge its status codes. The walk runs once per
 * document and is cached, so each rule pays only for its own check.
 */
import { METHODS, Method } from '../data/matrix';
import { statusEntry } from '../data/status-codes';
import { Dict, JsonPath, deref, getAt, isObject, isOwnKey, keyOrder, keysOf, learnKeyOrder, own } from './safe';
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
  /**
   * The status code the rules judge: a well-formed code that the IANA
   * registry lists and uses. Undefined for ranges, `default`, extensions
   * and the keys that \`http-status-code-format\` or
   * \`http-status-code-registered\` report, so that one problem makes one
   * finding.
   */
  readonly code: number | undefined;
  /** Path of the key in the document (`[..., 'responses', '201']`), built when asked for (findings only). */
  readonly path: JsonPath;
  /** Lower-cased names of the response's headers; `$ref`'d headers count by their key. */
  readonly headerNames: ReadonlySet<string>;
  /** The dereferenced Response Object, or undefined when its `$ref` does not resolve. */
  readonly response: Dict | undefined;
  /** The operation the response belongs to. */
  readonly operation: Operation;
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
  /** Lower-cased names of the header parameters (built when asked for; the rules use `takesHeader`). */
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
const ANY_MENTION = /x-http-status-ignore|x-profiles|level3\.rest/i;
const NOTHING: Mentions = { waivers: false, profiles: false };

export function mentionsOf(text: unknown): Mentions {
  if (typeof text !== 'string') return EVERYTHING;
  // One pass answers the usual case (none of them); the exact tests follow only if needed.
  if (!ANY_MENTION.test(text)) return NOTHING;
  return { waivers: text.includes('x-http-status-ignore'), profiles: text.includes('x-profiles') || /level3\.rest/i.test(text) };
}
const cache = new WeakMap<object, DocumentModel>();
const NO_HEADERS: ReadonlySet<string> = new Set<string>();
const NO_MEDIA_TYPES: readonly string[] = [];
const NO_RESPONSES: readonly ResponseEntry[] = [];
const NO_OPERATIONS: readonly Operation[] = [];
const NO_TEMPLATE_PARAMS: readonly string[] = [];
const NO_SECURITY: readonly unknown[] = [];

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
    learnKeyOrder(resolved);
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
  /** What the root `security` demands: the API's own operations that have no `security` of their own. */
  readonly rootSecurity: Security;
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
    rootSecurity: effectiveSecurity(own(root, 'security'), undefined),
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

/** Bit of each method in a path item's method set (`get` 1, `put` 2, ...). */
const METHOD_BITS = new Map<string, number>(METHODS.map((method, i) => [method, 1 << i]));

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
  // One read of the item's keys says which methods it has: probing the eight
  // method names would be eight reads, each a cache miss on a large document.
  let methods = 0;
  let hasShared = false;
  const itemKeys = keyOrder(item);
  for (let i = 0; i < itemKeys.length; i++) {
    const key = itemKeys[i];
    if (typeof key !== 'string') continue;
    const bit = METHOD_BITS.get(key);
    if (bit !== undefined) methods |= bit;
    else if (key === 'parameters') hasShared = true;
  }
  let itemOperations: Operation[] | undefined;
  if (methods !== 0) {
    const site: Site = {
      where,
      target,
      origin,
      pathItemPath: itemPath,
      templateParams: where === 'webhook' ? NO_TEMPLATE_PARAMS : templateNames(target),
      pathItem: item,
      root: ctx.root,
      version: ctx.version,
    };
    const shared = hasShared ? (item as Record<string, unknown>)['parameters'] : undefined;
    const sharedParameters = hasShared ? mergeParameters(ctx.root, shared, undefined) : NO_PARAMETERS;
    for (let m = 0; m < METHODS.length; m++) {
      if ((methods & (1 << m)) === 0) continue;
      const method = METHODS[m] as Method;
      const operation = walkOperation(ctx, site, method, (item as Record<string, unknown>)[method], shared, sharedParameters, depth);
      if (operation !== undefined && where === 'path') (itemOperations ??= []).push(operation);
    }
  }
  if (where === 'path') ctx.pathItems.push({ key: target, path: itemPath, item, operations: itemOperations ?? NO_OPERATIONS });
}
/**
 * Reads one operation into the model (undefined when it is no object). Only
 * the keys the operation has are read: on a large document each read of an
 * absent key (`security`, `callbacks`, `$ref`...) is a cache miss too.
 */
function walkOperation(
  ctx: WalkContext,
  site: Site,
  method: Method,
  value: unknown,
  shared: unknown,
  sharedParameters: readonly Parameter[],
  depth: number,
): OperationRecord | undefined {
  if (!isObject(value)) return undefined;
  let op: Dict = value;
  // Only names no object inherits are looked for, so the raw key order will do.
  let keys = keyOrder(op);
  if (keys.includes('$ref')) {
    const target = deref(ctx.root, op);
    if (!isObject(target)) return undefined;
    op = target;
    keys = keyOrder(op);
  }
  let local: unknown;
  let rawBody: unknown;
  let responsesValue: unknown;
  let security: unknown;
  let consumes: unknown;
  let callbacks: unknown;
  for (let i = 0; i < keys.length; i++) {
    switch (keys[i]) {
      case 'parameters':
        local = op['parameters'];
        break;
      case 'requestBody':
        rawBody = op['requestBody'];
        break;
      case 'responses':
        responsesValue = op['responses'];
        break;
      case 'security':
        security = op['security'];
        break;
      case 'consumes':
        consumes = op['consumes'];
        break;
      case 'callbacks':
        callbacks = op['callbacks'];
        break;
    }
  }
  // Operations without parameters of their own share the path item's list.
  const parameters = isEmptyList(local) ? sharedParameters : mergeParameters(ctx.root, shared, local);
  let hasBody = false;
  let bodySource: unknown;
  if (ctx.version === '2.0') {
    if (parameters.some(isBodyParameter)) {
      hasBody = true;
      bodySource = consumes ?? ctx.rootConsumes;
    }
  } else if (rawBody !== undefined && rawBody !== null) {
    hasBody = true;
    bodySource = deref(ctx.root, rawBody);
  }
  const responsesState: ResponsesState =
    responsesValue === undefined ? 'missing' : responsesValue === null ? 'null' : isObject(responsesValue) ? 'ok' : 'not-an-object';
  const operation = new OperationRecord(
    method,
    site,
    parameters,
    hasBody,
    bodySource,
    // The root `security` protects the API's own operations. Webhooks and
    // callbacks are requests the API sends to its consumers, so only their
    // own `security` says whether the receiver demands credentials.
    // (The root's answer is worked out once per document, not per operation.)
    Array.isArray(security) ? effectiveSecurity(security, undefined) : site.where === 'path' ? ctx.rootSecurity : 'none',
    responsesState,
    op,
    responsesState === 'ok' ? (responsesValue as Dict) : undefined,
  );
  operation.responses = readResponses(operation);
  ctx.operations.push(operation);
  if (callbacks !== undefined && ctx.version !== '2.0' && depth < MAX_CALLBACK_DEPTH) walkCallbacks(ctx, operation, callbacks, depth);
  return operation;
}

const isBodyParameter = (p: Parameter): boolean => p.in === 'body' || p.in === 'formData';

/** Walks the callbacks an operation defines inline (OpenAPI 3.x). */
function walkCallbacks(ctx: WalkContext, operation: OperationRecord, callbacks: unknown, depth: number): void {
  for (const name of keysOf(callbacks)) {
    if (name.startsWith('x-')) continue;
    const callbackPath = [...operation.path, 'callbacks', name];
    // A callback written as a `$ref` to components/callbacks is judged
    // there, once, rather than again at every operation that uses it.
    const ref = own(getAt(ctx.written, callbackPath), '$ref');
    if (typeof ref === 'string' && ref.startsWith('#/components/callbacks/')) continue;
    walkCallback(ctx, own(callbacks, name), callbackPath, name, operation.label, depth + 1);
  }
}

const codeIndexes = new WeakMap<DocumentModel, Map<number, ResponseEntry[]>>();

/**
 * The responses of the document with the judgeable code `code`, in the
 * order of the walk. Rules about a few codes (a header that 201 or 429
 * needs) read these instead of every response of every operation: on a
 * large document each response visited is a cache miss, whatever the rule
 * then does with it. Built once per document, when a rule first asks.
 */
export function responsesWithCode(model: DocumentModel, code: number): readonly ResponseEntry[] {
  let index = codeIndexes.get(model);
  if (index === undefined) {
    index = new Map<number, ResponseEntry[]>();
    const operations = model.operations;
    for (let o = 0; o < operations.length; o++) {
      const responses = (operations[o] as Operation).responses;
      for (let i = 0; i < responses.length; i++) {
        const entry = responses[i] as ResponseEntry;
        if (entry.code === undefined) continue;
        const list = index.get(entry.code);
        if (list === undefined) index.set(entry.code, [entry]);
        else list.push(entry);
      }
    }
    codeIndexes.set(model, index);
  }
  return index.get(code) ?? NO_RESPONSES;
}

/**
 * The first of `headers` that the operation takes as a header parameter
 * (names compare case-insensitively), or undefined.
 */
export function takesHeader(operation: Pick<Operation, 'parameters'>, headers: readonly string[]): string | undefined {
  // Parameter lists are short: a scan costs less than a set per operation.
  const parameters = operation.parameters;
  if (parameters.length === 0) return undefined;
  for (let i = 0; i < headers.length; i++) {
    const header = headers[i] as string;
    const lower = lowerCase(header);
    for (let j = 0; j < parameters.length; j++) {
      const parameter = parameters[j] as Parameter;
      if (parameter.key === lower && parameter.in === 'header') return header;
    }
  }
  return undefined;
}

const lowered = new Map<string, string>();

/** `name.toLowerCase()`, remembered for the few header names the rules ask about. */
function lowerCase(name: string): string {
  let lower = lowered.get(name);
  if (lower === undefined) {
    lower = name.toLowerCase();
    if (lowered.size < 1024) lowered.set(name, lower);
  }
  return lower;
}

/**
 * Template parameters of a path: the text of each `{...}` that holds no
 * brace (`/\{([^{}]*)\}/g`, without the regex's match arrays); callback
 * runtime expressions (`{$request.body#/url}`) are not templates.
 */
export function templateNames(target: string): readonly string[] {
  let names: string[] | undefined;
  let from = 0;
  for (;;) {
    const close = target.indexOf('}', from);
    if (close < 0) break;
    // The nearest `{` before the first `}` from here: nothing between them is a brace.
    const open = target.lastIndexOf('{', close);
    if (open >= from) {
      const name = target.slice(open + 1, close);
      if (name !== '' && !name.startsWith('$')) (names ??= []).push(name);
    }
    from = close + 1;
  }
  return names ?? NO_TEMPLATE_PARAMS;
}

const NO_PARAMETERS: readonly Parameter[] = [];
const isEmptyList = (list: unknown): boolean => !Array.isArray(list) || list.length === 0;

function mergeParameters(root: Dict, shared: unknown, local: unknown): readonly Parameter[] {
  if (isEmptyList(shared) && isEmptyList(local)) return NO_PARAMETERS;
  const merged: Parameter[] = [];
  // Lists are short: a linear search finds the parameter an operation
  // overrides without allocating. Long (hostile) lists get an index.
  const size = (Array.isArray(shared) ? shared.length : 0) + (Array.isArray(local) ? local.length : 0);
  const index = size > 32 ? new Map<string, number>() : undefined;
  addParameters(root, shared, merged, index);
  addParameters(root, local, merged, index);
  return merged;
}

/** Adds a parameter list to `merged`; a parameter with the same `in` and name replaces the earlier one in place. */
function addParameters(root: Dict, list: unknown, merged: Parameter[], index: Map<string, number> | undefined): void {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) {
    const param = deref(root, list[i]);
    const name = own(param, 'name');
    const location = own(param, 'in');
    if (typeof name !== 'string' || typeof location !== 'string') continue;
    const key = location === 'header' ? name.toLowerCase() : name;
    let at = -1;
    if (index !== undefined) {
      const id = `${location}\u0000${key}`;
      at = index.get(id) ?? -1;
      if (at < 0) index.set(id, merged.length);
    } else {
      for (let j = 0; j < merged.length; j++) {
        const other = merged[j] as Parameter;
        if (other.key === key && other.in === location) {
          at = j;
          break;
        }
      }
    }
    const parameter: Parameter = { name, key, in: location };
    if (at >= 0) merged[at] = parameter;
    else merged.push(parameter);
  }
}

/**
 * The media types of a request body (Swagger 2: `consumes`, OpenAPI 3: the
 * keys of the dereferenced Request Body Object's `content`).
 */
function mediaTypesOf(source: unknown, version: OasVersion): readonly string[] {
  if (version === '2.0') return Array.isArray(source) ? source.filter((m): m is string => typeof m === 'string') : NO_MEDIA_TYPES;
  return keysOf(own(source, 'content'));
}

const isAnonymous = (requirement: unknown): boolean => !isObject(requirement) || keysOf(requirement).length === 0;

/**
 * `none`: anonymous (no requirement, or `[]`); `optional`: an empty
 * requirement `{}` is among the alternatives; `required` otherwise.
 */
export function effectiveSecurity(operationSecurity: unknown, rootSecurity: unknown): Security {
  const security = Array.isArray(operationSecurity) ? operationSecurity : Array.isArray(rootSecurity) ? rootSecurity : NO_SECURITY;
  if (security.length === 0) return 'none';
  if (security.some(isAnonymous)) return 'optional';
  return 'required';
}

function readResponses(operation: OperationRecord): readonly ResponseEntry[] {
  const responses = operation.responsesValue;
  if (responses === undefined) return NO_RESPONSES;
  const openapi3 = operation.version !== '2.0';
  const keys = keyOrder(responses);
  const out: ResponseEntry[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (isOwnKey(responses, key)) out.push(new ResponseRecord(key, classifyStatusKey(key, openapi3), operation));
  }
  return out.length === 0 ? NO_RESPONSES : out;
}

/*
 * The records below hold what the walk read, and build on demand what only
 * findings need (paths, labels) or what only some rules need (header names,
 * judgeable codes). With 50,000 operations every array not allocated per
 * operation is garbage Spectral's multi-gigabyte heap does not have to
 * collect (see bench/RESULTS.md).
 */

const UPPER: Readonly<Record<Method, string>> = Object.fromEntries(METHODS.map((m) => [m, m.toUpperCase()])) as Record<Method, string>;

/** The upper-case name of a method, without allocating (`GET`). */
export function upperMethod(method: Method): string {
  return UPPER[method];
}

/** The code of a status key that the rules may judge (see `ResponseEntry.code`). */
export function judgeableCode(status: StatusKey): number | undefined {
  if (status.kind !== 'code') return undefined;
  const registered = statusEntry(status.code);
  if (registered === undefined || registered.state === 'unused' || registered.state === 'obsolete') return undefined;
  return status.code;
}

const NOT_READ = Symbol('not read');

class ResponseRecord implements ResponseEntry {
  /** Read once: a dozen rules ask each response for it. */
  readonly code: number | undefined;
  private value: Dict | undefined | typeof NOT_READ = NOT_READ;
  private headerNamesValue: ReadonlySet<string> | undefined = undefined;

  constructor(
    readonly key: string,
    readonly status: StatusKey,
    readonly operation: OperationRecord,
  ) {
    this.code = judgeableCode(status);
  }

  /**
   * Read when a rule asks: most rules judge the key alone, and on a large
   * document every response object not touched is a cache miss saved.
   */
  get response(): Dict | undefined {
    if (this.value === NOT_READ) {
      const resolved = deref(this.operation.root, own(this.operation.responsesValue, this.key));
      this.value = isObject(resolved) ? resolved : undefined;
    }
    return this.value;
  }

  /** Computed when a rule first asks (the header rules, for a few codes). */
  get headerNames(): ReadonlySet<string> {
    if (this.headerNamesValue === undefined) {
      const keys = keysOf(own(this.response, 'headers'));
      let names: Set<string> | undefined;
      for (let i = 0; i < keys.length; i++) (names ??= new Set<string>()).add((keys[i] as string).toLowerCase());
      this.headerNamesValue = names ?? NO_HEADERS;
    }
    return this.headerNamesValue;
  }

  get path(): JsonPath {
    return [...this.operation.responsesPath, this.key];
  }
}

/** What the operations of one path item share: one object per path item, not per operation. */
interface Site {
  readonly where: Operation['where'];
  readonly target: string;
  /** For callbacks: what the callback belongs to (`callback 'onEvent' of POST /subscriptions`). */
  readonly origin: string | undefined;
  readonly pathItemPath: JsonPath;
  readonly templateParams: readonly string[];
  readonly pathItem: Dict;
  /** The dereferenced document root, to read responses on demand. */
  readonly root: Dict;
  readonly version: OasVersion;
}

/** What only findings or a few rules need, built when first asked for. */
interface Derived {
  label?: string;
  path?: JsonPath;
  responsesPath?: JsonPath;
  mediaTypes?: readonly string[];
  headerParams?: ReadonlySet<string>;
}

class OperationRecord implements Operation {
  responses: readonly ResponseEntry[] = NO_RESPONSES;
  private derived: Derived | undefined = undefined;

  constructor(
    readonly method: Method,
    private readonly site: Site,
    readonly parameters: readonly Parameter[],
    readonly hasBody: boolean,
    /** Swagger 2: the `consumes` list; OpenAPI 3: the dereferenced Request Body Object. */
    private readonly bodySource: unknown,
    readonly security: Security,
    readonly responsesState: ResponsesState,
    readonly node: Dict,
    /** The Responses Object when it is one (`responsesState === 'ok'`). */
    readonly responsesValue: Dict | undefined,
  ) {}

  get where(): Operation['where'] {
    return this.site.where;
  }

  get target(): string {
    return this.site.target;
  }

  get pathItemPath(): JsonPath {
    return this.site.pathItemPath;
  }

  get templateParams(): readonly string[] {
    return this.site.templateParams;
  }

  get pathItem(): Dict {
    return this.site.pathItem;
  }

  get root(): Dict {
    return this.site.root;
  }

  get version(): OasVersion {
    return this.site.version;
  }

  get label(): string {
    const derived = (this.derived ??= {});
    if (derived.label === undefined) {
      const { where, target, origin } = this.site;
      const upper = UPPER[this.method];
      derived.label =
        where === 'path' ? `${upper} ${target}` : where === 'webhook' ? `${upper} webhook '${target}'` : `${upper} ${target} (${origin ?? 'callback'})`;
    }
    return derived.label;
  }

  get bodyMediaTypes(): readonly string[] {
    if (!this.hasBody) return NO_MEDIA_TYPES;
    const derived = (this.derived ??= {});
    return (derived.mediaTypes ??= mediaTypesOf(this.bodySource, this.site.version));
  }

  get headerParams(): ReadonlySet<string> {
    const derived = (this.derived ??= {});
    if (derived.headerParams === undefined) {
      let headers: Set<string> | undefined;
      for (const parameter of this.parameters) if (parameter.in === 'header') (headers ??= new Set<string>()).add(parameter.key);
      derived.headerParams = headers ?? NO_HEADERS;
    }
    return derived.headerParams;
  }

  get path(): JsonPath {
    const derived = (this.derived ??= {});
    return (derived.path ??= [...this.site.pathItemPath, this.method]);
  }

  get responsesPath(): JsonPath {
    const derived = (this.derived ??= {});
    return (derived.responsesPath ??= [...this.path, 'responses']);
  }
}
