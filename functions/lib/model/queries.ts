/** Questions the rules ask of the model: pure functions over its records. */
import { statusEntry } from '../../data/status-codes';
import { Dict, deref, isObject, keysOf, own } from '../safe';
import { StatusKey } from '../status-keys';
import { quote } from '../quote';
import { DocumentModel, OasVersion, Operation, Parameter, ResponseEntry, Security } from './types';

const NO_RESPONSES: readonly ResponseEntry[] = [];
const NO_MEDIA_TYPES: readonly string[] = [];
const NO_NAMES: readonly string[] = [];
const NO_SECURITY: readonly unknown[] = [];

/** The code of a status key that the rules may judge (see `ResponseEntry.code`). */
export function judgeableCode(status: StatusKey): number | undefined {
  if (status.kind !== 'code') return undefined;
  const registered = statusEntry(status.code);
  if (registered === undefined || registered.state === 'unused' || registered.state === 'obsolete') return undefined;
  return status.code;
}

/** Whether any response of the operation passes `test` (a module-level predicate: nothing is allocated per call). */
export function someResponse(operation: Operation, test: (entry: ResponseEntry) => boolean): boolean {
  const responses = operation.responses;
  for (let i = 0; i < responses.length; i++) if (test(responses[i] as ResponseEntry)) return true;
  return false;
}

/** Whether the operation lists this exact code (a range or `default` does not count). */
export function declaresCode(operation: Operation, code: number): boolean {
  const responses = operation.responses;
  for (let i = 0; i < responses.length; i++) {
    const status = (responses[i] as ResponseEntry).status;
    if (status.kind === 'code' && status.code === code) return true;
  }
  return false;
}

/** The range keys and `default` that would cover a missing code, for messages. */
export function coveringKeys(operation: Operation, code: number): string[] {
  const cls = Math.floor(code / 100);
  return operation.responses
    .filter((entry) => entry.status.kind === 'default' || (entry.status.kind === 'range' && entry.status.cls === cls))
    .map((entry) => entry.key);
}

/** Whether a response declares a body: OpenAPI 3 `content` with a media type, Swagger 2 `schema`. */
export function bodyKey(response: Dict, version: OasVersion): 'content' | 'schema' | undefined {
  if (version === '2.0') {
    const schema = own(response, 'schema');
    return schema === undefined || schema === null ? undefined : 'schema';
  }
  return keysOf(own(response, 'content')).length > 0 ? 'content' : undefined;
}

/**
 * The media types of a request body (Swagger 2: `consumes`, OpenAPI 3: the
 * keys of the dereferenced Request Body Object's `content`).
 */
export function mediaTypesOf(source: unknown, version: OasVersion): readonly string[] {
  if (version === '2.0')
    return Array.isArray(source) ? source.filter((m): m is string => typeof m === 'string') : NO_MEDIA_TYPES;
  return keysOf(own(source, 'content'));
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
  // One pass over the characters, remembering the last `{` since the last
  // `}`: linear in the key, whatever its braces (a search back from each
  // `}` was quadratic on `/{` followed by many `}`).
  let names: string[] | undefined;
  let open = -1;
  for (let i = 0; i < target.length; i++) {
    const char = target.charCodeAt(i);
    if (char === 123 /* { */) open = i;
    else if (char === 125 /* } */ && open >= 0) {
      const name = target.slice(open + 1, i);
      if (name !== '' && !name.startsWith('$')) (names ??= []).push(name);
      open = -1;
    }
  }
  return names ?? NO_NAMES;
}

const isAnonymous = (requirement: unknown): boolean => !isObject(requirement) || keysOf(requirement).length === 0;

/**
 * `none`: anonymous (no requirement, or `[]`); `optional`: an empty
 * requirement `{}` is among the alternatives; `required` otherwise.
 */
export function effectiveSecurity(operationSecurity: unknown, rootSecurity: unknown): Security {
  const security = Array.isArray(operationSecurity)
    ? operationSecurity
    : Array.isArray(rootSecurity)
      ? rootSecurity
      : NO_SECURITY;
  if (security.length === 0) return 'none';
  if (security.some(isAnonymous)) return 'optional';
  return 'required';
}

/** Schema keywords that limit which values a parameter accepts. */
const CONSTRAINTS = [
  'enum',
  'const',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'allOf',
  'oneOf',
  'anyOf',
];

/** Whether a schema limits its values: a constraint keyword, or a type other than string. */
function limits(root: Dict, schema: unknown): boolean {
  const resolved = deref(root, schema);
  if (!isObject(resolved)) return false;
  for (const keyword of CONSTRAINTS) if (own(resolved, keyword) !== undefined) return true;
  const type = own(resolved, 'type');
  if (typeof type === 'string') return type !== 'string';
  return Array.isArray(type) && type.some((t) => t !== 'string' && t !== 'null');
}

/**
 * Whether a parameter's description limits the values it accepts, so that
 * a server has values to reject: a required parameter, or a schema with a
 * constraint (enum, pattern, format, bounds, lengths) or a type other than
 * string. An optional free-form string accepts anything. OpenAPI 3 keeps
 * the keywords under `schema` (or describes the value by `content`);
 * Swagger 2 writes them on the parameter itself.
 */
export function checksValues(root: Dict, parameter: Parameter): boolean {
  const node = parameter.node;
  if (own(node, 'required') === true) return true;
  if (own(node, 'content') !== undefined) return true;
  const schema = own(node, 'schema');
  return limits(root, schema === undefined ? node : schema);
}

/** The type of each security scheme a requirement names: `http`, `apiKey`, `oauth2`, `openIdConnect`, `mutualTLS` (Swagger 2 `basic` is `http`). */
function schemeType(root: Dict, name: string): string {
  const scheme = deref(
    root,
    own(own(own(root, 'components'), 'securitySchemes'), name) ?? own(own(root, 'securityDefinitions'), name),
  );
  const type = own(scheme, 'type');
  if (type === 'basic') return 'http';
  return typeof type === 'string' ? type : 'unknown';
}

const schemeCache = new WeakMap<Operation, ReadonlyArray<ReadonlySet<string>>>();

/** The scheme types of each alternative of the operation's security requirements (anonymous alternatives are empty sets). */
function securityAlternatives(operation: Operation): ReadonlyArray<ReadonlySet<string>> {
  let alternatives = schemeCache.get(operation);
  if (alternatives === undefined) {
    alternatives = operation.securityRequirements.map(
      (requirement) => new Set(keysOf(requirement).map((name) => schemeType(operation.root, name))),
    );
    schemeCache.set(operation, alternatives);
  }
  return alternatives;
}

const isMutualTls = (type: string): boolean => type === 'mutualTLS';

/**
 * Whether a request can fail authentication with a 401: its security needs
 * credentials by some scheme other than mutual TLS (a failed TLS handshake
 * never reaches HTTP), or, with no security declared, it takes an
 * `Authorization` header or a required API key header (`X-API-Key`).
 */
export function mayAnswerUnauthorized(operation: Operation): string | undefined {
  if (operation.security === 'required') {
    const alternatives = securityAlternatives(operation);
    if (alternatives.some((schemes) => [...schemes].some((type) => !isMutualTls(type))))
      return 'requires authentication';
    return undefined;
  }
  if (operation.security !== 'none') return undefined;
  if (takesHeader(operation, AUTHORIZATION) !== undefined) return 'takes an Authorization header';
  const key = apiKeyHeader(operation);
  return key === undefined ? undefined : `takes the API key header '${quote(key)}'`;
}

const AUTHORIZATION = ['Authorization'];
/**
 * Header parameters that carry an API key, described as a parameter rather
 * than a security scheme: `Api-Key`, `X-API-Key`, `apikey`, `X-Auth-Token`,
 * `X-Access-Token`, Discourse's `Api-Username` (sent with its `Api-Key`),
 * Azure API Management's `Ocp-Apim-Subscription-Key`.
 */
const API_KEY_HEADER =
  /^(x-)?(api[-_]?(key|token|secret|username)|auth[-_]?token|access[-_]?token)$|^ocp-apim-subscription-key$/i;

/**
 * The name, as written, of a required header parameter that carries an API
 * key (`X-API-Key`), when the operation declares no `security`: a bad or
 * missing key is an authentication failure. An optional one lets anonymous
 * requests through and is not counted.
 */
export function apiKeyHeader(operation: Operation): string | undefined {
  if (operation.security !== 'none') return undefined;
  const parameters = operation.parameters;
  for (let i = 0; i < parameters.length; i++) {
    const parameter = parameters[i] as Parameter;
    if (parameter.in === 'header' && own(parameter.node, 'required') === true && API_KEY_HEADER.test(parameter.name))
      return parameter.name;
  }
  return undefined;
}
const HTTP_AUTHENTICATION = new Set(['http', 'oauth2', 'openIdConnect']);

/** Whether some alternative of the operation's security uses HTTP authentication (RFC 9110 §11: http schemes, OAuth 2, OpenID Connect), whose 401 carries a challenge. */
export function usesHttpAuthentication(operation: Operation): boolean {
  return securityAlternatives(operation).some((schemes) => [...schemes].some((type) => HTTP_AUTHENTICATION.has(type)));
}

const collections = new WeakMap<DocumentModel, ReadonlySet<string>>();

/** Whether the document has item paths under `target` (`/orders` with `/orders/{id}`): `target` is a collection. */
export function isCollection(model: DocumentModel, target: string): boolean {
  let set = collections.get(model);
  if (set === undefined) {
    const out = new Set<string>();
    for (const { key } of model.pathItems) {
      for (let at = key.indexOf('/{'); at >= 0; at = key.indexOf('/{', at + 1)) out.add(key.slice(0, at));
    }
    collections.set(model, (set = out));
  }
  return set.has(target.replace(/\/$/, ''));
}

/** Whether the operation's path item also answers PUT, PATCH or DELETE: its target is one resource, not a collection or an action. */
export function targetsAnItem(operation: Operation): boolean {
  const item = operation.pathItem;
  return isObject(own(item, 'delete')) || isObject(own(item, 'put')) || isObject(own(item, 'patch'));
}

/** Path parameters that name a status code for the server to send back (httpbin's `/status/{codes}`). */
const STATUS_PARAMETER = /^(status_?codes?|codes?|status)$/i;

/**
 * Whether the operation exists to send back a status code it is asked for
 * (httpbin's `/status/{codes}`, ReadMe's `/status/415`): its path names the
 * code, or takes the code as a path parameter. Such a demo endpoint declares
 * `code` on purpose, whatever the method.
 */
export function echoesCode(operation: Operation, code?: number): boolean {
  if (operation.where !== 'path') return false;
  const echo = echoOf(operation);
  if (echo === NO_ECHO) return false;
  if (echo.byParameter) return true;
  return code === undefined ? echo.codes.size > 0 : echo.codes.has(code);
}

interface Echo {
  /** The status codes the path names as segments (`/status/418`). */
  readonly codes: ReadonlySet<number>;
  /** Whether a path parameter takes the code (`/status/{codes}`). */
  readonly byParameter: boolean;
}
const NO_ECHO: Echo = { codes: new Set(), byParameter: false };
const STATUS_SEGMENT = /^[1-5]\d\d$/;
/** Worked out once per operation: the rules ask it for every code. */
const echoes = new WeakMap<Operation, Echo>();

function echoOf(operation: Operation): Echo {
  let echo = echoes.get(operation);
  if (echo === undefined) {
    const codes = new Set<number>();
    for (const segment of operation.target.split('/')) if (STATUS_SEGMENT.test(segment)) codes.add(Number(segment));
    const byParameter = operation.templateParams.some((name) => STATUS_PARAMETER.test(name));
    echo = codes.size === 0 && !byParameter ? NO_ECHO : { codes, byParameter };
    echoes.set(operation, echo);
  }
  return echo;
}

/**
 * What a response says of itself, for the rules that read its words: its
 * `description`, and in OpenAPI 3.2 its `summary` (3.2 added the field, and
 * made `description` optional), joined by a space. Empty when it says nothing.
 */
export function responseText(entry: ResponseEntry): string {
  const description = own(entry.response, 'description');
  const text = typeof description === 'string' ? description : '';
  if (entry.operation.version !== '3.2') return text;
  const summary = own(entry.response, 'summary');
  return typeof summary !== 'string' || summary.length === 0
    ? text
    : text.length === 0
      ? summary
      : `${summary} ${text}`;
}

/** How long a response's label may be (the status-code map's cells), in characters. */
const LABEL_LENGTH = 80;

/**
 * What a response is called, for a reader (the status-code map's cells): in
 * OpenAPI 3.2 its `summary`, which is what the field is for (a short
 * summary of the response's meaning), however long its `description`;
 * else the first paragraph of its `description`. On one line, cut to 80
 * characters (`…` where cut). Undefined when it says nothing.
 */
export function responseLabel(entry: ResponseEntry): string | undefined {
  const summary = entry.operation.version === '3.2' ? own(entry.response, 'summary') : undefined;
  let text = '';
  if (typeof summary === 'string' && summary.trim() !== '') text = summary.slice(0, 4 * LABEL_LENGTH);
  else {
    const description = own(entry.response, 'description');
    if (typeof description === 'string') {
      // Only the start is read: a description can be megabytes of CommonMark.
      const start = description.trimStart().slice(0, 4 * LABEL_LENGTH);
      const paragraph = /\n[ \t\r]*\n/.exec(start);
      text = paragraph === null ? start : start.slice(0, paragraph.index);
    }
  }
  const line = text.replace(/\s+/g, ' ').trim();
  if (line === '') return undefined;
  const chars = [...line];
  return chars.length > LABEL_LENGTH
    ? `${chars
        .slice(0, LABEL_LENGTH - 1)
        .join('')
        .trimEnd()}…`
    : line;
}

/** What a response says of itself on one line, cut to 80 characters: the words a message quotes (through `quote()`). */
export function responseExcerpt(entry: ResponseEntry): string {
  return responseText(entry).trim().replace(/\s+/g, ' ').slice(0, 80);
}
