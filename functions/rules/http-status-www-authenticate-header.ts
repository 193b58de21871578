/** `http-status-www-authenticate-header`: 401 responses declare a WWW-Authenticate header. */
import { responseHeaderVisit } from '../lib/response-header';
import { defineRule } from '../lib/rule';

export default defineRule({
  id: 'http-status-www-authenticate-header',
  description: '401 responses declare a WWW-Authenticate header.',
  severity: 'info',
  basis: 'http',
  visit: responseHeaderVisit({ header: 'WWW-Authenticate', codes: [401], reason: 'RFC 9110 §15.5.2 requires it to name the authentication scheme.' }),
});
