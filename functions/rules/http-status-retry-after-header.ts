/** `http-status-retry-after-header`: 429 and 503 responses declare a Retry-After header. */
import { responseHeaderVisit } from '../lib/response-header';
import { defineRule } from '../lib/rule';

export default defineRule({
  id: 'http-status-retry-after-header',
  description: '429 and 503 responses declare a Retry-After header.',
  severity: 'info',
  basis: 'http',
  visit: responseHeaderVisit({ header: 'Retry-After', codes: [429, 503], reason: 'It tells clients when to try again.' }),
});
