/**
 * One walk of the document yields every operation (paths, OpenAPI 3.1
 * webhooks, OpenAPI 3.x callbacks) with what the rules need to judge its
 * status codes. The walk runs once per document and is cached, so each rule
 * pays only for its own check.
 */
import { ADDITIONAL_OPERATIONS, METHODS, Method, OAS32_METHODS, upperMethod } from '../../data/methods';
import { Dict, JsonPath, deref, getAt, isObject, isOwnKey, keyOrder, keysOf, learnKeyOrder, own } from '../safe';
import { classifyStatusKey } from '../status-keys';
import { effectiveSecurity, templateNames } from './queries';
import { OperationRecord, ResponseRecord, Site } from './records';
import {
  DocumentModel,
  Mentions,
  OasVersion,
  Operation,
  Parameter,
  PathItemEntry,
  ResponseEntry,
  ResponsesState,
  Security,
} from './types';
import { scanMentions } from '../text-scan';
import { quote } from '../quote';

const EVERYTHING: Mentions = { waivers: true, profiles: true };
const NOTHING: Mentions = { waivers: false, profiles: false };
const EMPTY: DocumentModel = { version: undefined, mentions: EVERYTHING, root: {}, operations: [], pathItems: [] };
const NO_RESPONSES: readonly ResponseEntry[] = [];
const NO_OPERATIONS: readonly Operation[] = [];
const NO_TEMPLATE_PARAMS: readonly string[] = [];
const NO_PARAMETERS: readonly Parameter[] = [];
const NO_SECTIONS: readonly string[] = [];
const MAX_CALLBACK_DEPTH = 8;
const WEBHOOK_SECTIONS = ['webhooks', 'x-webhooks'];
const NO_REQUIREMENTS: readonly unknown[] = [];
const listOrNone = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : NO_REQUIREMENTS);

/** What a document's text mentions; without the text, assume everything. */
function mentionsOf(text: unknown): Mentions {
  if (typeof text !== 'string') return EVERYTHING;
  const found = scanMentions(text);
  return found.waivers || found.profiles ? found : NOTHING;
}

export function detectVersion(root: unknown): OasVersion | undefined {
  const swagger = own(root, 'swagger');
  if (swagger === '2.0' || swagger === 2) return '2.0';
  const openapi = own(root, 'openapi');
  if (typeof openapi !== 'string') return undefined;
  if (/^3\.0(\.|$)/.test(openapi)) return '3.0';
  if (/^3\.1(\.|$)/.test(openapi)) return '3.1';
  // 3.2 and any later 3.x: read as 3.2, the newest this package knows.
  if (/^3\.\d+(\.|$)/.test(openapi)) return '3.2';
  return undefined;
}

declare const __PACKAGE_VERSION__: string | undefined;

/**
 * The models, by the identity of the resolved document, shared by this
 * package's bundles of one version: `spectral-http-status lint`
 * (dist/bin.cjs) keys the findings of the ruleset a `.spectral.yaml` loads
 * (dist/index.cjs), and one model serves both (building it twice cost about
 * 20 ms, and its memory, on GitHub's description). Without a version (tests
 * on the sources) the cache is this module's own.
 */
function sharedCache(): WeakMap<object, DocumentModel> {
  if (typeof __PACKAGE_VERSION__ !== 'string') return new WeakMap();
  const key = Symbol.for(`spectral-http-status.models@${__PACKAGE_VERSION__}`);
  const store = globalThis as Record<symbol, unknown>;
  const existing = store[key];
  if (existing instanceof WeakMap) return existing as WeakMap<object, DocumentModel>;
  const made = new WeakMap<object, DocumentModel>();
  store[key] = made;
  return made;
}

const cache = sharedCache();

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
  readonly rootRequirements: readonly unknown[];
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
    rootRequirements: listOrNone(own(root, 'security')),
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
    // `x-webhooks` is the extension OpenAPI 3.0 descriptions use for what 3.1 calls `webhooks`.
    for (const section of WEBHOOK_SECTIONS) {
      const webhooks = own(root, section);
      for (const key of keysOf(webhooks)) {
        if (key.startsWith('x-')) continue;
        walkPathItem(ctx, own(webhooks, key), [section, key], 'webhook', key, undefined, 0);
      }
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
  parent: Operation | undefined,
  depth: number,
): void {
  const callback = deref(ctx.root, rawCallback);
  for (const expression of keysOf(callback)) {
    if (expression.startsWith('x-')) continue;
    // The parent's label is quoted already; the callback's name is document text.
    const origin = parent === undefined ? `callback '${quote(name)}'` : `callback '${quote(name)}' of ${parent.label}`;
    const scope = `callback ${name} ${expression}${parent === undefined ? '' : ` of ${parent.identity}`}`;
    walkPathItem(ctx, own(callback, expression), [...path, expression], 'callback', expression, origin, depth, scope);
  }
}

/** Bit of each method in a path item's method set (`get` 1, `put` 2, ...). */
const METHOD_BITS = new Map<string, number>(METHODS.map((method, i) => [method, 1 << i]));
/** The bits of the fields that are methods only in OpenAPI 3.2 (`query`). */
const OAS32_BITS = OAS32_METHODS.reduce((bits, method) => bits | (METHOD_BITS.get(method) ?? 0), 0);
/** The method a wire name stands for when it is a Path Item field's name in upper case (`QUERY` in 3.1's `x-oai-additionalOperations`). */
const BY_WIRE_NAME = new Map<string, Method>(METHODS.map((method) => [upperMethod(method), method]));
const ADDITIONAL_SET: ReadonlySet<string> = new Set<string>(ADDITIONAL_OPERATIONS);
/** Each field's place in its Path Item (`['get']`), one array per method, not per operation. */
const FIELD_PATHS = new Map<Method, readonly string[]>(METHODS.map((method) => [method, [method]]));
/** Where a version lists the methods without a field: 3.2's `additionalOperations`, the extension before it, nothing in Swagger 2.0. */
const additionalField = (version: OasVersion): string | undefined =>
  version === '3.2' ? ADDITIONAL_OPERATIONS[0] : version === '2.0' ? undefined : ADDITIONAL_OPERATIONS[1];

function walkPathItem(
  ctx: WalkContext,
  rawItem: unknown,
  itemPath: JsonPath,
  where: Operation['where'],
  target: string,
  origin: string | undefined,
  depth: number,
  scope: string = where === 'webhook' ? `webhook ${target}` : target,
): void {
  const item = deref(ctx.root, rawItem);
  if (!isObject(item)) return;
  // One read of the item's keys says which methods it has: probing the eight
  // method names would be eight reads, each a cache miss on a large document.
  let methods = 0;
  let hasShared = false;
  let additional: string[] | undefined;
  const itemKeys = keyOrder(item);
  for (let i = 0; i < itemKeys.length; i++) {
    const key = itemKeys[i];
    if (typeof key !== 'string') continue;
    const bit = METHOD_BITS.get(key);
    if (bit !== undefined) methods |= bit;
    else if (key === 'parameters') hasShared = true;
    else if (ADDITIONAL_SET.has(key) && additionalField(ctx.version) === key) (additional ??= []).push(key);
  }
  // `query` is a method only from OpenAPI 3.2 on; before, it is no field.
  if (ctx.version !== '3.2') methods &= ~OAS32_BITS;
  let itemOperations: Operation[] | undefined;
  if (methods !== 0 || additional !== undefined) {
    const site: Site = {
      where,
      target,
      origin,
      scope,
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
      const operation = walkOperation(
        ctx,
        site,
        method,
        upperMethod(method),
        FIELD_PATHS.get(method) ?? [method],
        (item as Record<string, unknown>)[method],
        shared,
        sharedParameters,
        depth,
      );
      if (operation !== undefined && where === 'path') (itemOperations ??= []).push(operation);
    }
    // The methods without a field of their own, keyed by the method as sent
    // (`LINK`, `PURGE`): judged as the method a key names in upper case
    // (`QUERY` in 3.1's extension), else by the rules that do not depend on
    // the method.
    for (const section of additional ?? NO_SECTIONS) {
      const entries = deref(ctx.root, (item as Record<string, unknown>)[section]);
      for (const name of keysOf(entries)) {
        if (name.startsWith('x-') || name.length === 0) continue;
        const operation = walkOperation(
          ctx,
          site,
          BY_WIRE_NAME.get(name),
          name,
          [section, name],
          own(entries, name),
          shared,
          sharedParameters,
          depth,
        );
        if (operation !== undefined && where === 'path') (itemOperations ??= []).push(operation);
      }
    }
  }
  if (where === 'path')
    ctx.pathItems.push({ key: target, path: itemPath, item, operations: itemOperations ?? NO_OPERATIONS });
}

/**
 * Reads one operation into the model (undefined when it is no object). Only
 * the keys the operation has are read: on a large document each read of an
 * absent key (`security`, `callbacks`, `$ref`...) is a cache miss too.
 */
function walkOperation(
  ctx: WalkContext,
  site: Site,
  method: Method | undefined,
  methodName: string,
  methodPath: readonly string[],
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
    responsesValue === undefined
      ? 'missing'
      : responsesValue === null
        ? 'null'
        : isObject(responsesValue)
          ? 'ok'
          : 'not-an-object';
  const operation = new OperationRecord(
    method,
    methodName,
    methodPath,
    site,
    parameters,
    hasBody,
    bodySource,
    // The root `security` protects the API's own operations. Webhooks and
    // callbacks are requests the API sends to its consumers, so only their
    // own `security` says whether the receiver demands credentials.
    // (The root's answer is worked out once per document, not per operation.)
    Array.isArray(security)
      ? effectiveSecurity(security, undefined)
      : site.where === 'path'
        ? ctx.rootSecurity
        : 'none',
    Array.isArray(security) ? security : site.where === 'path' ? ctx.rootRequirements : NO_REQUIREMENTS,
    responsesState,
    op,
    responsesState === 'ok' ? (responsesValue as Dict) : undefined,
  );
  operation.responses = readResponses(operation);
  ctx.operations.push(operation);
  if (callbacks !== undefined && ctx.version !== '2.0' && depth < MAX_CALLBACK_DEPTH)
    walkCallbacks(ctx, operation, callbacks, depth);
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
    walkCallback(ctx, own(callbacks, name), callbackPath, name, operation, depth + 1);
  }
}

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
    const node = param as Dict;
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
    const parameter: Parameter = { name, key, in: location, node };
    if (at >= 0) merged[at] = parameter;
    else merged.push(parameter);
  }
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
