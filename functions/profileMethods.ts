/** `http-status-profile-methods`: operations only for methods the declared profiles offer, and GET on every resource. */
import { PROFILE_SILENT_METHODS } from './data/profiles';
import { defineDocumentFunction, Finding, optionsSchema } from './lib/define';
import { DocumentModel } from './lib/model';
import { profileOptionProperties, upper } from './lib/profile-rules';
import { ProfileOptions, analyseProfiles, article, describeSet, offeredMethods, profileTableFor } from './lib/profiles';
import { isObject, own } from './lib/safe';

function list(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function* checkProfileMethods(model: DocumentModel, options: ProfileOptions): Generator<Finding> {
  const analysis = analyseProfiles(model, profileTableFor(options));
  const table = analysis.table;
  for (const resource of analysis.resources) {
    if (resource.set === undefined && resource.operations.size === 0) continue; // nothing declared here
    for (const [operation, set] of resource.operations) {
      if (PROFILE_SILENT_METHODS.includes(operation.method)) continue;
      const offered = offeredMethods(set, table);
      if (offered.includes(operation.method)) continue;
      const name = set.core === 'alias' && set.target !== undefined ? set.target : set.core;
      const others = Object.entries(table)
        .filter(([, def]) => def.kind === 'core' && def.methods[operation.method] !== undefined)
        .map(([n]) => `\`${n}\``);
      yield {
        message: `${operation.label}: ${article(name)} ${describeSet(set)} resource offers ${list(offered.map(upper))}, not ${upper(operation.method)}; remove the operation, or declare a profile that offers it${
          others.length > 0 ? ` (${others.slice(0, 4).join(', ')})` : ''
        }.`,
        path: operation.path,
      };
    }
    const set = resource.set;
    if (set === undefined || isObject(own(resource.entry.item, 'get'))) continue;
    if (!offeredMethods(set, table).includes('get')) continue;
    const name = set.core === 'alias' && set.target !== undefined ? set.target : set.core;
    yield {
      message: `${resource.entry.key} is ${article(name)} ${describeSet(set)} resource but has no GET; every Level 3 resource answers GET and HEAD, so add a GET operation.`,
      path: resource.entry.path,
    };
  }
}

export const httpStatusProfileMethods = defineDocumentFunction<ProfileOptions>(
  'httpStatusProfileMethods',
  optionsSchema(profileOptionProperties),
  checkProfileMethods,
);
export default httpStatusProfileMethods;
