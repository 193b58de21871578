/** `http-status-allow-header`: 405 responses declare an Allow header. */
import { responseHeaderVisit } from '../lib/response-header';
import { defineRule } from '../lib/rule';

export default defineRule({
  id: 'http-status-allow-header',
  description: '405 responses declare an Allow header.',
  severity: 'warn',
  basis: 'http',
  visit: responseHeaderVisit({ header: 'Allow', codes: [405], reason: 'RFC 9110 §15.5.6 requires it to list the methods the resource supports.' }),
});
