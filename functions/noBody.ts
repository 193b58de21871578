/** `http-status-no-body`: 1xx, 204, 304 and every response to HEAD carry no content. */
import { describeCode } from './data/status-codes';
import { NO_FINDINGS, defineOperationFunction, Finding, optionsSchema } from './lib/define';
import { Operation, ResponseEntry } from './lib/model';
import { bodyKey } from './lib/responses';

export function checkNoBody(operation: Operation): readonly Finding[] {
  let out: Finding[] | undefined;
  const head = operation.method === 'head';
  const responses = operation.responses;
  for (let i = 0; i < responses.length; i++) {
    const entry = responses[i] as ResponseEntry;
    const status = entry.status;
    const code = status.kind === 'code' ? status.code : undefined;
    const bodyless =
      head ||
      code === 204 ||
      code === 304 ||
      (code !== undefined && code < 200) ||
      (status.kind === 'range' && status.cls === 1);
    if (!bodyless || status.kind === 'malformed' || status.kind === 'extension') continue;
    const response = entry.response;
    if (response === undefined) continue;
    const key = bodyKey(response, operation.version);
    if (key === undefined) continue;
    const name = code !== undefined ? describeCode(code) : `'${entry.key}'`;
    const why = head
      ? 'a response to HEAD never has content (RFC 9110 §9.3.2)'
      : code === 304
        ? 'a 304 response never has content: the client reuses its cached copy'
        : code === 204
          ? 'a 204 response never has content'
          : 'an informational (1xx) response never has content';
    const fix = code === 204 && !head ? `remove \`${key}\`, or answer 200 OK if the body is needed` : `remove \`${key}\``;
    (out ??= []).push({
      message: `${operation.label} gives ${name} a body (\`${key}\`), but ${why}; ${fix}.`,
      path: [...entry.path, key],
    });
  }
  return out ?? NO_FINDINGS;
}

export const httpStatusNoBody = defineOperationFunction('httpStatusNoBody', optionsSchema({}), checkNoBody);
export default httpStatusNoBody;
