/**
 * The rule names of this ruleset: a public interface (users write them in
 * `.spectral.yaml`, in waivers and in `createRuleset({ severities })`).
 * ruleset/rules.ts defines exactly these; a test keeps the two equal.
 */
export const RULE_NAMES = [
  'http-status-code-format',
  'http-status-code-registered',
  'http-status-method-matrix',
  'http-status-success-required',
  'http-status-error-expected',
  'http-status-request-headers',
  'http-status-no-body',
  'http-status-location-header',
  'http-status-allow-header',
  'http-status-retry-after-header',
  'http-status-www-authenticate-header',
  'http-status-content-range-header',
  'http-status-profile-unknown',
  'http-status-profile-methods',
  'http-status-profile-required',
  'http-status-profile-forbidden',
  'http-status-profile-headers',
  'http-status-profile-suggestion',
  'http-status-ignore-reason',
] as const;

export type RuleName = (typeof RULE_NAMES)[number];

/** The extension that waives findings below where it stands. */
export const WAIVER_KEY = 'x-http-status-ignore';
