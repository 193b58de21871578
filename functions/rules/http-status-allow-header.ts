/** `http-status-allow-header`: 405 responses, and successful OPTIONS responses, declare an Allow header; a 405 is no answer to invalid input. */
import { responseHeaderVisit } from '../lib/response-header';
import { defineRule } from '../lib/rule';
import { ResponseEntry, responseText } from '../lib/model';

/**
 * What a 405's description says it really answers, when that is not an
 * unsupported method: bad input (the Petstore's "Invalid input"), a refusal
 * for the resource's state, or for the caller's rights; and the code that
 * says so.
 */
const MISUSES: ReadonlyArray<{ readonly pattern: RegExp; readonly means: string; readonly use: string }> = [
  {
    pattern:
      /\b(invalid|validation|malformed|missing|bad (input|request|data|param(eter)?s?)|not (in )?an? (recogni[sz]ed|valid|correct) (format|value)|not valid|not provided|is required)\b/i,
    means: 'invalid input',
    use: '400 Bad Request or 422 Unprocessable Content',
  },
  {
    pattern: /\b(permission|not authori[sz]ed|forbidden|(no|not have|without) access)\b/i,
    means: "a refusal for the caller's rights",
    use: '403 Forbidden',
  },
  {
    pattern:
      /\b(cannot be performed|can ?not be (merged|performed|done)|paused|not mergeable|current state|in progress|already)\b/i,
    means: "a refusal for the resource's current state",
    use: '409 Conflict',
  },
];

function misuse(
  entry: ResponseEntry,
): { readonly description: string; readonly means: string; readonly use: string } | undefined {
  const description = responseText(entry);
  if (description.length === 0) return undefined;
  const found = MISUSES.find((m) => m.pattern.test(description));
  return found === undefined
    ? undefined
    : { description: description.trim().replace(/\s+/g, ' ').slice(0, 80), means: found.means, use: found.use };
}

/**
 * OPTIONS operations whose successful answer is not the resource's own:
 * a CORS preflight says what it allows with Access-Control-Allow-Methods,
 * and a proxy passes on whatever the upstream sends.
 */
function notTheResource(entry: ResponseEntry): boolean {
  if (entry.headerNames.has('access-control-allow-methods')) return true;
  return /(^|\/)proxy(\/|$)/i.test(entry.operation.target);
}

export default defineRule({
  id: 'http-status-allow-header',
  description:
    '405 responses and successful OPTIONS responses declare an Allow header, and 405 answers only a method the resource does not support.',
  severity: 'warn',
  basis: 'http',
  visit: responseHeaderVisit({
    header: 'Allow',
    codes: [405, 200, 204],
    asks: (entry, code) => code === 405 || (entry.operation.method === 'options' && !notTheResource(entry)),
    because: (code) =>
      code === 405
        ? 'RFC 9110 §15.5.6: a 405 MUST list the methods the resource supports'
        : 'RFC 9110 §9.3.7: a successful OPTIONS SHOULD say what the resource supports, such as its methods in Allow',
    instead: (entry, code) => {
      const wrong = code === 405 ? misuse(entry) : undefined;
      if (wrong === undefined) return undefined;
      return {
        description: wrong.description,
        rest: `which reads as ${wrong.means}, but 405 means that the resource does not support the method (RFC 9110 §15.5.6); answer ${wrong.means} with ${wrong.use}, and keep 405 (with an Allow header) for methods the resource does not offer.`,
      };
    },
  }),
});
