/** `http-status-location-header`: a 201 that creates a resource at a new URI, and redirect responses, declare a Location header. */
import { DocumentModel, Operation, echoesCode, isCollection, targetsAnItem } from '../lib/model';
import { responseHeaderVisit } from '../lib/response-header';
import { defineRule } from '../lib/rule';

/** The safe methods (RFC 9110 §9.2.1, and QUERY): a 201 on them is not asked for Location. */
const SAFE: ReadonlySet<string> = new Set(['get', 'head', 'options', 'trace', 'query']);

const REDIRECT_SECTIONS: Readonly<Record<number, string>> = {
  301: '15.4.2',
  302: '15.4.3',
  303: '15.4.4',
  307: '15.4.8',
  308: '15.4.9',
};

/**
 * Whether a 201 creates a resource at a URI of its own, which Location then
 * names: a POST to a collection whose items have paths (`/orders` with
 * `/orders/{id}`). Not a PUT or PATCH (RFC 9110 §15.3.2: the target URI
 * identifies what they create), nor a POST to an item (the path also
 * answers PUT, PATCH or DELETE), nor a POST whose results have no path in
 * the API (an RPC-style `/user/create`, a bulk action, a webhook).
 */
function createsElsewhere(operation: Operation, model: DocumentModel): boolean {
  if (operation.method === 'put' || operation.method === 'patch') return false;
  if (operation.method !== 'post') return true;
  if (operation.where !== 'path') return false;
  return !targetsAnItem(operation) && isCollection(model, operation.target);
}

export default defineRule({
  id: 'http-status-location-header',
  description:
    'A 201 that creates a resource with a URI of its own, and redirect (301, 302, 303, 307, 308) responses, declare a Location header.',
  severity: 'warn',
  basis: 'http',
  visit: responseHeaderVisit({
    header: 'Location',
    codes: [201, 301, 302, 303, 307, 308],
    asks: (entry, code, run) => {
      if (code !== 201) return true;
      const { method } = entry.operation;
      // A method the package has no semantics for (`additionalOperations`:
      // `PURGE`): whether its 201 names a new URI is its own business.
      if (method === undefined) return false;
      // A safe method creates nothing: its 201 is http-status-method-matrix's finding, not a missing Location.
      if (SAFE.has(method)) return false;
      // A demo endpoint that sends back the code it is asked for (`/status/201`) creates nothing either.
      if (run.mode !== 'strict' && echoesCode(entry.operation, code)) return false;
      // The strict mode asks every 201 but those of PUT and PATCH.
      return run.mode === 'strict'
        ? method !== 'put' && method !== 'patch'
        : createsElsewhere(entry.operation, run.model);
    },
    because: (code, entry) =>
      code !== 201
        ? `RFC 9110 §${REDIRECT_SECTIONS[code] ?? '15.4'}: the server SHOULD send it to say where the resource is`
        : entry.operation.method === 'post'
          ? 'RFC 9110 §9.3.3: a POST that creates a resource SHOULD identify it there'
          : 'RFC 9110 §15.3.2: it identifies the resource the request created',
  }),
});
