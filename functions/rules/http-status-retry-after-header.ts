/** `http-status-retry-after-header`: 429 responses (and in strict mode 503 responses) say when to retry. */
import { responseHeaderVisit } from '../lib/response-header';
import { defineRule } from '../lib/rule';
import { ResponseEntry, responseText } from '../lib/model';

/** Rate-limit headers (`RateLimit`, `RateLimit-Reset`, `X-RateLimit-Reset`, `X-Rate-Limit-Remaining`...) already tell a client when it may retry. */
const RATE_LIMIT = /^(x-)?rate-?limit/;

function declaresRateLimit(entry: ResponseEntry): boolean {
  for (const name of entry.headerNames) if (RATE_LIMIT.test(name)) return true;
  return false;
}

/** A 429 for too many things at once (concurrent downloads, incomplete jobs): no time to give, the wait ends when they do. */
const CONCURRENCY = /\b(concurrent|simultaneous|in progress|incomplete|active|at (the same|a) time|parallel)\b/i;

function capsConcurrency(entry: ResponseEntry): boolean {
  return CONCURRENCY.test(responseText(entry));
}

export default defineRule({
  id: 'http-status-retry-after-header',
  description: '429 responses for a request rate, without rate-limit headers, declare a Retry-After header (strict mode: every 429 and 503).',
  severity: 'info',
  basis: 'http',
  visit: responseHeaderVisit({
    header: 'Retry-After',
    codes: [429, 503],
    asks: (entry, code, run) => run.mode === 'strict' || (code === 429 && !declaresRateLimit(entry) && !capsConcurrency(entry)),
    because: (code) => (code === 429 ? 'RFC 6585 §4: a 429 MAY say how long to wait' : 'RFC 9110 §15.6.4: a 503 MAY say how long to wait'),
  }),
});
