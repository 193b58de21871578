/** `http-status-no-body`: 1xx, 204, 304 and every response to HEAD carry no content. */
import { describeCode } from '../data/status-codes';
import { bodyKey } from '../lib/model';
import { defineRule } from '../lib/rule';

export default defineRule({
  id: 'http-status-no-body',
  description: '1xx, 204 and 304 responses, and every response to HEAD, have no body.',
  severity: 'error',
  basis: 'http',
  visit: {
    each: 'response',
    check(entry, run) {
      const operation = entry.operation;
      const status = entry.status;
      if (status.kind === 'malformed' || status.kind === 'extension') return;
      const head = operation.method === 'head';
      const code = status.kind === 'code' ? status.code : undefined;
      const bodyless = head || code === 204 || code === 304 || (code !== undefined && code < 200) || (status.kind === 'range' && status.cls === 1);
      if (!bodyless) return;
      const response = entry.response;
      if (response === undefined) return;
      const key = bodyKey(response, operation.version);
      if (key === undefined) return;
      const name = code !== undefined ? describeCode(code) : `'${entry.key}'`;
      const why = head
        ? 'a response to HEAD never has content (RFC 9110 §9.3.2)'
        : code === 304
          ? 'a 304 response never has content: the client reuses its cached copy'
          : code === 204
            ? 'a 204 response never has content'
            : 'an informational (1xx) response never has content';
      const fix = code === 204 && !head ? `remove \`${key}\`, or answer 200 OK if the body is needed` : `remove \`${key}\``;
      run.report(`${operation.label} gives ${name} a body (\`${key}\`), but ${why}; ${fix}.`, [...entry.path, key]);
    },
  },
});
