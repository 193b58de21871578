/** What a set of declared profiles makes of one operation: offered methods, required and allowed codes, tied headers. */
import { DISPLAY_ORDER, Method } from '../../data/methods';
import { isProfileSilent } from '../../data/profiles';
import { ProfileDefinition, ProfileHeaderRule, ProfileTable, UNIVERSAL_CODES } from '../../data/profiles';
import { DocumentModel, Operation, takesHeader } from '../model';
import { article } from '../phrasing';
import { isObject, own } from '../safe';
import { ProfileAnalysis, ProfileSet, analyseProfiles } from './analysis';

export interface MethodExpectations {
  /** Groups of codes, one of each group required, with the profile that requires it. */
  readonly required: ReadonlyArray<{
    readonly codes: readonly number[];
    readonly by: string;
    readonly because?: string;
  }>;
  /** Every code some declared profile gives for the method (universal codes included). */
  readonly allowed: ReadonlySet<number>;
  /** Header rules tied to codes of this method. */
  readonly headers: ReadonlyArray<{ readonly rule: ProfileHeaderRule; readonly by: string }>;
}

/** The profile whose methods the set offers: the core's, or with `alias` next to a target, the target's. */
export function methodSource(set: ProfileSet): string {
  return set.core === 'alias' && set.target !== undefined ? set.target : set.core;
}

/** The methods a set offers, in display order. */
export function offeredMethods(set: ProfileSet, table: ProfileTable): Method[] {
  const source = table[methodSource(set)];
  return DISPLAY_ORDER.filter((m) => source?.methods[m] !== undefined);
}

/** Profiles whose rules apply to a method: the governing core, then the mixins. */
function governing(set: ProfileSet, table: ProfileTable): Array<[string, ProfileDefinition]> {
  const out: Array<[string, ProfileDefinition]> = [];
  const core = table[set.core];
  if (core !== undefined) out.push([set.core, core]);
  for (const mixin of set.mixins) {
    const def = table[mixin];
    if (def !== undefined) out.push([mixin, def]);
  }
  return out;
}

/** What the set requires and allows for one operation; undefined when the method is not offered. */
export function expectationsFor(
  set: ProfileSet,
  table: ProfileTable,
  operation: Operation,
): MethodExpectations | undefined {
  const method = operation.method;
  if (method === undefined || isProfileSilent(method) || !offeredMethods(set, table).includes(method)) return undefined;
  const required: Array<{ codes: readonly number[]; by: string; because?: string }> = [];
  const allowed = new Set<number>(UNIVERSAL_CODES);
  const headers: Array<{ rule: ProfileHeaderRule; by: string }> = [];
  const offersPatch = offeredMethods(set, table).includes('patch') && isObject(own(operation.pathItem, 'patch'));
  for (const [name, def] of governing(set, table)) {
    const rule = def.methods[method];
    if (rule === undefined) continue;
    for (const group of rule.required ?? []) {
      required.push({ codes: group, by: name });
      group.forEach((c) => allowed.add(c));
    }
    for (const code of rule.allowed ?? []) allowed.add(code);
    for (const conditional of rule.conditional ?? []) {
      conditional.required.forEach((group) => group.forEach((c) => allowed.add(c)));
      if (takesHeader(operation, [conditional.header]) === undefined) continue;
      for (const group of conditional.required)
        required.push({ codes: group, by: name, because: `it takes ${conditional.header}` });
    }
    for (const header of def.headers ?? []) {
      if (!header.methods.includes(method)) continue;
      if (header.when === 'offers-patch' && !offersPatch) continue;
      headers.push({ rule: header, by: name });
    }
  }
  return { required, allowed, headers };
}

/** An operation under `paths` whose declared profiles offer its method. */
export interface ProfiledOperation {
  readonly operation: Operation;
  readonly set: ProfileSet;
  readonly expectations: MethodExpectations;
  readonly analysis: ProfileAnalysis;
}

const NONE = Symbol('none');
const profiledCache = new WeakMap<ProfileAnalysis, Map<Operation, ProfiledOperation | typeof NONE>>();

/** What the declared profiles of `table` expect of one operation, if it is profiled and its method offered (cached). */
export function profiled(
  model: DocumentModel,
  table: ProfileTable,
  operation: Operation,
): ProfiledOperation | undefined {
  if (operation.where !== 'path' || !model.mentions.profiles) return undefined;
  const analysis = analyseProfiles(model, table);
  let byOperation = profiledCache.get(analysis);
  if (byOperation === undefined) profiledCache.set(analysis, (byOperation = new Map()));
  let hit = byOperation.get(operation);
  if (hit === undefined) {
    const set = analysis.setFor(operation);
    const expectations = set === undefined ? undefined : expectationsFor(set, analysis.table, operation);
    hit = set === undefined || expectations === undefined ? NONE : { operation, set, expectations, analysis };
    byOperation.set(operation, hit);
  }
  return hit === NONE ? undefined : hit;
}

/** How messages name a set: `data` + `entity`. */
export function describeSet(set: ProfileSet): string {
  const core =
    set.core === 'alias' && set.target !== undefined
      ? `\`alias\` (of ${article(set.target)} \`${set.target}\`)`
      : `\`${set.core}\``;
  return [core, ...set.mixins.map((m) => `\`${m}\``)].join(' + ');
}

/** The mixins whose signature code `code` is, and that apply to the method. */
export function mixinsAllowing(code: number, method: Method, table: ProfileTable): string[] {
  return Object.entries(table)
    .filter(([, def]) => def.kind === 'mixin' && (def.signals ?? []).includes(code))
    .filter(([, def]) => {
      const rule = def.methods[method];
      return (
        rule !== undefined &&
        ((rule.allowed ?? []).includes(code) || (rule.required ?? []).some((g) => g.includes(code)))
      );
    })
    .map(([name]) => name);
}
