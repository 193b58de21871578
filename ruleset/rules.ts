/**
 * The rule definitions. Rule names are a public interface: users write them
 * in their `.spectral.yaml` to change a severity or turn a rule off.
 */
import type { RulesetFunctionWithValidator } from '@stoplight/spectral-core';
import { homepage } from '../package.json';
import { httpStatusCodeFormat } from '../functions/statusCodeFormat';
import { httpStatusCodeRegistered } from '../functions/statusCodeRegistered';
import { httpStatusErrorExpected } from '../functions/errorExpected';
import { httpStatusIgnoreReason } from '../functions/ignoreReason';
import { httpStatusMethodMatrix } from '../functions/methodMatrix';
import { httpStatusNoBody } from '../functions/noBody';
import { httpStatusProfileForbidden } from '../functions/profileForbidden';
import { httpStatusProfileHeaders } from '../functions/profileHeaders';
import { httpStatusProfileMethods } from '../functions/profileMethods';
import { httpStatusProfileRequired } from '../functions/profileRequired';
import { httpStatusProfileSuggestion } from '../functions/profileSuggestion';
import { httpStatusProfileUnknown } from '../functions/profileUnknown';
import { httpStatusRequestHeaders } from '../functions/requestHeaders';
import { httpStatusResponseHeader } from '../functions/responseHeader';
import { httpStatusSuccessRequired } from '../functions/successRequired';
import type { RuleName } from '../functions/data/rule-names';

/** Where each rule's page lives: `<homepage>/blob/main/docs/rules/<rule>.md`. */
export const DOCS_BASE = `${homepage}/blob/main/docs/rules/`;

/** The ruleset's own documentation page. */
export const README_URL = `${homepage}/blob/main/README.md`;

export function documentationUrl(rule: string): string {
  return `${DOCS_BASE}${rule}.md`;
}

export type Severity = 'error' | 'warn' | 'info' | 'hint';

export interface RuleSpec {
  readonly description: string;
  readonly severity: Severity;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each function has its own options type
  readonly fn: RulesetFunctionWithValidator<unknown, any>;
  readonly options?: Record<string, unknown>;
  readonly recommended?: boolean;
  /** Which options of the factory this rule's function takes. */
  readonly takes?: ReadonlyArray<'matrix' | 'profiles'>;
}

export const RULES: Readonly<Record<RuleName, RuleSpec>> = {
  'http-status-code-format': {
    description: "Response keys are 'default', a three-digit status code from 100 to 599, or (OpenAPI 3) an upper-case range 1XX-5XX.",
    severity: 'error',
    fn: httpStatusCodeFormat,
  },
  'http-status-code-registered': {
    description: 'Status codes are registered with IANA and not marked unused or obsolete.',
    severity: 'warn',
    fn: httpStatusCodeRegistered,
  },
  'http-status-method-matrix': {
    description: "Each status code is one the method/status matrix allows for the operation's method.",
    severity: 'warn',
    fn: httpStatusMethodMatrix,
    takes: ['matrix'],
  },
  'http-status-success-required': {
    description: 'Every operation declares a success (2xx or 3xx) response.',
    severity: 'error',
    fn: httpStatusSuccessRequired,
  },
  'http-status-error-expected': {
    description: "The error codes that an operation's parameters, body, security and conditional headers call for are declared.",
    severity: 'warn',
    fn: httpStatusErrorExpected,
    takes: ['matrix'],
  },
  'http-status-request-headers': {
    description: 'Codes that answer a request header (304, 412, 428, 206, 416, 100, 417) or a request body (411, 413, 415) come with it.',
    severity: 'warn',
    fn: httpStatusRequestHeaders,
    takes: ['matrix'],
  },
  'http-status-no-body': {
    description: '1xx, 204 and 304 responses, and every response to HEAD, have no body.',
    severity: 'error',
    fn: httpStatusNoBody,
  },
  'http-status-location-header': {
    description: '201 and redirect (301, 302, 303, 307, 308) responses declare a Location header.',
    severity: 'warn',
    fn: httpStatusResponseHeader,
    options: { header: 'Location', codes: [201, 301, 302, 303, 307, 308] },
    takes: ['matrix'],
  },
  'http-status-allow-header': {
    description: '405 responses declare an Allow header.',
    severity: 'warn',
    fn: httpStatusResponseHeader,
    options: { header: 'Allow', codes: [405], reason: 'RFC 9110 §15.5.6 requires it to list the methods the resource supports.' },
    takes: ['matrix'],
  },
  'http-status-retry-after-header': {
    description: '429 and 503 responses declare a Retry-After header.',
    severity: 'info',
    fn: httpStatusResponseHeader,
    options: { header: 'Retry-After', codes: [429, 503], reason: 'It tells clients when to try again.' },
    takes: ['matrix'],
  },
  'http-status-www-authenticate-header': {
    description: '401 responses declare a WWW-Authenticate header.',
    severity: 'info',
    fn: httpStatusResponseHeader,
    options: { header: 'WWW-Authenticate', codes: [401], reason: 'RFC 9110 §15.5.2 requires it to name the authentication scheme.' },
    takes: ['matrix'],
  },
  'http-status-content-range-header': {
    description: '206 and 416 responses declare a Content-Range header.',
    severity: 'warn',
    fn: httpStatusResponseHeader,
    options: { header: 'Content-Range', codes: [206, 416], reason: 'RFC 9110 §14.4 uses it to say which part (or, on 416, what size) the content has.' },
    takes: ['matrix'],
  },
  'http-status-profile-unknown': {
    description: 'Profiles declared in x-profiles (or a Profile header) are Level 3 profiles, in a combination that can hold.',
    severity: 'error',
    fn: httpStatusProfileUnknown,
    takes: ['profiles'],
  },
  'http-status-profile-methods': {
    description: "Operations use only methods the resource's declared profiles offer, and every profiled resource has GET.",
    severity: 'warn',
    fn: httpStatusProfileMethods,
    takes: ['profiles'],
  },
  'http-status-profile-required': {
    description: 'The codes the declared profiles make the main flow of a method are declared.',
    severity: 'warn',
    fn: httpStatusProfileRequired,
    takes: ['profiles'],
  },
  'http-status-profile-forbidden': {
    description: 'No code that none of the declared profiles and mixins gives for the method (outside 400, 401, 403-406, 429, 5xx).',
    severity: 'warn',
    fn: httpStatusProfileForbidden,
    takes: ['profiles'],
  },
  'http-status-profile-headers': {
    description: 'The response headers the declared profiles tie to a code are declared (Location, ETag/Last-Modified, Accept-Patch, Content-Range).',
    severity: 'warn',
    fn: httpStatusProfileHeaders,
    takes: ['profiles'],
  },
  'http-status-profile-suggestion': {
    description: 'A path without a declared profile whose shape clearly matches one gets the x-profiles line to add.',
    severity: 'hint',
    fn: httpStatusProfileSuggestion,
    recommended: false,
  },
  'http-status-ignore-reason': {
    description: 'Every waiver (x-http-status-ignore) names a rule of this ruleset and gives a reason.',
    severity: 'warn',
    fn: httpStatusIgnoreReason,
  },
};
