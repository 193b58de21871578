/** `http-status-success-required`: every operation declares a 2xx or 3xx code or range (or 101). */
import { Method } from '../data/methods';
import { describeCode } from '../data/status-codes';
import { Operation, ResponseEntry, someResponse } from '../lib/model';
import { defineRule } from '../lib/rule';

/** The usual success code of each method, offered in the fix. */
const USUAL_SUCCESS: Readonly<Record<Method, number>> = { get: 200, head: 200, put: 200, post: 201, patch: 200, delete: 204, options: 204, trace: 200 };

function usual(operation: Operation): string {
  return describeCode(USUAL_SUCCESS[operation.method]);
}

/**
 * Whether a key declares success: a 2xx/3xx range, or any well-formed
 * 2xx/3xx code (an unregistered one, 299, is http-status-code-registered's
 * finding, not this rule's too), or 101 Switching Protocols.
 */
function isSuccess(entry: ResponseEntry): boolean {
  const status = entry.status;
  if (status.kind === 'range') return status.cls === 2 || status.cls === 3;
  return status.kind === 'code' && ((status.code >= 200 && status.code < 400) || status.code === 101);
}

const isDefault = (entry: ResponseEntry): boolean => entry.status.kind === 'default';

export default defineRule({
  id: 'http-status-success-required',
  description: 'Every operation declares a success (2xx or 3xx) response.',
  severity: 'error',
  basis: 'completeness',
  visit: {
    each: 'operation',
    check(operation, run) {
      switch (operation.responsesState) {
        case 'missing':
          run.report(`${operation.label} has no \`responses\`; add its success response, for example ${usual(operation)}.`, operation.path);
          return;
        case 'null':
        case 'not-an-object':
          run.report(
            `${operation.label} has \`responses\` that is ${operation.responsesState === 'null' ? 'null' : 'not a map of status codes'}; make it a map with at least a success response, for example ${usual(operation)}.`,
            operation.responsesPath,
          );
          return;
        case 'ok':
          break;
      }
      if (someResponse(operation, isSuccess)) return;
      const onlyDefault = someResponse(operation, isDefault);
      run.report(
        `${operation.label} declares no success response (2xx or 3xx)${onlyDefault ? "; 'default' does not say what success looks like" : ''}; add one, for example ${usual(operation)}.`,
        operation.responsesPath,
      );
    },
  },
});
