/** `http-status-code-format`: every response key is `default`, a code 100-599, or (OpenAPI 3) a range 1XX-5XX. */
import { defineOperationFunction, Finding, optionsSchema } from './lib/define';
import { Operation } from './lib/model';

export function* checkStatusCodeFormat(operation: Operation): Generator<Finding> {
  for (const entry of operation.responses) {
    if (entry.status.kind !== 'malformed') continue;
    yield {
      message: `${operation.label} has the response key '${entry.key}', which is not a status code: ${entry.status.problem}.`,
      path: entry.path,
    };
  }
}

export const httpStatusCodeFormat = defineOperationFunction('httpStatusCodeFormat', optionsSchema({}), checkStatusCodeFormat);
export default httpStatusCodeFormat;
