/**
 * Which Level 3 profiles each resource declares, and what they make of each
 * operation: offered methods, required and allowed codes, tied headers.
 *
 * Declarations: `x-profiles` (names or level3.rest URIs) on the document
 * root, a path item or an operation, or a `Profile` response header whose
 * example, default or enum lists profile URIs. A list that names a core
 * profile replaces the one above it; a list of mixins only extends it.
 */
import { METHODS, Method } from '../data/matrix';
import {
  DEFAULT_PROFILES,
  PROFILE_SILENT_METHODS,
  ProfileDefinition,
  ProfileHeaderRule,
  ProfileTable,
  UNIVERSAL_CODES,
} from '../data/profiles';
import { DocumentModel, Operation, PathItemEntry, takesHeader } from './model';
import { Dict, JsonPath, deref, describeValue, isObject, keysOf, own } from './safe';

/** A problem with a declaration, reported by `http-status-profile-unknown`. */
export interface DeclarationProblem {
  readonly message: string;
  readonly path: JsonPath;
}

/** One declaration as written. */
interface Declaration {
  readonly names: string[];
  /** Whether some entry was not a known profile (then the combination is not judged: one problem, one finding). */
  readonly incomplete: boolean;
  /** Where it was written: the `x-profiles` key or the `Profile` header. */
  readonly path: JsonPath;
  readonly where: string;
}

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

const URI = /^https?:\/\/level3\.rest\/profiles\/(?:mixins?\/)?([^/?#\s]+)\/?$/i;
const URI_IN_TEXT = /https?:\/\/level3\.rest\/profiles\/(?:mixins?\/)?[A-Za-z0-9_-]+/gi;

/** `https://level3.rest/profiles/mixins/Entity` -> `entity`; names are lower-cased. */
export function normaliseProfileName(value: string): string {
  const trimmed = value.trim().replace(/^<|>$/g, '');
  const match = URI.exec(trimmed);
  return (match?.[1] ?? trimmed).toLowerCase();
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j] ?? 0;
      row[j] = Math.min(cur + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length] ?? 0;
}

/** The known name closest to `name`, if it is close enough to be a typo. */
export function closestProfile(name: string, table: ProfileTable): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const known of Object.keys(table)) {
    const d = distance(name, known);
    if (d < bestDistance) {
      best = known;
      bestDistance = d;
    }
  }
  // One edit away, or two for names of six letters or more ('represntaton').
  return best !== undefined && (bestDistance <= 1 || (bestDistance <= 2 && name.length >= 6)) ? best : undefined;
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

function readXProfiles(node: unknown, path: JsonPath, where: string, table: ProfileTable, problems: DeclarationProblem[]): Declaration | undefined {
  const value = own(node, 'x-profiles');
  if (value === undefined) return undefined;
  const keyPath = [...path, 'x-profiles'];
  const list = typeof value === 'string' ? value.split(',') : value;
  if (!Array.isArray(list)) {
    problems.push({ message: `${where} has \`x-profiles\` that is not a list; write a list of profile names, e.g. [data, entity].`, path: keyPath });
    return undefined;
  }
  const names: string[] = [];
  let incomplete = false;
  list.forEach((raw: unknown, index: number) => {
    const at = typeof value === 'string' ? keyPath : [...keyPath, index];
    if (typeof raw !== 'string' || raw.trim() === '') {
      incomplete = true;
      problems.push({ message: `${where} lists ${typeof raw === 'string' ? JSON.stringify(raw) : describeValue(raw)} in \`x-profiles\`, which is not a profile name; write a name such as data, or a https://level3.rest/profiles/... URI.`, path: at });
      return;
    }
    const name = normaliseProfileName(raw);
    if (Object.prototype.hasOwnProperty.call(table, name)) {
      names.push(name);
      return;
    }
    incomplete = true;
    const close = closestProfile(name, table);
    problems.push({
      message: `${where} lists '${raw.trim()}' in \`x-profiles\`, which is not a Level 3 profile${close === undefined ? '' : `; did you mean '${close}'?`}${
        close === undefined ? `; use one of ${Object.keys(table).join(', ')}.` : ''
      }`,
      path: at,
    });
  });
  return { names, incomplete, path: keyPath, where };
}

/** Profile URIs listed by a `Profile` response header of the path item's operations. */
function readProfileHeader(model: DocumentModel, entry: PathItemEntry, table: ProfileTable, problems: DeclarationProblem[]): Declaration | undefined {
  for (const operation of entry.operations) {
    for (const response of operation.responses) {
      const headers = own(response.response, 'headers');
      for (const headerName of keysOf(headers)) {
        if (headerName.toLowerCase() !== 'profile') continue;
        const header = deref(model.root, own(headers, headerName));
        const texts = headerTexts(model.root, header);
        const uris = texts.flatMap((t) => t.match(URI_IN_TEXT) ?? []);
        if (uris.length === 0) continue;
        const path = [...response.path, 'headers', headerName];
        const names: string[] = [];
        let incomplete = false;
        for (const uri of uris) {
          const name = normaliseProfileName(uri);
          if (Object.prototype.hasOwnProperty.call(table, name)) {
            if (!names.includes(name)) names.push(name);
          } else {
            incomplete = true;
            const close = closestProfile(name, table);
            problems.push({
              message: `${operation.label} lists '${uri}' in its Profile header, which is not a Level 3 profile${close === undefined ? '' : `; did you mean '${close}'?`}`,
              path,
            });
          }
        }
        return { names, incomplete, path, where: `${entry.key} (Profile header)` };
      }
    }
  }
  return undefined;
}

function headerTexts(root: Dict, header: unknown): string[] {
  const out: string[] = [];
  const push = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(push);
  };
  push(own(header, 'example'));
  for (const key of keysOf(own(header, 'examples'))) push(own(deref(root, own(own(header, 'examples'), key)), 'value'));
  const schema = deref(root, own(header, 'schema'));
  push(own(schema, 'example'));
  push(own(schema, 'default'));
  push(own(schema, 'enum'));
  push(own(schema, 'examples'));
  // Swagger 2 headers carry their schema keywords inline.
  push(own(header, 'default'));
  push(own(header, 'enum'));
  return out;
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
    return { problem: `declares only mixins (${mixins.join(', ')}); a mixin adds to a core profile, so add one (data, content, form, ...)` };
  }
  if (others.length > 1) {
    return { problem: `declares two core profiles (${others.join(', ')}); a resource has one, plus mixins (only alias may stand next to its target's profile)` };
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
    if (combination.problem !== undefined && !rootDecl.incomplete) report(rootDecl.path, 'The document', combination.problem);
  }
  for (const entry of model.pathItems) {
    const pathDecl = readXProfiles(entry.item, entry.path, entry.key, table, problems) ?? readProfileHeader(model, entry, table, problems);
    const names = combine(rootNames, pathDecl, table);
    const declaredAt = pathDecl?.path ?? rootDecl?.path ?? entry.path;
    let set: ProfileSet | undefined;
    if (names !== undefined) {
      const combination = toSet(names, declaredAt, table);
      if (combination.problem !== undefined && pathDecl !== undefined && !pathDecl.incomplete) report(declaredAt, entry.key, combination.problem);
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
      if (combination.problem !== undefined && !opDecl.incomplete) report(opDecl.path, operation.label, combination.problem);
      if (combination.set !== undefined) operations.set(operation, combination.set);
    }
    for (const [op, s] of operations) byOperation.set(op, s);
    resources.push({ entry, set, operations });
  }
  return { table, resources, problems, setFor: (operation) => byOperation.get(operation) };
}

/* ---------- What a profile set makes of an operation ---------- */

/** Methods in the order HTTP texts list them, for messages. */
const DISPLAY_ORDER: readonly Method[] = ['head', 'get', 'put', 'post', 'patch', 'delete', 'options', 'trace'];

/** The methods a set offers: the core's (with alias, the target's; alias alone, all of its own). */
export function offeredMethods(set: ProfileSet, table: ProfileTable): Method[] {
  const source = set.core === 'alias' && set.target !== undefined ? table[set.target] : table[set.core];
  return DISPLAY_ORDER.filter((m) => source?.methods[m] !== undefined);
}

export interface MethodExpectations {
  /** Groups of codes, one of each group required, with the profile that requires it. */
  readonly required: ReadonlyArray<{ readonly codes: readonly number[]; readonly by: string; readonly because?: string }>;
  /** Every code some declared profile gives for the method (universal codes included). */
  readonly allowed: ReadonlySet<number>;
  /** Header rules tied to codes of this method. */
  readonly headers: ReadonlyArray<{ readonly rule: ProfileHeaderRule; readonly by: string }>;
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
export function expectationsFor(set: ProfileSet, table: ProfileTable, operation: Operation): MethodExpectations | undefined {
  const method = operation.method;
  if (PROFILE_SILENT_METHODS.includes(method) || !offeredMethods(set, table).includes(method)) return undefined;
  const required: Array<{ codes: readonly number[]; by: string; because?: string }> = [];
  const allowed = new Set<number>(UNIVERSAL_CODES);
  const headers: Array<{ rule: ProfileHeaderRule; by: string }> = [];
  const offersPatch = offeredMethods(set, table).includes('patch') && operation.pathItem !== undefined && isObject(own(operation.pathItem, 'patch'));
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
      for (const group of conditional.required) required.push({ codes: group, by: name, because: `it takes ${conditional.header}` });
    }
    for (const header of def.headers ?? []) {
      if (!header.methods.includes(method)) continue;
      if (header.when === 'offers-patch' && !offersPatch) continue;
      headers.push({ rule: header, by: name });
    }
  }
  return { required, allowed, headers };
}

/** How messages name a set: `data` + `entity`. */
export function describeSet(set: ProfileSet): string {
  const core = set.core === 'alias' && set.target !== undefined ? `\`alias\` (of ${article(set.target)} \`${set.target}\`)` : `\`${set.core}\``;
  return [core, ...set.mixins.map((m) => `\`${m}\``)].join(' + ');
}

/** `a` or `an` before a profile name. */
export function article(name: string): string {
  return /^[aeiou]/i.test(name) ? 'an' : 'a';
}

/** The mixins whose signature code `code` is, and that apply to the method. */
export function mixinsAllowing(code: number, method: Method, table: ProfileTable): string[] {
  return Object.entries(table)
    .filter(([, def]) => def.kind === 'mixin' && (def.signals ?? []).includes(code))
    .filter(([, def]) => {
      const rule = def.methods[method];
      return rule !== undefined && ((rule.allowed ?? []).includes(code) || (rule.required ?? []).some((g) => g.includes(code)));
    })
    .map(([name]) => name);
}

/* ---------- Options ---------- */

const codes = { type: 'array', items: { type: 'integer', minimum: 100, maximum: 599 }, uniqueItems: true } as const;
const methodRule = {
  type: 'object',
  properties: {
    required: { type: 'array', items: { ...codes, minItems: 1 } },
    allowed: codes,
    conditional: {
      type: 'array',
      items: {
        type: 'object',
        properties: { header: { type: 'string', minLength: 1 }, required: { type: 'array', items: { ...codes, minItems: 1 } } },
        required: ['header', 'required'],
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
} as const;

/** JSON schema of the `profiles` option: extra or replacement profiles, in the shape of the table. */
export const profilesOptionSchema = {
  type: 'object',
  propertyNames: { pattern: '^[a-z][a-z0-9-]*$' },
  additionalProperties: {
    type: 'object',
    properties: {
      kind: { enum: ['core', 'mixin'] },
      summary: { type: 'string' },
      methods: {
        type: 'object',
        properties: Object.fromEntries(METHODS.map((m) => [m, methodRule])),
        additionalProperties: false,
      },
      headers: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            methods: { type: 'array', items: { enum: [...METHODS] }, minItems: 1 },
            codes: { ...codes, minItems: 1 },
            headers: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
            when: { enum: ['offers-patch'] },
          },
          required: ['methods', 'codes', 'headers'],
          additionalProperties: false,
        },
      },
    },
    required: ['kind', 'methods'],
    additionalProperties: false,
  },
} as const;

export interface ProfileOptions {
  /** Profiles added to (or replacing, by name) the default table. */
  profiles?: Record<string, ProfileDefinition>;
}

const tables = new WeakMap<object, ProfileTable>();

/** The profile table for a rule's options: the default, extended or overridden by `profiles`. */
export function profileTableFor(options: unknown): ProfileTable {
  const extra = own(options, 'profiles');
  if (!isObject(extra)) return DEFAULT_PROFILES;
  const hit = tables.get(extra);
  if (hit !== undefined) return hit;
  const table: Record<string, ProfileDefinition> = { ...DEFAULT_PROFILES };
  for (const name of keysOf(extra)) {
    const def = own(extra, name);
    if (isObject(def)) {
      const definition = def as unknown as ProfileDefinition;
      table[name] = { ...definition, summary: definition.summary ?? '' };
    }
  }
  tables.set(extra, table);
  return table;
}
