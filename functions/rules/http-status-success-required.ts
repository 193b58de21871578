/** `http-status-success-required`: every operation declares a 2xx or 3xx code or range (or 101). */
import { Method } from '../data/methods';
import { describeCode } from '../data/status-codes';
import {
  DocumentModel,
  Operation,
  ResponseEntry,
  echoesCode,
  isCollection,
  responseExcerpt,
  someResponse,
  targetsAnItem,
} from '../lib/model';
import { codesOr } from '../lib/phrasing';
import { own } from '../lib/safe';
import { quote } from '../lib/quote';
import { defineRule } from '../lib/rule';

/** The usual success code of each method but POST, offered in the fix. */
const USUAL_SUCCESS: Readonly<Record<Exclude<Method, 'post'>, number>> = {
  get: 200,
  head: 200,
  put: 200,
  patch: 200,
  delete: 204,
  options: 204,
  trace: 200,
  query: 200,
};

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
  const words = [own(operation.node, 'operationId'), own(operation.node, 'summary')]
    .filter((w): w is string => typeof w === 'string')
    .join(' ');
  if (
    operation.where === 'path' &&
    !targetsAnItem(operation) &&
    (isCollection(model, operation.target) || CREATES.test(words))
  )
    return describeCode(201);
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

/**
 * Words of a 401 that carries the next step of a login flow, as headless
 * authentication libraries answer (django-allauth's "Not authenticated,
 * more steps are required", a pending `mfa_authenticate` flow): the 401 is
 * the operation's normal answer, not a failure.
 */
const FLOW_CONTINUES =
  /\b(next step|(more|further|additional|another) (steps?|authentication steps?|verification steps?)|steps? (is|are) (required|needed|pending)|(flow|step|stage)s? (continues|is pending|are pending|pending)|pending (\w+ )?(flows?|steps?|stages?)|(mfa|2fa|two[- ]factor( authentication)?|multi[- ]factor( authentication)?) (is |are )?(required|needed|pending)|continue (the|with the) (login|sign[- ]?in|authentication) ?(flow)?)\b/i;

/** The words of the operation's 401, when they say a login flow continues there (OpenAPI 3.2's `summary` read too). */
function loginStep(operation: Operation): string | undefined {
  for (const entry of operation.responses) {
    if (entry.code !== 401 || entry.response === undefined) continue;
    const words = responseExcerpt(entry);
    if (FLOW_CONTINUES.test(words)) return words;
  }
  return undefined;
}

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
              operation.version === '3.1' || operation.version === '3.2'
                ? 'documentation completeness'
                : `OpenAPI ${operation.version} requires \`responses\``
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
      // A step of a login flow answers 401 with the next step (RFC 9110
      // §15.5.2: the request lacks the credentials still to come). Spectral
      // gives one severity to all of a rule's findings, so the default mode's
      // answer to such a matter of taste is no finding; the strict mode says why.
      const step = loginStep(operation);
      if (step !== undefined) {
        if (run.mode === 'default') return;
        run.report(
          `${operation.label} declares no success response (2xx or 3xx); its 401 '${quote(step)}' reads as the next step of a login flow, yet a success is what clients look for: add one, such as ${usual(operation, run.model)} (documentation completeness).`,
          operation.responsesPath,
          [],
        );
        return;
      }
      const onlyDefault = someResponse(operation, isDefault);
      run.report(
        `${operation.label} declares ${onlyDefault ? "no 2xx or 3xx response, and 'default' names no status" : 'no success response (2xx or 3xx)'}; add one, such as ${usual(operation, run.model)} (documentation completeness).`,
        operation.responsesPath,
        [],
      );
    },
  },
});
