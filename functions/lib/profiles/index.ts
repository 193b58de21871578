/** Level 3 profiles: declarations as written, what each resource declares, and what that expects of each operation. */
export { normaliseProfileName, closestProfile } from './declarations';
export { analyseProfiles } from './analysis';
export type { ProfileAnalysis, ProfileSet, ResourceProfiles } from './analysis';
export { describeSet, expectationsFor, methodSource, mixinsAllowing, offeredMethods, profiled } from './expectations';
export type { MethodExpectations, ProfiledOperation } from './expectations';
export { profileTableFor } from './table';
export type { ProfileOptions } from './table';
