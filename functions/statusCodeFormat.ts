/** `http-status-code-format`: every response key is `default`, a code 100-599, or (OpenAPI 3) a range 1XX-5XX. */
import { NO_FINDINGS, defineOperationFunction, Finding, optionsSchema } from './lib/define';
import { Operation, ResponseEntry } from './lib/model';

export function checkStatusCodeFormat(operation: Operation): readonly Finding[] {
  let out: Finding[] | undefined;
  const responses = operation.responses;
  for (let i = 0; i < responses.length; i++) {
    const entry = responses[i] as ResponseEntry;
    if (entry.status.kind !== 'malformed') continue;
    (out ??= []).push({
      message: `${operation.label} has the response key '${entry.key}', which is not a status code: ${entry.status.problem}.`,
      path: entry.path,
    });
  }
  return out ?? NO_FINDINGS;
}

export const httpStatusCodeFormat = defineOperationFunction('httpStatusCodeFormat', optionsSchema({}), checkStatusCodeFormat);
export default httpStatusCodeFormat;
