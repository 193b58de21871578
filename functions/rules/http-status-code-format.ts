/** `http-status-code-format`: every response key is `default`, a code 100-599, or (OpenAPI 3) a range 1XX-5XX. */
import { defineRule } from '../lib/rule';
import { quote } from '../lib/quote';

export default defineRule({
  id: 'http-status-code-format',
  description:
    "Response keys are 'default', a three-digit status code from 100 to 599, or (OpenAPI 3) an upper-case range 1XX-5XX.",
  severity: 'error',
  basis: 'openapi',
  declared: 'forbidden',
  visit: {
    each: 'response',
    check(entry, run) {
      if (entry.status.kind !== 'malformed') return;
      const spec = entry.operation.version === '2.0' ? 'Swagger 2.0' : `OpenAPI ${entry.operation.version}`;
      run.report(
        `${entry.operation.label} has the response key '${quote(entry.key)}', which is not a status code: ${entry.status.problem} (${spec} Responses Object).`,
        entry.path,
      );
    },
  },
});
