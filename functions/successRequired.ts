/** `http-status-success-required`: every operation declares a 2xx or 3xx code or range (or 101). */
import { Method } from './data/matrix';
import { describeCode } from './data/status-codes';
import { NO_FINDINGS, defineOperationFunction, Finding, optionsSchema } from './lib/define';
import { Operation, ResponseEntry } from './lib/model';

/** The usual success code of each method, offered in the fix. */
const USUAL_SUCCESS: Record<Method, number> = {
  get: 200,
  head: 200,
  put: 200,
  post: 201,
  patch: 200,
  delete: 204,
  options: 204,
  trace: 200,
};

function usual(operation: Operation): string {
  return describeCode(USUAL_SUCCESS[operation.method]);
}

export function checkSuccessRequired(operation: Operation): readonly Finding[] {
  switch (operation.responsesState) {
    case 'missing':
      return [{ message: `${operation.label} has no \`responses\`; add its success response, for example ${usual(operation)}.`, path: operation.path }];
    case 'null':
    case 'not-an-object':
      return [
        {
          message: `${operation.label} has \`responses\` that is ${operation.responsesState === 'null' ? 'null' : 'not a map of status codes'}; make it a map with at least a success response, for example ${usual(operation)}.`,
          path: operation.responsesPath,
        },
      ];
    case 'ok':
      break;
  }
  // Any well-formed 2xx/3xx code counts, registered or not: an unregistered
  // one (299) is reported by http-status-code-registered, not here too.
  let onlyDefault = false;
  const responses = operation.responses;
  for (let i = 0; i < responses.length; i++) {
    const entry = responses[i] as ResponseEntry;
    const status = entry.status;
    if (status.kind === 'range' && (status.cls === 2 || status.cls === 3)) return NO_FINDINGS;
    if (status.kind === 'code' && ((status.code >= 200 && status.code < 400) || status.code === 101)) return NO_FINDINGS;
    if (status.kind === 'default') onlyDefault = true;
  }
  return [
    {
      message: `${operation.label} declares no success response (2xx or 3xx)${
        onlyDefault ? "; 'default' does not say what success looks like" : ''
      }; add one, for example ${usual(operation)}.`,
      path: operation.responsesPath,
    },
  ];
}

export const httpStatusSuccessRequired = defineOperationFunction(
  'httpStatusSuccessRequired',
  optionsSchema({}),
  checkSuccessRequired,
);
export default httpStatusSuccessRequired;
