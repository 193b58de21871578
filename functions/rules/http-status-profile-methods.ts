/** `http-status-profile-methods`: operations only for methods the declared profiles offer, and GET on every resource. */
import { upperMethod } from '../data/methods';
import { isProfileSilent } from '../data/profiles';
import { article, listAnd } from '../lib/phrasing';
import { describeSet, methodSource, offeredMethods } from '../lib/profiles';
import { defineRule } from '../lib/rule';
import { isObject, own } from '../lib/safe';
import { quote } from '../lib/quote';

export default defineRule({
  id: 'http-status-profile-methods',
  description:
    "Operations use only methods the resource's declared profiles offer, and every profiled resource has GET.",
  severity: 'warn',
  basis: 'profile',
  visit: {
    each: 'resource',
    check(resource, run) {
      if (resource.set === undefined && resource.operations.size === 0) return; // nothing declared here
      const table = run.profiles;
      for (const [operation, set] of resource.operations) {
        const method = operation.method;
        if (method === undefined || isProfileSilent(method)) continue;
        const offered = offeredMethods(set, table);
        if (offered.includes(method)) continue;
        const name = methodSource(set);
        const others = Object.entries(table)
          .filter(([, def]) => def.kind === 'core' && def.methods[method] !== undefined)
          .map(([n]) => `\`${n}\``);
        run.report(
          `${operation.label}: ${article(name)} ${describeSet(set)} resource offers ${listAnd(offered.map(upperMethod))}, not ${upperMethod(method)}; remove the operation, or declare a profile that offers it${
            others.length > 0 ? ` (${others.slice(0, 4).join(', ')})` : ''
          }.`,
          operation.path,
        );
      }
      const set = resource.set;
      if (set === undefined || isObject(own(resource.entry.item, 'get'))) return;
      if (!offeredMethods(set, table).includes('get')) return;
      const name = methodSource(set);
      run.report(
        `${quote(resource.entry.key)} is ${article(name)} ${describeSet(set)} resource but has no GET; every Level 3 resource answers GET and HEAD, so add a GET operation.`,
        resource.entry.path,
      );
    },
  },
});
