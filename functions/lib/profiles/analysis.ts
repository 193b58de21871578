/**
 * Which Level 3 profiles each resource declares. A list that names a core
 * profile replaces the one above it (root, path item, operation); a list of
 * mixins only extends it.
 */
import { DEFAULT_PROFILES, ProfileTable } from '../../data/profiles';
import { DocumentModel, Operation, PathItemEntry } from '../model';
import { JsonPath } from '../safe';
import { quote } from '../quote';
import { Declaration, DeclarationProblem, readProfileHeader, readXProfiles } from './declarations';

/** What the declared profiles make of one resource (or one operation of it). */
export interface ProfileSet {
  /** The core profile that governs codes (`alias` when declared). */
  readonly core: string;
  /** With `alias`: the target's profile, which only says which methods exist. */
  readonly target: string | undefined;
  readonly mixins: readonly string[];
  /** Where the list that decided it was written. */
  readonly declaredAt: JsonPath;
}

export interface ResourceProfiles {
  readonly entry: PathItemEntry;
  /** The resource's own set (path level, or root default); undefined when undeclared or unusable. */
  readonly set: ProfileSet | undefined;
  /** Per operation, the set that applies (operation-level `x-profiles` may change it). */
  readonly operations: ReadonlyMap<Operation, ProfileSet>;
}

export interface ProfileAnalysis {
  readonly table: ProfileTable;
  readonly resources: readonly ResourceProfiles[];
  readonly problems: readonly DeclarationProblem[];
  /** The set that applies to an operation under `paths`, if its resource declares one. */
  setFor(operation: Operation): ProfileSet | undefined;
}

const cache = new WeakMap<DocumentModel, WeakMap<object, ProfileAnalysis>>();

/** The profile analysis of a document for a profile table (cached per both). */
export function analyseProfiles(model: DocumentModel, table: ProfileTable = DEFAULT_PROFILES): ProfileAnalysis {
  let byTable = cache.get(model);
  if (byTable === undefined) {
    byTable = new WeakMap();
    cache.set(model, byTable);
  }
  const hit = byTable.get(table);
  if (hit !== undefined) return hit;
  const analysis = analyse(model, table);
  byTable.set(table, analysis);
  return analysis;
}

function combine(base: string[] | undefined, next: Declaration | undefined, table: ProfileTable): string[] | undefined {
  if (next === undefined) return base;
  const hasCore = next.names.some((n) => table[n]?.kind === 'core');
  if (hasCore || base === undefined) return [...next.names];
  return [...base, ...next.names.filter((n) => !base.includes(n))];
}

interface Combination {
  readonly set?: ProfileSet;
  readonly problem?: string;
}

function toSet(names: string[], declaredAt: JsonPath, table: ProfileTable): Combination {
  const cores = names.filter((n) => table[n]?.kind === 'core');
  const mixins = names.filter((n) => table[n]?.kind === 'mixin');
  const others = cores.filter((n) => n !== 'alias');
  if (cores.length === 0) {
    if (mixins.length === 0) return {};
    return {
      problem: `declares only mixins (${mixins.join(', ')}); a mixin adds to a core profile, so add one (data, content, form, ...)`,
    };
  }
  if (others.length > 1) {
    return {
      problem: `declares two core profiles (${others.join(', ')}); a resource has one, plus mixins (only alias may stand next to its target's profile)`,
    };
  }
  if (cores.includes('alias')) return { set: { core: 'alias', target: others[0], mixins, declaredAt } };
  return { set: { core: others[0] ?? '', target: undefined, mixins, declaredAt } };
}

const NO_PROFILED_OPERATIONS: ReadonlyMap<Operation, ProfileSet> = new Map();

function analyse(model: DocumentModel, table: ProfileTable): ProfileAnalysis {
  if (!model.mentions.profiles) {
    // No `x-profiles` and no level3.rest URI in the text: nothing is declared.
    const resources = model.pathItems.map((entry) => ({ entry, set: undefined, operations: NO_PROFILED_OPERATIONS }));
    return { table, resources, problems: [], setFor: () => undefined };
  }
  const problems: DeclarationProblem[] = [];
  const rootDecl = readXProfiles(model.root, [], 'The document', table, problems);
  const rootNames = rootDecl?.names;
  const resources: ResourceProfiles[] = [];
  const byOperation = new Map<Operation, ProfileSet>();
  const reported = new Set<string>();
  const report = (path: JsonPath, where: string, problem: string): void => {
    const key = path.join('\u0000');
    if (reported.has(key)) return;
    reported.add(key);
    problems.push({ message: `${where} ${problem}.`, path });
  };
  if (rootDecl !== undefined) {
    const combination = toSet(rootDecl.names, rootDecl.path, table);
    if (combination.problem !== undefined && !rootDecl.incomplete)
      report(rootDecl.path, 'The document', combination.problem);
  }
  for (const entry of model.pathItems) {
    const pathDecl =
      readXProfiles(entry.item, entry.path, quote(entry.key), table, problems) ??
      readProfileHeader(model, entry, table, problems);
    const names = combine(rootNames, pathDecl, table);
    const declaredAt = pathDecl?.path ?? rootDecl?.path ?? entry.path;
    let set: ProfileSet | undefined;
    if (names !== undefined) {
      const combination = toSet(names, declaredAt, table);
      if (combination.problem !== undefined && pathDecl !== undefined && !pathDecl.incomplete)
        report(declaredAt, quote(entry.key), combination.problem);
      set = combination.set;
    }
    const operations = new Map<Operation, ProfileSet>();
    for (const operation of entry.operations) {
      const opDecl = readXProfiles(operation.node, operation.path, operation.label, table, problems);
      if (opDecl === undefined) {
        if (set !== undefined) operations.set(operation, set);
        continue;
      }
      const opNames = combine(names, opDecl, table) ?? [];
      const combination = toSet(opNames, opDecl.path, table);
      if (combination.problem !== undefined && !opDecl.incomplete)
        report(opDecl.path, operation.label, combination.problem);
      if (combination.set !== undefined) operations.set(operation, combination.set);
    }
    for (const [op, s] of operations) byOperation.set(op, s);
    resources.push({ entry, set, operations });
  }
  return { table, resources, problems, setFor: (operation) => byOperation.get(operation) };
}
