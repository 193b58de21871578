/**
 * `spectral-http-status/functions`: the rules, their Spectral functions, the
 * data tables and the operation model, for teams that build their own
 * ruleset on them.
 */
import type { RulesetFunctionWithValidator } from '@stoplight/spectral-core';
import { RULES, RuleName } from '../functions/rules';

export { createRuleset, RulesetOptionsError } from '../ruleset/factory';
export type { CreateRulesetOptions } from '../ruleset/factory';
export { RULES, RULE_NAMES, ruleNamed } from '../functions/rules';
export type { RuleName } from '../functions/rules';
export { BASES, functionNameOf } from '../functions/lib/rule';
export { SHARED_OPTION_PROPERTIES, SHARED_OPTION_DOCS } from '../functions/lib/option-schemas';
export type { Basis, Finding, Rule, Severity } from '../functions/lib/rule';

/** Each rule's Spectral function, by rule name (`ruleFunctions['http-status-method-matrix']`). */
export const ruleFunctions = Object.fromEntries(RULES.map((rule) => [rule.id, rule.fn])) as Readonly<
  Record<RuleName, RulesetFunctionWithValidator<unknown, Record<string, unknown> | null>>
>;

export { expectedCodes, EXPECTATIONS } from '../functions/rules/http-status-error-expected';
export { suggestProfile } from '../functions/rules/http-status-profile-suggestion';

export {
  STATUS_CODES,
  UNREGISTERED_ALTERNATIVES,
  describeCode,
  statusClass,
  statusEntry,
} from '../functions/data/status-codes';
export type { StatusCodeEntry, StatusClass, RegistryState } from '../functions/data/status-codes';
export { METHODS, DISPLAY_ORDER } from '../functions/data/methods';
export type { Method } from '../functions/data/methods';
export { DEFAULT_MATRIX, ALTERNATIVES, HTTP_METHOD_LIMITS } from '../functions/data/matrix';
export { MODES } from '../functions/data/modes';
export type { Mode } from '../functions/data/modes';
export type { MatrixRow } from '../functions/data/matrix';
export { buildMatrix, matrixFor, rowsToMethodCodes } from '../functions/lib/matrix';
export type { Matrix, MatrixOptions, MethodCodes } from '../functions/lib/matrix';
export {
  getModel,
  detectVersion,
  effectiveSecurity,
  responsesWithCode,
  takesHeader,
  templateNames,
} from '../functions/lib/model';
export type { DocumentModel, Operation, Parameter, ResponseEntry, OasVersion, Security } from '../functions/lib/model';
export { classifyStatusKey } from '../functions/lib/status-keys';
export type { StatusKey } from '../functions/lib/status-keys';
export { DEFAULT_PROFILES, UNIVERSAL_CODES, PROFILE_SILENT_METHODS, profileUri } from '../functions/data/profiles';
export type { ProfileDefinition, ProfileMethodRule, ProfileHeaderRule, ProfileTable } from '../functions/data/profiles';
export {
  analyseProfiles,
  expectationsFor,
  offeredMethods,
  normaliseProfileName,
  closestProfile,
  profileTableFor,
} from '../functions/lib/profiles';
export type { ProfileAnalysis, ProfileSet, ProfileOptions, MethodExpectations } from '../functions/lib/profiles';
export { WAIVER_KEY, isWaived, readWaiver } from '../functions/lib/waivers';
