/** Helpers over one operation's responses, shared by the rules. */
import { OasVersion, Operation, ResponseEntry } from './model';
import { Dict, keysOf, own } from './safe';

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

const NO_NAMES: ReadonlySet<string> = new Set<string>();

/** Lower-cased names of a response's headers; `$ref`'d headers count by their key (computed once per response entry). */
export function responseHeaderNames(entry: ResponseEntry): ReadonlySet<string> {
  const cache = entry as { headerNames?: ReadonlySet<string> };
  if (cache.headerNames !== undefined) return cache.headerNames;
  const keys = keysOf(own(entry.response, 'headers'));
  const names = keys.length === 0 ? NO_NAMES : new Set(keys.map((name) => name.toLowerCase()));
  if ('headerNames' in entry) cache.headerNames = names;
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
