/** `http-status-upgrade-header`: 426 responses declare an Upgrade header. */
import { responseHeaderVisit } from '../lib/response-header';
import { defineRule } from '../lib/rule';

export default defineRule({
  id: 'http-status-upgrade-header',
  description: '426 responses declare an Upgrade header naming the protocols to switch to.',
  severity: 'warn',
  basis: 'http',
  visit: responseHeaderVisit({
    header: 'Upgrade',
    codes: [426],
    because: () => 'RFC 9110 §15.5.22: a 426 MUST send Upgrade to name the acceptable protocols',
  }),
});
