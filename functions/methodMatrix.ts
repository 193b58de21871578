/** `http-status-method-matrix`: each code must be one the method/status matrix allows for the operation's method. */
import { describeCode } from './data/status-codes';
import { NO_FINDINGS, defineOperationFunction, Finding, optionsSchema } from './lib/define';
import { MatrixOptions, matrixFor, matrixOptionProperties, suggestCodes } from './lib/matrix';
import { DocumentModel, Operation, ResponseEntry, upperMethod } from './lib/model';
import { defaultExpectations } from './lib/profile-rules';

export type MethodMatrixOptions = MatrixOptions;

export function checkMethodMatrix(operation: Operation, options: MethodMatrixOptions, model: DocumentModel): readonly Finding[] {
  let out: Finding[] | undefined;
  const matrix = matrixFor(options);
  const { method } = operation;
  if (!matrix.covers(method)) return out ?? NO_FINDINGS;
  const upper = upperMethod(method);
  // On a resource that declares Level 3 profiles, a code its profiles give
  // for the method (202 on PUT with `async`) is allowed: the profile wins.
  const profiled = defaultExpectations(model, operation);
  const responses = operation.responses;
  for (let i = 0; i < responses.length; i++) {
    const entry = responses[i] as ResponseEntry;
    if (entry.status.kind === 'range') {
      if (matrix.allowsClass(method, entry.status.cls)) continue;
      (out ??= []).push({
        message: `${operation.label} declares the range ${entry.key}, but the method/status matrix allows no ${entry.status.cls}xx code for ${upper}; remove it, or allow a code of that class for ${upper} with the rule's \`allow\` option.`,
        path: entry.path,
      });
      continue;
    }
    const code = entry.code;
    if (code === undefined || matrix.allows(method, code) || profiled?.allowed.has(code) === true) continue;
    const alternatives = matrix.alternativesFor(method, code);
    const fix =
      alternatives.length > 0
        ? `use ${suggestCodes(alternatives)}`
        : `remove it, or allow it for ${upper} with the rule's \`allow\` option`;
    const why = matrix.knows(code)
      ? `which ${upper} does not return (method/status matrix)`
      : 'which the method/status matrix does not recommend for any method';
    (out ??= []).push({ message: `${operation.label} declares ${describeCode(code)}, ${why}; ${fix}.`, path: entry.path });
  }
  return out ?? NO_FINDINGS;
}

export const httpStatusMethodMatrix = defineOperationFunction<MethodMatrixOptions>(
  'httpStatusMethodMatrix',
  optionsSchema(matrixOptionProperties),
  checkMethodMatrix,
);
export default httpStatusMethodMatrix;
