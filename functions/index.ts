/**
 * `spectral-http-status/functions`: the custom functions, the data tables
 * and the operation model, for teams that build their own ruleset on them.
 */
export { httpStatusCodeFormat, checkStatusCodeFormat } from './statusCodeFormat';
export { httpStatusCodeRegistered, checkStatusCodeRegistered } from './statusCodeRegistered';
export { httpStatusMethodMatrix, checkMethodMatrix } from './methodMatrix';
export type { MethodMatrixOptions } from './methodMatrix';
export { httpStatusSuccessRequired, checkSuccessRequired } from './successRequired';
export { httpStatusErrorExpected, checkErrorExpected, expectedCodes } from './errorExpected';
export type { ErrorExpectedOptions } from './errorExpected';
export { httpStatusRequestHeaders, checkRequestHeaders } from './requestHeaders';
export type { RequestHeadersOptions } from './requestHeaders';
export { httpStatusNoBody, checkNoBody } from './noBody';
export { httpStatusResponseHeader, checkResponseHeader, checkResponseHeaders } from './responseHeader';
export type { ResponseHeaderOptions } from './responseHeader';
export { httpStatusProfileUnknown, checkProfileUnknown } from './profileUnknown';
export { httpStatusProfileMethods, checkProfileMethods } from './profileMethods';
export { httpStatusProfileRequired, checkProfileRequired } from './profileRequired';
export { httpStatusProfileForbidden, checkProfileForbidden } from './profileForbidden';
export { httpStatusProfileHeaders, checkProfileHeaders } from './profileHeaders';
export { httpStatusProfileSuggestion, checkProfileSuggestion, suggestProfile } from './profileSuggestion';
export { httpStatusIgnoreReason, checkIgnoreReason } from './ignoreReason';

export { STATUS_CODES, UNREGISTERED_ALTERNATIVES, describeCode, statusClass, statusEntry } from './data/status-codes';
export type { StatusCodeEntry, StatusClass, RegistryState } from './data/status-codes';
export { DEFAULT_MATRIX, ALTERNATIVES, METHODS } from './data/matrix';
export type { Method, MatrixRow } from './data/matrix';
export { buildMatrix, matrixFor, matrixOptionProperties, rowsToMethodCodes } from './lib/matrix';
export type { Matrix, MatrixOptions, MethodCodes } from './lib/matrix';
export { getModel, detectVersion, effectiveSecurity, responsesWithCode, templateNames } from './lib/model';
export type { DocumentModel, Operation, Parameter, ResponseEntry, OasVersion, Security } from './lib/model';
export { classifyStatusKey } from './lib/status-keys';
export type { StatusKey } from './lib/status-keys';
export { DEFAULT_PROFILES, UNIVERSAL_CODES, PROFILE_SILENT_METHODS, profileUri } from './data/profiles';
export type { ProfileDefinition, ProfileMethodRule, ProfileHeaderRule, ProfileTable } from './data/profiles';
export { analyseProfiles, expectationsFor, offeredMethods, normaliseProfileName, closestProfile, profileTableFor } from './lib/profiles';
export type { ProfileAnalysis, ProfileSet, ProfileOptions, MethodExpectations } from './lib/profiles';
export { RULE_NAMES, WAIVER_KEY } from './data/rule-names';
export type { RuleName } from './data/rule-names';
export { isWaived, readWaiver } from './lib/waivers';
export { createRuleset, RulesetOptionsError } from '../ruleset/factory';
export type { CreateRulesetOptions } from '../ruleset/factory';
