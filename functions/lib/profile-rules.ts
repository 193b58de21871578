/** Shared plumbing of the profile rules: the options schema and per-operation iteration. */
import { Method } from '../data/matrix';
import { describeCode } from '../data/status-codes';
import { DocumentModel, Operation, upperMethod } from './model';
import {
  MethodExpectations,
  ProfileAnalysis,
  ProfileOptions,
  ProfileSet,
  analyseProfiles,
  expectationsFor,
  profileTableFor,
  profilesOptionSchema,
} from './profiles';

export const profileOptionProperties = { profiles: profilesOptionSchema } as const;

export interface ProfiledOperation {
  readonly operation: Operation;
  readonly set: ProfileSet;
  readonly expectations: MethodExpectations;
  readonly analysis: ProfileAnalysis;
}

/** Each operation under `paths` whose declared profiles offer its method. */
export function* profiledOperations(model: DocumentModel, options: ProfileOptions): Generator<ProfiledOperation> {
  const analysis = analyseProfiles(model, profileTableFor(options));
  for (const resource of analysis.resources) {
    if (resource.operations.size === 0) continue; // nothing declared here
    for (const [operation, set] of resource.operations) {
      const expectations = expectationsFor(set, analysis.table, operation);
      if (expectations !== undefined) yield { operation, set, expectations, analysis };
    }
  }
}

/** The expectations the default profiles put on one operation, for the core rules that defer to them. */
export function defaultExpectations(model: DocumentModel, operation: Operation): MethodExpectations | undefined {
  if (operation.where !== 'path' || !model.mentions.profiles) return undefined;
  const analysis = analyseProfiles(model);
  const set = analysis.setFor(operation);
  return set === undefined ? undefined : expectationsFor(set, analysis.table, operation);
}

/** "201 Created or 204 No Content" */
export function listCodes(codes: readonly number[]): string {
  const described = codes.map(describeCode);
  if (described.length <= 1) return described[0] ?? '';
  return `${described.slice(0, -1).join(', ')} or ${described[described.length - 1]}`;
}

/** The upper-case method name (`GET`). */
export const upper: (method: Method) => string = upperMethod;
