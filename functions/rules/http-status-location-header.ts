/** `http-status-location-header`: 201 and redirect responses declare a Location header. */
import { responseHeaderVisit } from '../lib/response-header';
import { defineRule } from '../lib/rule';

export default defineRule({
  id: 'http-status-location-header',
  description: '201 and redirect (301, 302, 303, 307, 308) responses declare a Location header.',
  severity: 'warn',
  basis: 'http',
  visit: responseHeaderVisit({ header: 'Location', codes: [201, 301, 302, 303, 307, 308] }),
});
