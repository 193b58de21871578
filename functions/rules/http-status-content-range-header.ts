/** `http-status-content-range-header`: 206 and 416 responses declare a Content-Range header. */
import { responseHeaderVisit } from '../lib/response-header';
import { defineRule } from '../lib/rule';

export default defineRule({
  id: 'http-status-content-range-header',
  description: '206 and 416 responses declare a Content-Range header.',
  severity: 'warn',
  basis: 'http',
  visit: responseHeaderVisit({
    header: 'Content-Range',
    codes: [206, 416],
    reason: 'RFC 9110 §14.4 uses it to say which part (or, on 416, what size) the content has.',
  }),
});
