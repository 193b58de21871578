/** Helpers over one operation's responses, shared by the rules. */
import { OasVersion, Operation } from './model';
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

/** Whether a response declares a body: OpenAPI 3 `content` with a media type, Swagger 2 `schema`. */
export function bodyKey(response: Dict, version: OasVersion): 'content' | 'schema' | undefined {
  if (version === '2.0') {
    const schema = own(response, 'schema');
    return schema === undefined || schema === null ? undefined : 'schema';
  }
  return keysOf(own(response, 'content')).length > 0 ? 'content' : undefined;
}
