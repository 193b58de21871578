/** Helpers over one operation's responses, shared by the rules. */
import { statusEntry } from '../data/status-codes';
import { OasVersion, Operation, ResponseEntry } from './model';
import { Dict, keysOf, own } from './safe';

/**
 * The status code of a response key that the other rules may judge: a
 * well-formed code that IANA registers. Keys that `http-status-code-format`
 * or `http-status-code-registered` report give undefined, so that one
 * problem makes one finding.
 */
export function judgeableCode(entry: ResponseEntry): number | undefined {
  if (entry.status.kind !== 'code') return undefined;
  const registered = statusEntry(entry.status.code);
  if (registered === undefined || registered.state === 'unused' || registered.state === 'obsolete') return undefined;
  return entry.status.code;
}

const coded = new WeakMap<Operation, ReadonlyArray<readonly [number, ResponseEntry]>>();

/** The responses of an operation with a judgeable code, with that code (computed once per operation). */
export function codedResponses(operation: Operation): ReadonlyArray<readonly [number, ResponseEntry]> {
  let list = coded.get(operation);
  if (list === undefined) {
    const out: Array<readonly [number, ResponseEntry]> = [];
    for (const entry of operation.responses) {
      const code = judgeableCode(entry);
      if (code !== undefined) out.push([code, entry]);
    }
    list = out;
    coded.set(operation, list);
  }
  return list;
}

/** Whether the operation lists this exact code (a range or `default` does not count). */
export function declaresCode(operation: Operation, code: number): boolean {
  return operation.responses.some((entry) => entry.status.kind === 'code' && entry.status.code === code);
}

/** The range keys and `default` that would cover a missing code, for messages. */
export function coveringKeys(operation: Operation, code: number): string[] {
  const cls = Math.floor(code / 100);
  return operation.responses
    .filter((entry) => entry.status.kind === 'default' || (entry.status.kind === 'range' && entry.status.cls === cls))
    .map((entry) => entry.key);
}

const headerNames = new WeakMap<Dict, ReadonlySet<string>>();

/** Lower-cased names of a response's headers; `$ref`'d headers count by their key (computed once per response). */
export function responseHeaderNames(response: Dict): ReadonlySet<string> {
  let names = headerNames.get(response);
  if (names === undefined) {
    names = new Set(keysOf(own(response, 'headers')).map((name) => name.toLowerCase()));
    headerNames.set(response, names);
  }
  return names;
}

/** Whether a response declares a body: OpenAPI 3 `content` with a media type, Swagger 2 `schema`. */
export function bodyKey(response: Dict, version: OasVersion): 'content' | 'schema' | undefined {
  if (version === '2.0') {
    const schema = own(response, 'schema');
    return schema === undefined || schema === null ? undefined : 'schema';
  }
  return keysOf(own(response, 'content')).length > 0 ? 'content' : undefined;
}
