/** `http-status-www-authenticate-header`: 401 responses of operations that use HTTP authentication declare a WWW-Authenticate header. */
import { usesHttpAuthentication } from '../lib/model';
import { responseHeaderVisit } from '../lib/response-header';
import { defineRule } from '../lib/rule';

export default defineRule({
  id: 'http-status-www-authenticate-header',
  description:
    '401 responses declare a WWW-Authenticate header where the operation uses HTTP authentication (strict mode: every 401).',
  severity: 'warn',
  basis: 'http',
  visit: responseHeaderVisit({
    header: 'WWW-Authenticate',
    codes: [401],
    // An API key or no declared scheme has no HTTP challenge to name, and a
    // webhook's or callback's 401 comes from the consumer's server, which the
    // API does not describe; the strict mode holds every 401 to RFC 9110's MUST.
    asks: (entry, _code, run) =>
      run.mode === 'strict' || (entry.operation.where === 'path' && usesHttpAuthentication(entry.operation)),
    because: () => 'RFC 9110 §15.5.2: a 401 MUST carry a challenge that names the authentication scheme',
  }),
});
