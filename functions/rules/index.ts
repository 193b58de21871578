/**
 * The registry: every rule of the ruleset, in the order the ruleset, the
 * docs and the README list them. Add a rule here and nowhere else; the rule
 * names, the ruleset, `createRuleset`, the docs generator and the package's
 * exports all derive from this list.
 */
import codeFormat from './http-status-code-format';
import codeRegistered from './http-status-code-registered';
import methodMatrix from './http-status-method-matrix';
import successRequired from './http-status-success-required';
import errorExpected from './http-status-error-expected';
import requestHeaders from './http-status-request-headers';
import noBody from './http-status-no-body';
import locationHeader from './http-status-location-header';
import allowHeader from './http-status-allow-header';
import retryAfterHeader from './http-status-retry-after-header';
import wwwAuthenticateHeader from './http-status-www-authenticate-header';
import contentRangeHeader from './http-status-content-range-header';
import upgradeHeader from './http-status-upgrade-header';
import etagHeader from './http-status-etag-header';
import cacheHeaders from './http-status-cache-headers';
import acceptedMonitor from './http-status-accepted-monitor';
import profileUnknown from './http-status-profile-unknown';
import profileMethods from './http-status-profile-methods';
import profileRequired from './http-status-profile-required';
import profileForbidden from './http-status-profile-forbidden';
import profileHeaders from './http-status-profile-headers';
import profileSuggestion from './http-status-profile-suggestion';
import ignoreReason from './http-status-ignore-reason';

export const RULES = [
  codeFormat,
  codeRegistered,
  methodMatrix,
  successRequired,
  errorExpected,
  requestHeaders,
  noBody,
  locationHeader,
  allowHeader,
  retryAfterHeader,
  wwwAuthenticateHeader,
  contentRangeHeader,
  upgradeHeader,
  etagHeader,
  cacheHeaders,
  acceptedMonitor,
  profileUnknown,
  profileMethods,
  profileRequired,
  profileForbidden,
  profileHeaders,
  profileSuggestion,
  ignoreReason,
] as const;

/** A rule name: a public interface (users write it in `.spectral.yaml`, waivers and `createRuleset`). */
export type RuleName = (typeof RULES)[number]['id'];

/** The rule names, in registry order. */
export const RULE_NAMES: readonly RuleName[] = RULES.map((rule) => rule.id);

/** The rule with this name, if there is one. */
export function ruleNamed(name: string): (typeof RULES)[number] | undefined {
  return RULES.find((rule) => rule.id === name);
}
