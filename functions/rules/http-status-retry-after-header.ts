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

/**
 * A 429 for a quota, not a rate (a usage or plan limit, a monthly or daily
 * cap): waiting a few seconds does not help, the quota renews with the
 * period or the plan, so there is no short wait to give. A description
 * that also speaks of a short-term rate is still asked.
 */
const QUOTA =
  /\b(quotas?|usage limits?|plan(['’]s)? limits?|subscription limits?|limits? of (your|the) (plan|subscription)|(monthly|daily|weekly|yearly|annual) (limits?|caps?|quotas?|allowances?|usage)|per (month|day)|billing (period|cycle))\b/i;

/** Words of a short-term rate, which a wait does help ("per minute or per day rate limit", "too many requests too fast"). */
const RATE = /\b(too fast|slow down|burst|per (second|minute)|(a|each) (second|minute))\b/i;

function capsQuota(entry: ResponseEntry): boolean {
  const text = responseText(entry);
  return QUOTA.test(text) && !RATE.test(text);
}

export default defineRule({
  id: 'http-status-retry-after-header',
  description:
    '429 responses for a request rate, without rate-limit headers, declare a Retry-After header (strict mode: every 429 and 503).',
  severity: 'info',
  basis: 'http',
  visit: responseHeaderVisit({
    header: 'Retry-After',
    codes: [429, 503],
    asks: (entry, code, run) =>
      run.mode === 'strict' ||
      (code === 429 && !declaresRateLimit(entry) && !capsConcurrency(entry) && !capsQuota(entry)),
    because: (code) =>
      code === 429 ? 'RFC 6585 §4: a 429 MAY say how long to wait' : 'RFC 9110 §15.6.4: a 503 MAY say how long to wait',
  }),
});
