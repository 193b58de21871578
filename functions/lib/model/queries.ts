/** Questions the rules ask of the model: pure functions over its records. */
import { statusEntry } from '../../data/status-codes';
import { Dict, isObject, keysOf, own } from '../safe';
import { StatusKey } from '../status-keys';
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
  if (version === '2.0') return Array.isArray(source) ? source.filter((m): m is string => typeof m === 'string') : NO_MEDIA_TYPES;
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
  return names ?? NO_NAMES;
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
