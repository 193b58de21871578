/** `http-status-success-required`: every operation declares a 2xx or 3xx code or range (or 101). */
import { Method } from '../data/methods';
import { describeCode } from '../data/status-codes';
import { DocumentModel, Operation, ResponseEntry, echoesCode, isCollection, someResponse, targetsAnItem } from '../lib/model';
import { codesOr } from '../lib/phrasing';
import { own } from '../lib/safe';
import { defineRule } from '../lib/rule';

/** The usual success code of each method but POST, offered in the fix. */
const USUAL_SUCCESS: Readonly<Record<Exclude<Method, 'post'>, number>> = { get: 200, head: 200, put: 200, patch: 200, delete: 204, options: 204, trace: 200, query: 200 };

/** Words of an operation that creates (`createOrder`, "Add a pet"). */
const CREATES = /\b(create|add|new|register|upload|insert)|^(create|add|new|register|upload|insert)/i;

/**
 * The success code to offer, by the operation's shape: a POST to a
 * collection, or one that says it creates, answers 201; a POST to an item or
 * an action (`/orders/{id}/cancel`) creates nothing and answers 200, 202 or
 * 204; other methods their usual code.
 */
function usual(operation: Operation, model: DocumentModel): string {
  // A method the package knows nothing of (`PURGE`): the plainest success.
  if (operation.method === undefined) return describeCode(200);
  if (operation.method !== 'post') return describeCode(USUAL_SUCCESS[operation.method]);
  const words = [own(operation.node, 'operationId'), own(operation.node, 'summary')].filter((w): w is string => typeof w === 'string').join(' ');
  if (operation.where === 'path' && !targetsAnItem(operation) && (isCollection(model, operation.target) || CREATES.test(words))) return describeCode(201);
  return codesOr([200, 202, 204]);
}

/**
 * Whether a key declares success: a 2xx/3xx range, or any well-formed
 * 2xx/3xx code (an unregistered one, 299, is http-status-code-registered's
 * finding, not this rule's too), a malformed key meant as one, or
 * 101 Switching Protocols.
 */
function isSuccess(entry: ResponseEntry): boolean {
  const status = entry.status;
  if (status.kind === 'range') return status.cls === 2 || status.cls === 3;
  // A success key written wrong (`2xx`, ' 200', `2XX` in Swagger 2.0) is
  // http-status-code-format's finding; its intent is plain.
  if (status.kind === 'malformed') return MEANT_SUCCESS.test(entry.key.trim());
  return status.kind === 'code' && ((status.code >= 200 && status.code < 400) || status.code === 101);
}

const MEANT_SUCCESS = /^[23](\d\d|xx)$/i;

const isDefault = (entry: ResponseEntry): boolean => entry.status.kind === 'default';

export default defineRule({
  id: 'http-status-success-required',
  description: 'Every operation declares a success (2xx or 3xx) response.',
  severity: 'error',
  basis: 'completeness',
  visit: {
    each: 'operation',
    check(operation, run) {
      // Where the parser could not read the operation (a YAML error inside
      // it), its responses may be there but lost: the parser's own error is
      // the finding, not "no responses".
      if (operation.responsesState !== 'ok' && !run.readCleanly(operation.path)) return;
      switch (operation.responsesState) {
        case 'missing':
          run.report(
            `${operation.label} has no \`responses\`; add its success response, for example ${usual(operation, run.model)} (${
              operation.version === '3.1' || operation.version === '3.2' ? 'documentation completeness' : `OpenAPI ${operation.version} requires \`responses\``
            }).`,
            operation.path,
          );
          return;
        case 'null':
        case 'not-an-object':
          run.report(
            `${operation.label} has \`responses\` that is ${operation.responsesState === 'null' ? 'null' : 'not a map of status codes'}; make it a map with at least a success response, for example ${usual(operation, run.model)} (OpenAPI: \`responses\` maps status codes to responses).`,
            operation.responsesPath,
          );
          return;
        case 'ok':
          break;
      }
      if (someResponse(operation, isSuccess)) return;
      // A demo endpoint that always answers the error it names (`/status/401`),
      // or a deprecated operation that is gone, has no success to describe.
      if (run.mode === 'default' && (echoesCode(operation) || own(operation.node, 'deprecated') === true)) return;
      const onlyDefault = someResponse(operation, isDefault);
      run.report(
        `${operation.label} declares ${onlyDefault ? "no 2xx or 3xx response, and 'default' names no status" : 'no success response (2xx or 3xx)'}; add one, such as ${usual(operation, run.model)} (documentation completeness).`,
        operation.responsesPath,
        [],
      );
    },
  },
});
