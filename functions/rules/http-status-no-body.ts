/**
 * `http-status-no-body`: 1xx, 204, 205 and 304 responses, and every response
 * to HEAD, carry no content; 1xx and 204 responses carry no Content-Length.
 */
import { describeCode } from '../data/status-codes';
import { ResponseEntry, bodyKey } from '../lib/model';
import { defineRule } from '../lib/rule';
import { keysOf, own } from '../lib/safe';

/** Why a response can have no content (RFC 9110), or undefined when it can. */
function noContent(entry: ResponseEntry, code: number | undefined): string | undefined {
  const status = entry.status;
  if (entry.operation.method === 'head')
    return 'a response to HEAD never has content (RFC 9110 §9.3.2: the server MUST NOT send it)';
  if (code === 204) return 'a 204 response never has content (RFC 9110 §15.3.5)';
  if (code === 205) return 'a 205 response never has content (RFC 9110 §15.3.6: the server MUST NOT generate it)';
  if (code === 304) return 'a 304 response never has content: the client reuses its cached copy (RFC 9110 §15.4.5)';
  if ((code !== undefined && code < 200) || (status.kind === 'range' && status.cls === 1))
    return 'an informational (1xx) response never has content (RFC 9110 §15.2)';
  return undefined;
}

export default defineRule({
  id: 'http-status-no-body',
  description:
    '1xx, 204, 205 and 304 responses, and every response to HEAD, have no body; 1xx and 204 responses have no Content-Length.',
  severity: 'error',
  basis: 'http',
  visit: {
    each: 'response',
    check(entry, run) {
      const operation = entry.operation;
      const status = entry.status;
      if (status.kind === 'malformed' || status.kind === 'extension') return;
      const code = status.kind === 'code' ? status.code : undefined;
      // A 101's schema describes the stream after the switch (Docker's
      // attach): OpenAPI has no other place for it. The strict mode holds
      // 101 to the letter.
      if (code === 101 && run.mode === 'default') return;
      const why = noContent(entry, code);
      if (why === undefined) return;
      const response = entry.response;
      if (response === undefined) return;
      const name = code !== undefined ? describeCode(code) : `'${entry.key}'`;
      const key = bodyKey(response, operation.version);
      if (key !== undefined) {
        const fix =
          code === 204 && operation.method !== 'head'
            ? `remove \`${key}\`, or answer 200 OK if the body is needed`
            : `remove \`${key}\``;
        run.reportResponse(entry, {
          subject: 'body',
          perOperation: `${operation.label} gives ${name} a body (\`${key}\`), but ${why}; ${fix}.`,
          shared: (shared, users) =>
            `The shared response '${shared}', which ${users} as ${name}, has a body (\`${key}\`), but ${why}; ${fix}.`,
          at: [key],
          holdsFor: (other) =>
            noContent(other, other.status.kind === 'code' ? other.status.code : undefined) !== undefined,
          perOperationOwn: (shared) =>
            `${operation.label} gives ${name} a body through the shared response '${shared}', but ${why}; give it a response of its own without \`${key}\` (the other operations that use '${shared}' keep its body).`,
        });
      }
      // RFC 9110 §8.6: a server MUST NOT send Content-Length in a 1xx or 204 response.
      const bodiless = code === 204 || (code !== undefined && code < 200);
      if (!bodiless || !entry.headerNames.has('content-length')) return;
      const header =
        keysOf(own(response, 'headers')).find((h) => h.toLowerCase() === 'content-length') ?? 'Content-Length';
      run.reportResponse(entry, {
        subject: 'Content-Length',
        perOperation: `${operation.label} declares a Content-Length header on ${name}, which a server MUST NOT send there (RFC 9110 §8.6); remove it.`,
        shared: (shared, users) =>
          `The shared response '${shared}', which ${users} as ${name}, declares a Content-Length header, which a server MUST NOT send on ${name} (RFC 9110 §8.6); remove it.`,
        at: ['headers', header],
        holdsFor: (other) => other.code === 204 || (other.code !== undefined && other.code < 200),
        perOperationOwn: (shared) =>
          `${operation.label} declares a Content-Length header on ${name} through the shared response '${shared}', which a server MUST NOT send there (RFC 9110 §8.6); give it a response of its own without Content-Length.`,
      });
    },
  },
});
