/** `http-status-error-expected`: the error (and conditional) codes that an operation's shape calls for are declared. */
import { STATE_CHANGING } from '../data/methods';
import { describeCode } from '../data/status-codes';
import type { Run } from '../lib/context';
import { CODES_SCHEMA } from '../lib/option-schemas';
import {
  Operation,
  Parameter,
  ResponseEntry,
  apiKeyHeader,
  checksValues,
  coveringKeys,
  declaresCode,
  mayAnswerUnauthorized,
  takesHeader,
  usesHttpAuthentication,
} from '../lib/model';
import { ERROR_EXPECTED_RULE, belongs, missingCodeOwner } from '../lib/ownership';
import { quotedAnd } from '../lib/phrasing';
import { type Dict, deref, isObject, keysOf, own } from '../lib/safe';
import { defineRule } from '../lib/rule';
import { quote } from '../lib/quote';

type Coverage = 'exact' | 'default-or-range';

/** @public Named by the declaration of `RULES` (rules/index.ts) in dist/types, so it stays exported. */
export interface ErrorExpectedOptions {
  /** Codes never to expect, whatever the operation's shape. */
  readonly ignore: readonly number[];
  /** Codes every operation must declare (a house policy, e.g. `[429, 500]`). */
  readonly always: readonly number[];
  /** Whether `default` or a range (`4XX`) counts as declaring a code. */
  readonly coverage: Coverage;
}

type Check = Pick<Run<ErrorExpectedOptions>, 'mode'>;

/** One error or conditional code that an operation's shape calls for. */
interface Expectation {
  readonly code: number;
  /** What in the operation calls for the code ("takes a request body"), or undefined when nothing does. */
  readonly because: (operation: Operation, run: Check) => string | undefined;
  /** Codes that satisfy the expectation as well as `code`. */
  readonly or?: (operation: Operation, run: Check) => readonly number[] | undefined;
  /** The fix the message offers, when it is not `add a <code> response`. */
  readonly fix?: (operation: Operation) => string | undefined;
}

/** Operations the API receives (its paths); webhooks and callbacks are requests the API sends. */
const received = (op: Operation): boolean => op.where === 'path';
const isInputParameter = (p: Parameter): boolean => p.in !== 'body' && p.in !== 'formData';
const IF_MATCH = ['If-Match', 'If-Unmodified-Since'];
const IF_NONE_MATCH = ['If-None-Match', 'If-Modified-Since'];
const PRECONDITION_ON_WRITE = ['If-Match', 'If-Unmodified-Since', 'If-None-Match'];
/**
 * Header parameters that are no input to validate: credentials (a bad one is
 * an authentication failure; Discourse's `Api-Username` goes with its key), and the headers OpenAPI 3 says a parameter
 * description of is ignored (`Accept`, whose bad value is a 406, and
 * `Content-Type`).
 */
const NOT_INPUT =
  /signature|token|api[-_]?key|api[-_]?username|auth|secret|credential|session|^accept$|^content-type$/i;
const INVALID_INPUT = [422];
const REFUSED = [403];
const RANGE = ['Range'];
const EXPECT = ['Expect'];

/** `takes the If-Match header`, when the operation takes one of `headers`. */
function takesThe(operation: Operation, headers: readonly string[]): string | undefined {
  const header = takesHeader(operation, headers);
  return header === undefined ? undefined : `takes the ${header} header`;
}

/**
 * Whether a request body describes what it accepts: a schema for some media
 * type (OpenAPI 3) or on the body parameter (Swagger 2; form data always
 * does). A body without one (a Postman export's `text/plain` with an empty
 * example) gives a server nothing to reject.
 */
function bodyHasSchema(op: Operation): boolean {
  if (op.version === '2.0')
    return op.parameters.some((p) => p.in === 'formData' || (p.in === 'body' && own(p.node, 'schema') !== undefined));
  const content = own(deref(op.root, own(op.node, 'requestBody')), 'content');
  return keysOf(content).some((type) => own(own(content, type), 'schema') !== undefined);
}

/**
 * What makes a server reject input with 400. Strict: any input. Default:
 * a request body, or a query, header or cookie parameter that is required
 * or whose schema limits its values; a path parameter's bad value is a 404,
 * and an optional free-form string accepts anything.
 */
function badInput(op: Operation, run: Check): string | undefined {
  if (run.mode === 'strict') {
    if (op.hasBody) return 'takes a request body';
    const input = op.parameters.find(isInputParameter);
    return input === undefined ? undefined : `takes the parameter '${quote(input.name)}'`;
  }
  if (!received(op)) return undefined;
  if (op.hasBody && bodyHasSchema(op)) return 'takes a request body';
  for (const parameter of op.parameters) {
    if (
      parameter.in === 'path' ||
      !isInputParameter(parameter) ||
      (parameter.in === 'header' && NOT_INPUT.test(parameter.name))
    )
      continue;
    // OpenAPI 3.2's `in: querystring`: the whole query string, parsed by its `content`; input as a required query parameter is.
    if (parameter.in === 'querystring') return `takes the query string (the parameter '${quote(parameter.name)}')`;
    if (
      !checksValues(op.root, parameter) ||
      tracesOnly(op, parameter) ||
      foundOrNot(op, parameter) ||
      pagesLeniently(op, parameter)
    )
      continue;
    return own(parameter.node, 'required') === true
      ? `takes the required parameter '${quote(parameter.name)}'`
      : `takes the parameter '${quote(parameter.name)}' (its schema limits its values)`;
  }
  return undefined;
}

/** Schema keywords other than a length that limit a string value. */
const VALUE_LIMITS = [
  'enum',
  'const',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'items',
  'minItems',
  'maxItems',
  'allOf',
  'oneOf',
  'anyOf',
  'not',
];
const LENGTHS = ['minLength', 'maxLength'];

/**
 * What limits a parameter's value when it is a string: `none`, or `length`
 * (`minLength`, `maxLength` and nothing else); undefined when something
 * else does (another type, a format, a pattern, an enum, `content`) or the
 * schema cannot be read. Swagger 2 writes the keywords on the parameter.
 */
function stringLimits(op: Operation, parameter: Parameter): 'none' | 'length' | undefined {
  if (own(parameter.node, 'content') !== undefined) return undefined;
  const written = own(parameter.node, 'schema');
  const schema = written === undefined ? parameter.node : deref(op.root, written);
  if (!isObject(schema)) return undefined;
  const type = own(schema, 'type');
  if (!(
    type === undefined ||
    type === 'string' ||
    (Array.isArray(type) && type.every((t) => t === 'string' || t === 'null'))
  ))
    return undefined;
  for (const keyword of VALUE_LIMITS) if (own(schema, keyword) !== undefined) return undefined;
  return LENGTHS.some((keyword) => own(schema, keyword) !== undefined) ? 'length' : 'none';
}

/** Tracing and correlation headers: `X-Request-Id`, `X-Correlation-Id`, W3C `traceparent`, `tracestate` and `baggage`, Zipkin's `b3` and `X-B3-*`, `X-Amzn-Trace-Id`. */
const TRACING =
  /^((x-)?(request|correlation|trace|span|client[-_]?request)[-_]?id|traceparent|tracestate|baggage|b3|x-b3-[a-z]+|x-amzn-trace-id|x-cloud-trace-context)$/i;

/**
 * An optional tracing or correlation header constrained by nothing but a
 * length: a server logs and passes it on, it does not change what the
 * operation does, so a bad one is no reason to document 400. One with a
 * format, a pattern or an enum still counts.
 */
function tracesOnly(op: Operation, parameter: Parameter): boolean {
  return (
    parameter.in === 'header' &&
    own(parameter.node, 'required') !== true &&
    TRACING.test(parameter.name) &&
    stringLimits(op, parameter) !== undefined
  );
}

/** Names of an opaque lookup key: `id`, `orderId`, `order_id`, `uuid`, `slug`, `version`, `schemaVersion` (not `api-version`, which selects the API). */
const LOOKUP_KEY = /^(id|uuid|guid|slug|version)$|[-_.](id|uuid|guid|version)$/i;
const LOOKUP_KEY_CAMEL = /[a-z0-9](Id|ID|Uuid|UUID|Guid|GUID|Version)$/;
const API_VERSION = /^(x-)?api[-_.]?version$/i;

/**
 * A required query parameter that is an opaque lookup key (an `id` or a
 * `version`, a string with no constraint at all) of an operation that
 * declares 404: a key that names nothing is answered by the 404, and there
 * is no value a server could reject as malformed. A key with a pattern, a
 * format, an enum, a length or a type other than string still counts.
 */
function foundOrNot(op: Operation, parameter: Parameter): boolean {
  if (parameter.in !== 'query' || own(parameter.node, 'required') !== true || API_VERSION.test(parameter.name))
    return false;
  if (!LOOKUP_KEY.test(parameter.name) && !LOOKUP_KEY_CAMEL.test(parameter.name)) return false;
  return stringLimits(op, parameter) === 'none' && declaresCode(op, 404);
}

/**
 * Names of a paging control: the page (`page`, `pageNumber`, `page_number`,
 * `page[number]`), its size (`per_page`, `perPage`, `page_size`, `pageSize`,
 * `page[size]`, `limit`, `top`, OData's `$top`), and where it starts
 * (`offset`, `skip`, `$skip`, SCIM's `startIndex`). Not `count`, `size` or
 * `start`, which as often name a quantity, a file size or a time; not
 * `maxResults`, the name AWS gives a bound its services enforce (a
 * `ValidationException`, 400, names the broken constraint).
 */
const PAGING =
  /^(page|per[-_]?page|page[-_]?(size|number|num)|page\[(size|number|limit|offset)\]|limit|offset|\$?(top|skip)|start[-_]?index)$/i;
/** Keywords by which a paging control's schema may limit it and still be clamped rather than rejected: its bounds and its step. */
const BOUNDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'];
/** Every other keyword that limits a value (`format` is read apart: an integer format is no limit). */
const NOT_BOUNDS = [...VALUE_LIMITS, ...LENGTHS].filter((keyword) => keyword !== 'format' && !BOUNDS.includes(keyword));
/**
 * A description that says a bad value is refused: "returns an error",
 * "rejected with a 400 response", "invalid", "must be between 1 and 100 or
 * the request fails". A 400 that is a value ("the maximum is 400") is none,
 * nor is "less than or equal to".
 */
const SAYS_REJECTED =
  /\b(errors?|invalid|reject(s|ed|ion)?|refuse[sd]?|bad request|not allowed|fail(s|ed|ure)?)\b|\b(returns?|returned|respond(s|ed)?|answer(s|ed)?|with|status|code)[\s`'"]+(an?[\s`'"]+)?(40\d|422)\b|\b(40\d|422)[\s`'"]+(bad|unprocessable|response|error|status)\b|\bmust be (between|at (most|least)|less|greater|from|in)\b[^.]{0,200}\bor\b(?! equal)/i;

/**
 * Whether a paging control's schema is a number limited by nothing but its
 * bounds, a step, a `default` and an integer `format` (`int32`, `int64`):
 * no `enum`, `const`, `pattern`, other format or composition. Swagger 2
 * writes the keywords on the parameter.
 */
function boundedNumber(op: Operation, parameter: Parameter): boolean {
  if (own(parameter.node, 'content') !== undefined) return false;
  const written = own(parameter.node, 'schema');
  const schema = written === undefined ? parameter.node : deref(op.root, written);
  if (!isObject(schema)) return false;
  const type = own(schema, 'type');
  const numeric = (t: unknown): boolean => t === 'integer' || t === 'number';
  if (!(numeric(type) || (Array.isArray(type) && type.some(numeric) && type.every((t) => numeric(t) || t === 'null'))))
    return false;
  const format = own(schema, 'format');
  if (format !== undefined && format !== 'int32' && format !== 'int64') return false;
  return NOT_BOUNDS.every((keyword) => own(schema, keyword) === undefined);
}

/** Whether a parameter's description (or its schema's) says that a bad value is refused. */
function saysRejected(root: Dict, parameter: unknown): boolean {
  const schema = deref(root, own(parameter, 'schema'));
  return [own(parameter, 'description'), own(schema, 'description')].some(
    (text) => typeof text === 'string' && SAYS_REJECTED.test(text.slice(0, 2000)),
  );
}

const REFUSED_PAGING = new WeakMap<object, ReadonlySet<string>>();
const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * The paging controls (names in lower case) whose description, on any
 * operation of the document, says that a bad value is refused: an API that
 * says so of one `limit` (Square: "returns a `400 VALUE_TOO_HIGH` error")
 * answers so for its other `limit`s, said or not. Read once per document.
 */
function refusedPaging(root: Dict): ReadonlySet<string> {
  const cached = REFUSED_PAGING.get(root);
  if (cached !== undefined) return cached;
  let names: Set<string> | undefined;
  const visit = (value: unknown): void => {
    const parameter = deref(root, value);
    const name = own(parameter, 'name');
    if (typeof name === 'string' && PAGING.test(name) && saysRejected(root, parameter))
      (names ??= new Set()).add(name.toLowerCase());
  };
  const each = (list: unknown): void => {
    if (Array.isArray(list)) for (const parameter of list) visit(parameter);
  };
  const paths = own(root, 'paths');
  for (const key of keysOf(paths)) {
    const item = deref(root, own(paths, key));
    each(own(item, 'parameters'));
    for (const method of keysOf(item)) each(own(deref(root, own(item, method)), 'parameters'));
  }
  const shared = own(own(root, 'components'), 'parameters') ?? own(root, 'parameters');
  for (const key of keysOf(shared)) visit(own(shared, key));
  const found = names ?? NO_NAMES;
  REFUSED_PAGING.set(root, found);
  return found;
}

const AWS_HEADER = /^x-amz-/i;

/**
 * An operation of an AWS service, signed with Signature Version 4 (it
 * takes `X-Amz-*` header parameters, as the descriptions converted from
 * AWS's models do): AWS services check every bound of their models and
 * answer a value outside one with a 400 `ValidationException`.
 */
export function signedForAws(op: Operation): boolean {
  return op.parameters.some((p) => p.in === 'header' && AWS_HEADER.test(p.name));
}

/**
 * An optional query parameter that is a paging control (`page`, `per_page`,
 * `limit`, `offset`, `$top`: see `PAGING`) and a number limited only by its
 * bounds: servers clamp such a value or fall back to the default (GitHub
 * answers `per_page=500` with 100 results, and a `page` that is no number
 * with the first page) rather than answer 400, so it is no reason to
 * document 400. One with an `enum`, a `pattern`, a string type, a required
 * one, or one whose description says a bad value is refused ("returns an
 * error", "400", "invalid"), here or on another operation of the document
 * (`refusedPaging`), or of an AWS service (`signedForAws`), still
 * counts, as does any other input of the operation.
 */
function pagesLeniently(op: Operation, parameter: Parameter): boolean {
  return (
    parameter.in === 'query' &&
    own(parameter.node, 'required') !== true &&
    PAGING.test(parameter.name) &&
    boundedNumber(op, parameter) &&
    !saysRejected(op.root, parameter.node) &&
    !refusedPaging(op.root).has(parameter.name.toLowerCase()) &&
    !signedForAws(op)
  );
}

/** A summary or description that says the operation creates (`Create or replace`, `Creates or updates`, `Upsert`). */
const CREATES = /\b(creates?|creating|upserts?|upserting|(is|are|will be|gets?) created)\b/i;
/** A summary or description that says the operation changes what exists (`replace the specified Node`, `Update an event`). */
const UPDATES = /\b(replace[sd]?|replacing|update[sd]?|updating|modif(y|ies|ied)|edits?)\b/i;

/** The first sentence of a text (a description's later sentences mention other operations: "see Create a runner group"). */
function firstSentence(text: string): string {
  const end = text.search(/[.!?](\s|$)|\n/);
  return (end === -1 ? text : text.slice(0, end)).slice(0, 300);
}

/**
 * Whether a PUT creates what its last path parameter names (RFC 9110
 * §9.3.4, "create or replace", an upsert): the path ends with that
 * parameter's segment, and its summary or the first sentence of its
 * description says it creates or upserts, or it declares 201 Created and
 * they do not say it replaces or updates. There
 * is nothing to be "not found" about that parameter: the request creates it.
 * Not when the words say it creates something else: see `createsOther`.
 */
function createsLast(op: Operation): boolean {
  if (op.method !== 'put') return false;
  const last = op.templateParams[op.templateParams.length - 1];
  const segments = op.target.split('/').filter((s) => s.length > 0);
  if (last === undefined || segments[segments.length - 1] !== `{${last}}`) return false;
  const summary = own(op.node, 'summary');
  const description = own(op.node, 'description');
  const said = typeof summary === 'string' && !copiedFromCreate(op, summary) ? summary.slice(0, 300) : '';
  const words = `${said}\n${typeof description === 'string' ? firstSentence(description) : ''}`;
  if (updatesOnly(op)) return false;
  if (CREATES.test(words)) return !createsOther(words, segments);
  // A 201 declared on every write by a generator, on a PUT that says it
  // replaces or updates ("replace the specified Node"), does not say it creates.
  return declaresCode(op, 201) && !UPDATES.test(words);
}

/**
 * Whether a PUT's summary is the one of the POST to its parent collection
 * (DocuSign's `PUT /powerforms/{powerFormId}` and `POST /powerforms`, both
 * "Creates a new PowerForm."): copied from the operation that creates, it
 * says nothing of what the PUT does.
 */
function copiedFromCreate(op: Operation, summary: string): boolean {
  const parent = op.target.slice(0, op.target.lastIndexOf('/'));
  const post = own(deref(op.root, own(own(op.root, 'paths'), parent)), 'post');
  const theirs = own(deref(op.root, post), 'summary');
  return typeof theirs === 'string' && theirs.trim().toLowerCase() === summary.trim().toLowerCase();
}

/**
 * An operationId that names an update and no creation (`updatePaySlipLineItems`,
 * `edit_rule`): the operation changes what exists, whatever a copied summary says
 * ("Creates an employee pay slip"). `createOrUpdate`, `upsert`, `add…`, `put…` and
 * `set…` say nothing against creating, nor do `replace…` and `modify…`, which is what
 * a PUT does whether or not the resource exists (PowerDNS's `modifyMetadata` "Creates
 * a set of metadata entries").
 */
function updatesOnly(op: Operation): boolean {
  const id = own(op.node, 'operationId');
  if (typeof id !== 'string' || /create|upsert/i.test(id)) return false;
  const words = nameWords(id);
  return (
    words.some((w) => /^(update|edit)$/.test(w)) &&
    !words.some((w) => /^(add|put|set|insert|save|register|ensure)$/.test(w))
  );
}

/** The words of a name, lower case and singular: `clientId` and `client_id` give `client, id`; `PaySlips` gives `pay, slip`. */
function nameWords(name: string): string[] {
  return name
    .slice(0, 200)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])(?=[A-Z][a-z])/g, '$1 ')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)
    .map(singular);
}

function singular(word: string): string {
  if (/ies$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(s|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (/[^su]s$/.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

/** Words of a key rather than of a thing (`client_id`, `tagName`, `username`): what is left names the thing. */
const KEY_WORD = /^(id|ids|name|key|uuid|guid|slug|code|number|no|ref)$/;
/** Head nouns that name no particular thing ("Creates a resource", "a new one"). */
const VAGUE = /^(resource|item|entry|object|record|one|entity|thing|instance|new|it|data)$/;

/** The noun a path segment or template parameter names: `clients` and `{client_id}` name `client`; `{id}` names none. */
function nounOf(name: string): string[] {
  const words = nameWords(name);
  while (words.length > 0 && KEY_WORD.test(words[words.length - 1] as string)) words.pop();
  // One word with the key in it: `username`, `filename`.
  if (words.length === 1) words[0] = (words[0] as string).replace(/^(.{3,})name$/, '$1');
  return words;
}

/** Words between a noun phrase's start and its head: articles and adjectives that name no thing. */
const DETERMINER =
  /^(a|an|the|new|existing|specified|specific|given|single|one|or|more|set|list|collection|pair|group|of|and)$/;
/** Where a noun phrase ends: a preposition, a conjunction, a relative word. */
const PHRASE_END = /^(for|of|on|in|to|from|under|within|at|by|with|into|if|that|which|when|or|and|as|using|via)$/;

/**
 * The noun phrases after the verb of a text that says it creates: the
 * created thing ("Creates or updates an organization secret": `organization
 * secret`) and what it is for or in ("Get-or-create an authorization for a
 * specific app": `authorization`, then `specific app`), at most three.
 */
function createdPhrases(words: string): string[][] {
  const found = CREATES.exec(words);
  if (found === null || !/^creat|^upsert/i.test(found[0])) return [];
  const rest = words.slice(found.index + found[0].length).split(/[\n.;:!?()|]/)[0] as string;
  // "Create or update", "Creates, or updates,", "Create/Update", "Creates new or updates existing".
  const tokens = rest
    .replace(/^[\s,]*(new\s+)?(or\s+|\/\s*)(update[sd]?|replace[sd]?|modif(y|ies))(\s+existing)?[\s,]*/i, ' ')
    .split(/\s+/)
    .filter((t) => t.length > 0);
  const phrases: string[][] = [];
  let current: string[] = [];
  for (const token of tokens) {
    const word = token.toLowerCase().replace(/[^a-z0-9-]/g, '');
    if (PHRASE_END.test(word)) {
      if (current.length > 0) phrases.push(current);
      current = [];
      if (phrases.length >= 3) break;
      continue;
    }
    if (current.length === 0 && DETERMINER.test(word)) continue;
    if (word.length > 0) current.push(token);
  }
  if (current.length > 0 && phrases.length < 3) phrases.push(current);
  return phrases;
}

/** Whether a noun phrase names the thing `noun` is the words of: a word in common, or the same run of letters (`ExpressRoutePort`). */
function mentions(phrase: readonly string[], noun: readonly string[]): boolean {
  if (noun.length === 0) return false;
  const words = phrase.flatMap(nameWords).filter((w) => !VAGUE.test(w) && !KEY_WORD.test(w));
  if (words.some((w) => noun.includes(w))) return true;
  const joined = words.join('');
  const target = noun.join('');
  return joined.length > 0 && (joined.includes(target) || target.includes(joined));
}

/** Whether a noun phrase's head is the thing `noun` names (`authorization` for `authorizations`; `resource` is not `resourceGroups`). */
function isNamed(phrase: readonly string[], noun: readonly string[]): boolean {
  const head = nameWords(phrase[phrase.length - 1] ?? '').pop();
  return head !== undefined && !VAGUE.test(head) && noun.length > 0 && head === noun[noun.length - 1];
}

/**
 * Whether a creating PUT's words say that what it creates is not what its
 * last path parameter names: the created thing does not mention that
 * parameter's noun (its name's, or its segment's: `/clients/{client_id}`
 * names a client), and it is named by an earlier part of the path ("Get-or-
 * create an authorization for a specific app" on
 * `/authorizations/clients/{client_id}`: the authorization is created, the
 * client must exist), or the words say it is for that noun ("Creates a
 * token for the given client" on `/clients/{client_id}`). A created thing
 * the path does not name ("Update or create a planned planting event" on
 * `/prescriptions/{id}`) is taken to be what the URL names.
 */
function createsOther(words: string, segments: readonly string[]): boolean {
  const [created, ...owners] = createdPhrases(words);
  if (created === undefined) return false;
  const last = segments.length - 1;
  const name = (segments[last] as string).slice(1, -1);
  const before = segments[last - 1];
  const named = [nounOf(name), before === undefined || before.startsWith('{') ? [] : nounOf(before)];
  if (named.some((noun) => mentions(created, noun))) return false;
  const earlier = segments.slice(0, Math.max(0, last - 1)).map((s) => nounOf(s.replace(/^\{|\}$/g, '')));
  if (earlier.some((noun) => isNamed(created, noun))) return true;
  return owners.some((owner) => named.some((noun) => isNamed(owner, noun)));
}

/**
 * The template parameter whose bad value finds nothing (a 404): the last
 * one (`/orders/{orderId}/items/{itemId}`: the item). In the default mode
 * not one whose schema lists its values (an `enum` of sections: the URL
 * is simply unknown, as any other), and not the last one of a PUT that
 * creates it: an earlier one, the parent, may still be missing
 * (`PUT /orgs/{org}/secrets/{name}` asks 404 for `org`; `PUT /secrets/{name}`
 * asks none).
 */
function missing(op: Operation, run: Check): string | undefined {
  const names = op.templateParams;
  if (names.length === 0 || (run.mode === 'default' && !received(op))) return undefined;
  for (let i = names.length - 1; i >= 0; i--) {
    const name = names[i] as string;
    if (run.mode === 'default' && (listsValues(op, name) || (i === names.length - 1 && createsLast(op)))) continue;
    return `has the path parameter '${quote(name)}'`;
  }
  return undefined;
}

function listsValues(op: Operation, name: string): boolean {
  const parameter = op.parameters.find((p) => p.in === 'path' && p.name === name);
  if (parameter === undefined) return false;
  const schema = deref(op.root, own(parameter.node, 'schema')) ?? parameter.node;
  return Array.isArray(own(schema, 'enum')) || own(schema, 'const') !== undefined;
}

/** Path segments that only prefix an API's paths (`/api/v1/health`). */
const PREFIX_SEGMENT = /^(api|rest|v\d+(\.\d+)*|public|auth|oauth2?|accounts?|users?|sessions?|system)$/i;
/** Last segments of a probe (`/health`, `/ping`) or of the way in (`/login`, `/token`, `/setup`). */
const PROBE_SEGMENT = /^(health([-_]?check)?|healthz|livez|readyz|liveness|readiness|ping|status|heartbeat)$/i;
const WAY_IN_SEGMENT = /^(log[-_]?in|sign[-_]?in|sign[-_]?up|register|token|setup)$/i;
const PROBE_SUMMARY =
  /^\s*(health[- ]?check|check (the )?health|(get )?(the )?(service |api |server )?(health|liveness|readiness)( status)?|ping)\b/i;
const INDEX_SUMMARY =
  /\b(index|api root|root (endpoint|resource)|welcome|entry point|discovery|api (info|information|version))\b/i;
const WAY_IN_SUMMARY =
  /^\s*(log ?in|sign ?in|sign ?up|register (a )?(new )?(user|account)|(get|obtain|request) (an? )?(access |auth |bearer |jwt )?token)\b/i;

/**
 * What a path with no template parameter reads as, when it reads as one of
 * the endpoints an API leaves public: a probe (`/health`, `/ping`,
 * `/status`), or the way to authenticate (`/login`, `/token`, `/signup`,
 * `/setup`), by its path below prefixes such as `/api/v1`, or its summary;
 * the root `/` is the API's index.
 */
function readsAsPublic(op: Operation): string | undefined {
  if (op.templateParams.length > 0) return undefined;
  const reads = op.method === 'get' || op.method === 'head';
  const raw = own(op.node, 'summary');
  const summary = typeof raw === 'string' ? raw : '';
  const segments = op.target.split('/').filter((s) => s.length > 0);
  // The root is an index only when read, and its summary does not say it is more (Keycloak's `/` is the server's admin information).
  if (segments.length === 0)
    return reads && (summary === '' || INDEX_SUMMARY.test(summary)) ? 'an API index' : undefined;
  const last = segments[segments.length - 1] as string;
  const prefixed = segments.slice(0, -1).every((s) => PREFIX_SEGMENT.test(s));
  if (reads && ((prefixed && PROBE_SEGMENT.test(last)) || PROBE_SUMMARY.test(summary))) return 'a probe';
  // A sign-in under a basic or API key scheme may well take those credentials (an OAuth token endpoint's client authentication).
  if (((prefixed && WAY_IN_SEGMENT.test(last)) || WAY_IN_SUMMARY.test(summary)) && onlyBearerTokens(op))
    return 'a way to authenticate';
  return undefined;
}

/** Whether every alternative of the operation's security asks for a token a sign-in would issue: OAuth 2, OpenID Connect, an HTTP bearer token. */
function onlyBearerTokens(op: Operation): boolean {
  const root = op.root;
  const schemes = own(own(root, 'components'), 'securitySchemes') ?? own(root, 'securityDefinitions');
  return (
    op.securityRequirements.length > 0 &&
    op.securityRequirements.every((requirement) => {
      const names = keysOf(requirement);
      return (
        names.length > 0 &&
        names.every((name) => {
          const scheme = deref(root, own(schemes, name));
          const type = own(scheme, 'type');
          const http = own(scheme, 'scheme');
          return (
            type === 'oauth2' ||
            type === 'openIdConnect' ||
            (type === 'http' && typeof http === 'string' && http.toLowerCase() === 'bearer')
          );
        })
      );
    })
  );
}

/**
 * What an operation that inherits the root `security` reads as when it
 * reads as public (a probe, the way to authenticate, the index): a 401 it
 * lacks is more likely wrong security than a missing response. Exported for
 * `fix`, which leaves such a 401 for a person.
 */
export function inheritsSecurityButReadsAsPublic(op: Operation): string | undefined {
  if (op.where !== 'path' || op.security !== 'required' || Array.isArray(own(op.node, 'security'))) return undefined;
  return readsAsPublic(op);
}

/**
 * The fix of a missing 401 on an operation that reads as public (a probe,
 * the login) and requires credentials only because it inherits the root
 * `security`: what is wrong is more likely the security than the
 * responses.
 */
function publicFix(op: Operation): string | undefined {
  const reads = inheritsSecurityButReadsAsPublic(op);
  return reads === undefined
    ? undefined
    : `${reads} is usually public: give it \`security: []\`, or add a 401 response`;
}

/**
 * What an operation's shape calls for, in code order. A table of module
 * constants, so that judging an operation allocates nothing unless a code
 * is missing (messages are built only then).
 */
export const EXPECTATIONS: readonly Expectation[] = [
  { code: 206, because: (op) => takesThe(op, RANGE) },
  // A conditional QUERY answers 304 as a conditional GET does (the QUERY draft, §2).
  {
    code: 304,
    because: (op) =>
      op.method === 'get' || op.method === 'head' || op.method === 'query' ? takesThe(op, IF_NONE_MATCH) : undefined,
  },
  // Frameworks such as FastAPI answer invalid input with 422 and declare it
  // on every operation that takes input (the Level 3 REST status-codes page counts incorrect
  // parameters as 422 too): a declared 422 covers bad input.
  { code: 400, because: badInput, or: () => INVALID_INPUT },
  {
    code: 401,
    because: (op, run) => (run.mode === 'strict' || received(op) ? mayAnswerUnauthorized(op) : undefined),
    // An API answering a bad API key with 403 (no HTTP challenge to send) documents the failure too.
    or: (op, run) =>
      run.mode === 'default' &&
      ((op.security === 'required' && !usesHttpAuthentication(op)) || apiKeyHeader(op) !== undefined)
        ? REFUSED
        : undefined,
    fix: publicFix,
  },
  { code: 404, because: missing },
  // RFC 9110 §13.1.2: a false If-None-Match on a method other than GET or HEAD answers 412, as If-Match does.
  {
    code: 412,
    because: (op) =>
      takesThe(op, op.method !== undefined && STATE_CHANGING.includes(op.method) ? PRECONDITION_ON_WRITE : IF_MATCH),
  },
  { code: 415, because: (op, run) => (run.mode === 'strict' && op.hasBody ? 'takes a request body' : undefined) },
  { code: 416, because: (op) => takesThe(op, RANGE) },
  { code: 417, because: (op) => takesThe(op, EXPECT) },
];

/** The codes the operation's shape calls for in a mode, in code order (whatever it declares). */
export function expectedCodes(operation: Operation, mode: Check['mode'] = 'default'): number[] {
  return EXPECTATIONS.filter((e) => e.because(operation, { mode }) !== undefined).map((e) => e.code);
}

/** Whether the operation declares `code`: exactly, or with coverage `default-or-range`, by `default` or the code's range. */
function declares(operation: Operation, code: number, coverage: Coverage): boolean {
  if (declaresCode(operation, code)) return true;
  if (coverage === 'exact') return false;
  const cls = Math.floor(code / 100);
  // A HEAD response has no body: its `default` does not tell a client that 404 is the answer of an existence check.
  const byDefault = code !== 404 || operation.method !== 'head';
  return operation.responses.some(
    (entry: ResponseEntry) =>
      (byDefault && entry.status.kind === 'default') || (entry.status.kind === 'range' && entry.status.cls === cls),
  );
}

export default defineRule<'http-status-error-expected', ErrorExpectedOptions>({
  id: 'http-status-error-expected',
  description:
    "The error codes that an operation's parameters, body, security and conditional headers call for are declared.",
  severity: 'warn',
  basis: 'completeness',
  options: {
    properties: {
      ignore: {
        ...CODES_SCHEMA,
        description:
          "Codes never to expect, whatever the operation's shape, e.g. `[400]` for an API that never validates input.",
      },
      always: {
        ...CODES_SCHEMA,
        description: 'Codes every operation must declare, a house policy, e.g. `[429, 500]`.',
      },
      coverage: {
        enum: ['exact', 'default-or-range'],
        description:
          '`default-or-range`: a `default` response or a range such as `4XX` counts as declaring the codes it covers; `exact`: only the code itself does.',
      },
    },
    defaults: { ignore: [], always: [], coverage: 'default-or-range' },
    byMode: { strict: { coverage: 'exact' } },
  },
  visit: {
    each: 'operation',
    check(operation, run) {
      if (operation.responsesState !== 'ok') return;
      const { ignore, always, coverage } = run.options;
      let asked: number[] | undefined;
      for (let i = 0; i < EXPECTATIONS.length; i++) {
        const { code, because, fix } = EXPECTATIONS[i] as Expectation;
        if (ignore.includes(code)) continue;
        const reason = because(operation, run);
        if (reason === undefined) continue;
        // Never ask for a code that, declared, would be reported as not belonging;
        // a code a declared profile requires is http-status-profile-required's.
        if (!belongs(run, operation, code) || missingCodeOwner(run, operation, code) !== ERROR_EXPECTED_RULE) continue;
        const or = EXPECTATIONS[i]?.or?.(operation, run);
        if (declares(operation, code, coverage) || (or !== undefined && or.some((alt) => declaresCode(operation, alt))))
          continue;
        if (always.length > 0) (asked ??= []).push(code);
        const covering = coveringKeys(operation, code);
        const note =
          covering.length > 0
            ? `: ${quotedAnd(covering)} ${covering.length > 1 ? 'do' : 'does'} not count, name the code`
            : '';
        run.report(
          `${operation.label} ${reason} but does not declare ${describeCode(code)}${or === undefined ? '' : ` (or ${or.map(describeCode).join(', ')})`}; ${fix?.(operation) ?? `add a ${code} response`} (documentation completeness${note}).`,
          operation.responsesPath,
          [code, ...(or ?? [])],
        );
      }
      for (const code of always) {
        if (
          ignore.includes(code) ||
          asked?.includes(code) === true ||
          declares(operation, code, coverage) ||
          !belongs(run, operation, code)
        )
          continue;
        // A code the operation's declared profile requires is http-status-profile-required's to ask.
        if (missingCodeOwner(run, operation, code) !== ERROR_EXPECTED_RULE) continue;
        run.report(
          `${operation.label} does not declare ${describeCode(code)}, which the house rules ask of every operation (\`always\`); add a ${code} response (documentation completeness).`,
          operation.responsesPath,
          [code],
        );
      }
    },
  },
});
