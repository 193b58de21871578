/** `http-status-success-required`: every operation declares a 2xx or 3xx code or range (or 101). */
import { Method } from './data/matrix';
import { describeCode } from './data/status-codes';
import { defineOperationFunction, Finding, optionsSchema } from './lib/define';
import { Operation } from './lib/model';

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

export function* checkSuccessRequired(operation: Operation): Generator<Finding> {
  const { label } = operation;
  const usual = (): string => describeCode(USUAL_SUCCESS[operation.method]);
  switch (operation.responsesState) {
    case 'missing':
      yield { message: `${label} has no \`responses\`; add its success response, for example ${usual()}.`, path: operation.path };
      return;
    case 'null':
    case 'not-an-object':
      yield {
        message: `${label} has \`responses\` that is ${operation.responsesState === 'null' ? 'null' : 'not a map of status codes'}; make it a map with at least a success response, for example ${usual()}.`,
        path: operation.responsesPath,
      };
      return;
    case 'ok':
      break;
  }
  // Any well-formed 2xx/3xx code counts, registered or not: an unregistered
  // one (299) is reported by http-status-code-registered, not here too.
  const success = operation.responses.some((entry) => {
    if (entry.status.kind === 'range') return entry.status.cls === 2 || entry.status.cls === 3;
    const code = entry.status.kind === 'code' ? entry.status.code : undefined;
    return code !== undefined && ((code >= 200 && code < 400) || code === 101);
  });
  if (success) return;
  const onlyDefault = operation.responses.some((entry) => entry.status.kind === 'default');
  yield {
    message: `${label} declares no success response (2xx or 3xx)${
      onlyDefault ? "; 'default' does not say what success looks like" : ''
    }; add one, for example ${usual()}.`,
    path: operation.responsesPath,
  };
}

export const httpStatusSuccessRequired = defineOperationFunction(
  'httpStatusSuccessRequired',
  optionsSchema({}),
  checkSuccessRequired,
);
export default httpStatusSuccessRequired;
