/**
 * The status-code map: a document's operations by the status codes they
 * declare, with what Spectral found about each, cell by cell.
 *
 * Built from one Spectral run (the same ruleset, overrides and waivers as
 * `spectral lint`): every result lands in exactly one place (a cell of an
 * operation's row, the operation's own cell, a shared definition's row, a
 * resource's row or the document's row), so that the map and the lint
 * never disagree. What a result means for a cell (the code a "missing"
 * finding asks for, whether a finding on a declared code says it does not
 * belong) comes from the notes the rule functions give a collector
 * (functions/lib/finding-notes.ts); results of other rulesets are placed by
 * their path alone.
 *
 * Pure: no Node, no DOM. The report command and the playground both call it.
 */
import type { FindingNote } from '../functions/lib/finding-notes';
import { getModel } from '../functions/lib/model';
import type { Operation } from '../functions/lib/model';
import { analyseProfiles, describeSet } from '../functions/lib/profiles';
import type { JsonPath } from '../functions/lib/safe';
import { keysOf } from '../functions/lib/safe';
import { usersOf } from '../functions/lib/shared-responses';
import { statusEntry } from '../functions/data/status-codes';
import type { CellState } from './states';

/** The map's format version: bumped when a field changes meaning or goes away. */
export const MAP_FORMAT = 1;

export type SeverityName = 'error' | 'warn' | 'info' | 'hint';
export const SEVERITY_NAMES: readonly SeverityName[] = ['error', 'warn', 'info', 'hint'];

export { CELL_STATES } from './states';
export type { CellState } from './states';

/** A Spectral result as `spectral lint -f json` prints it (and `Spectral#run` returns it). */
export interface LintResult {
  readonly code: string | number;
  readonly message: string;
  readonly path: JsonPath;
  readonly severity: number;
  readonly range?: { readonly start: { readonly line: number; readonly character: number } };
  readonly source?: string;
}

export interface MapColumn {
  /** The response key: `404`, `4XX`, `default`, or a malformed key as written. */
  readonly key: string;
  /** `1xx` to `5xx`, or `other` (`default`, malformed keys). */
  readonly group: string;
  /** The code's reason phrase, where IANA lists it. */
  readonly title?: string;
}

export interface MapCell {
  readonly state: Exclude<CellState, 'absent'>;
  /** Whether the operation declares the key. */
  readonly declared: boolean;
  /** Findings that belong to this cell (ids into `findings`). */
  readonly findings: readonly number[];
  /** Findings placed elsewhere that concern this cell too: a shared response's problem, the other codes of a "one of" request. */
  readonly related: readonly number[];
  /** Waived findings (ids into `waived`). */
  readonly waived: readonly number[];
}

export type RowKind = 'operation' | 'resource' | 'shared' | 'document';

export interface MapRow {
  readonly id: number;
  readonly kind: RowKind;
  /** `GET /orders/{id}`, a webhook's or callback's label, a path template, a shared definition's pointer, or `Document`. */
  readonly label: string;
  readonly method?: string;
  /** For operations: under `paths`, a webhook, or a callback. */
  readonly where?: 'path' | 'webhook' | 'callback';
  /** The group (id into `groups`). */
  readonly group: number;
  readonly path: JsonPath;
  /** 1-based line of the row's node in the document, when known. */
  readonly line?: number;
  /** Cells by column key; a key the row lacks is `absent`. */
  readonly cells: Readonly<Record<string, MapCell>>;
  /** Findings on the row itself, not on one code (an operation's summary, a missing success response). */
  readonly own: MapCell | undefined;
}

export interface MapGroup {
  readonly id: number;
  readonly kind: 'resource' | 'webhooks' | 'callbacks' | 'shared' | 'document';
  readonly label: string;
  /** For resources that declare Level 3 profiles: the profiles, as the docs name them. */
  readonly profiles?: string;
}

export interface MapFinding {
  readonly id: number;
  readonly rule: string;
  readonly severity: SeverityName;
  readonly message: string;
  readonly path: JsonPath;
  /** 1-based, as editors count. */
  readonly line?: number;
  readonly character?: number;
  /** The rule's documentation page, when its ruleset names one. */
  readonly docs?: string;
  /** The file the finding is in, when it is not the document itself (a `$ref`'d file). */
  readonly source?: string;
  readonly kind: 'missing' | 'forbidden' | 'problem';
  /** For `missing`: the codes asked for (one of them would do). */
  readonly expects?: readonly number[];
  readonly row: number;
  /** The column key, or null for the row's own cell. */
  readonly cell: string | null;
}

export interface MapWaived {
  readonly id: number;
  readonly rule: string;
  readonly message: string;
  readonly path: JsonPath;
  readonly reason: string | undefined;
  /** Where the waiver stands. */
  readonly waiverPath: JsonPath;
  readonly waiverLine?: number;
  readonly row: number;
  readonly cell: string | null;
}

export interface RuleCount {
  readonly rule: string;
  readonly docs?: string;
  readonly error: number;
  readonly warn: number;
  readonly info: number;
  readonly hint: number;
  readonly total: number;
}

export interface MapSummary {
  readonly operations: number;
  /** Operations with no finding in any of their cells (related findings count). */
  readonly operationsWithoutFindings: number;
  readonly findings: number;
  readonly waived: number;
  readonly bySeverity: Readonly<Record<SeverityName, number>>;
  readonly byRule: readonly RuleCount[];
  /** Codes most often missing, with the number of operations that miss each (a request for one of several codes counts for the first). */
  readonly mostMissed: ReadonlyArray<{ readonly code: string; readonly operations: number }>;
  /** Resources that declare Level 3 profiles. */
  readonly profiles: ReadonlyArray<{ readonly resource: string; readonly profiles: string }>;
}

export interface StatusMap {
  readonly format: typeof MAP_FORMAT;
  readonly generator: string;
  readonly source: string;
  readonly ruleset?: string;
  readonly version?: string;
  readonly columns: readonly MapColumn[];
  readonly groups: readonly MapGroup[];
  readonly rows: readonly MapRow[];
  readonly findings: readonly MapFinding[];
  readonly waived: readonly MapWaived[];
  readonly summary: MapSummary;
}

export interface MapInput {
  /** The document as parsed, before `$ref`s are resolved (Spectral's `document.data`). */
  readonly written: unknown;
  /** The resolved document (`Spectral#runWithResolved`'s `resolved`). */
  readonly resolved: unknown;
  /** The document's text (for the model's scans). */
  readonly text: string;
  /** The document's name as results give it (`source`): results from other files (`$ref`'d) go to a row of their own. */
  readonly source: string;
  /** How the map names the document (a path relative to the working directory, say); `source` when absent. */
  readonly displaySource?: string;
  /** How the map names another file a result is in; the name as given when absent. */
  readonly displayFile?: (source: string) => string;
  readonly results: readonly LintResult[];
  readonly notes: readonly FindingNote[];
  readonly generator: string;
  readonly ruleset?: string;
  /** A rule's documentation page. */
  readonly docsUrl?: (rule: string) => string | undefined;
  /** 1-based line and character of a path of the document. */
  readonly locate?: (path: JsonPath) => { readonly line: number; readonly character: number } | undefined;
  /**
   * Told how many results of rules that give notes (`http-status-*`) came
   * without one: an older package, or a rule given its own message; those
   * are placed by their path alone, as problems.
   */
  readonly onUnnoted?: (count: number) => void;
}

const SEP = '\u0000';
const keyOf = (path: JsonPath): string => path.join(SEP);

const STATE_ORDER: Readonly<Record<CellState, number>> = { forbidden: 0, problem: 1, missing: 2, waived: 3, ok: 4, absent: 5 };

/** Sorts response keys: codes, then the class's range, grouped 1xx to 5xx; then malformed keys; `default` last. */
export function columnOf(key: string): MapColumn {
  if (/^[1-5]\d\d$/.test(key)) {
    const phrase = statusEntry(Number(key));
    return { key, group: `${key[0]}xx`, ...(phrase === undefined || phrase.state === 'unused' ? {} : { title: phrase.phrase }) };
  }
  if (/^[1-5]XX$/.test(key)) return { key, group: `${key[0]}xx` };
  return { key, group: 'other' };
}

function columnRank(key: string): [number, number, string] {
  if (/^[1-5]\d\d$/.test(key)) return [Number(key[0]), Number(key), ''];
  if (/^[1-5]XX$/.test(key)) return [Number(key[0]), 1000, ''];
  if (key === 'default') return [7, 0, ''];
  return [6, 0, key];
}

export function compareColumns(a: string, b: string): number {
  const [ga, na, sa] = columnRank(a);
  const [gb, nb, sb] = columnRank(b);
  return ga - gb || na - nb || (sa < sb ? -1 : sa > sb ? 1 : 0);
}

interface CellDraft {
  declared: boolean;
  findings: number[];
  related: number[];
  waived: number[];
  /** The states the findings and related findings give. */
  worst: CellState;
}

interface RowDraft {
  id: number;
  kind: RowKind;
  label: string;
  method?: string;
  where?: 'path' | 'webhook' | 'callback';
  group: number;
  path: JsonPath;
  line?: number;
  cells: Map<string, CellDraft>;
  own: CellDraft | undefined;
}

const newCell = (declared: boolean): CellDraft => ({ declared, findings: [], related: [], waived: [], worst: declared ? 'ok' : 'absent' });

function severityName(severity: number): SeverityName {
  return SEVERITY_NAMES[severity] ?? 'hint';
}

/** Where a shared response definition starts, when a path lies in one: `components/responses/<name>` (3.x), `responses/<name>` (2.0). */
function sharedDefinitionPath(path: JsonPath, swagger: boolean): JsonPath | undefined {
  if (!swagger && path[0] === 'components' && path[1] === 'responses' && path.length >= 3) return path.slice(0, 3);
  if (swagger && path[0] === 'responses' && path.length >= 2) return path.slice(0, 2);
  return undefined;
}

/** Builds the map. Never throws on a document Spectral could lint: what it cannot place goes to the document's row. */
export function buildStatusMap(input: MapInput): StatusMap {
  const model = getModel(input.resolved, input.written, input.text);
  const swagger = model.version === '2.0';
  const groups: MapGroup[] = [];
  const rows: RowDraft[] = [];
  const columns = new Set<string>();
  const locate = (path: JsonPath): number | undefined => input.locate?.(path)?.line;

  // Groups: resources in document order, then webhooks, then callbacks.
  const groupIds = new Map<string, number>();
  const groupFor = (kind: MapGroup['kind'], label: string, profiles?: string): number => {
    const id = `${kind}${SEP}${label}`;
    let found = groupIds.get(id);
    if (found === undefined) {
      found = groups.length;
      groups.push({ id: found, kind, label, ...(profiles === undefined ? {} : { profiles }) });
      groupIds.set(id, found);
    }
    return found;
  };
  const profiles = model.mentions.profiles ? analyseProfiles(model) : undefined;
  const declaredProfiles = new Map<string, string>();
  for (const resource of profiles?.resources ?? []) {
    if (resource.set !== undefined) declaredProfiles.set(resource.entry.key, describeSet(resource.set));
  }
  for (const entry of model.pathItems) groupFor('resource', entry.key, declaredProfiles.get(entry.key));

  const byOperationPath = new Map<string, RowDraft>();
  let maxDepth = 0;
  const ordered: Operation[] = [
    ...model.operations.filter((o) => o.where === 'path'),
    ...model.operations.filter((o) => o.where === 'webhook'),
    ...model.operations.filter((o) => o.where === 'callback'),
  ];
  // Rows follow their group's order; within a group, the model's (document) order.
  const groupOf = (operation: Operation): number =>
    operation.where === 'path' ? groupFor('resource', operation.target, declaredProfiles.get(operation.target)) : groupFor(operation.where === 'webhook' ? 'webhooks' : 'callbacks', operation.where === 'webhook' ? 'Webhooks' : 'Callbacks');
  const operationRows: RowDraft[] = [];
  for (const operation of ordered) {
    const row: RowDraft = {
      id: -1,
      kind: 'operation',
      label: operation.label,
      method: operation.method,
      where: operation.where,
      group: groupOf(operation),
      path: operation.path,
      line: locate(operation.path),
      cells: new Map(),
      own: undefined,
    };
    for (const response of operation.responses) {
      if (response.status.kind === 'extension') continue;
      row.cells.set(response.key, newCell(true));
      columns.add(response.key);
    }
    byOperationPath.set(keyOf(operation.path), row);
    maxDepth = Math.max(maxDepth, operation.path.length);
    operationRows.push(row);
  }

  const extraRows = new Map<string, RowDraft>();
  const extraRow = (kind: RowKind, label: string, group: number, path: JsonPath): RowDraft => {
    const id = keyOf([kind, ...path]);
    let row = extraRows.get(id);
    if (row === undefined) {
      // A row for another file has no path in this document.
      const own = path[0] === '\u0000file' ? [] : path;
      row = { id: -1, kind, label, group, path: own, line: own.length === 0 ? undefined : locate(own), cells: new Map(), own: undefined };
      extraRows.set(id, row);
    }
    return row;
  };

  const cellOf = (row: RowDraft, key: string | null): CellDraft => {
    if (key === null) return (row.own ??= newCell(false));
    let cell = row.cells.get(key);
    if (cell === undefined) {
      cell = newCell(false);
      row.cells.set(key, cell);
    }
    columns.add(key);
    return cell;
  };
  const worsen = (cell: CellDraft, state: CellState): void => {
    if (STATE_ORDER[state] < STATE_ORDER[cell.worst]) cell.worst = state;
  };

  interface Placement {
    row: RowDraft;
    cell: string | null;
    related: Array<{ row: RowDraft; cell: string | null }>;
  }

  /** Where a finding (or a waived one) belongs. */
  const place = (path: JsonPath, kind: 'missing' | 'forbidden' | 'problem', expects: readonly number[] | undefined, file?: string): Placement => {
    if (file !== undefined && file !== input.source) {
      const name = input.displayFile?.(file) ?? file;
      return { row: extraRow('document', name, groupFor('document', 'Other files'), ['\u0000file', file]), cell: null, related: [] };
    }
    for (let length = Math.min(path.length, maxDepth); length >= 1; length--) {
      const row = byOperationPath.get(keyOf(path.slice(0, length)));
      if (row === undefined) continue;
      const rest = path.slice(length);
      if (rest[0] === 'responses' && rest.length >= 2 && !String(rest[1]).startsWith('x-')) return { row, cell: String(rest[1]), related: [] };
      if (kind === 'missing' && expects !== undefined && expects.length > 0) {
        const [first, ...others] = expects.map(String) as [string, ...string[]];
        return { row, cell: first, related: others.map((cell) => ({ row, cell })) };
      }
      return { row, cell: null, related: [] };
    }
    const shared = sharedDefinitionPath(path, swagger);
    if (shared !== undefined) {
      const row = extraRow('shared', `#/${shared.map((s) => String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`, groupFor('shared', 'Shared responses'), shared);
      const users = usersOf(model, input.written, shared);
      const first = users[0];
      const related: Placement['related'] = [];
      for (const user of users) {
        const userRow = byOperationPath.get(keyOf(user.operation.path));
        if (userRow !== undefined) related.push({ row: userRow, cell: user.key });
      }
      return { row, cell: first === undefined ? null : first.key, related };
    }
    const section = path[0];
    if ((section === 'paths' || section === 'webhooks' || section === 'x-webhooks') && path.length >= 2) {
      const key = String(path[1]);
      const group = section === 'paths' ? groupFor('resource', key, declaredProfiles.get(key)) : groupFor('webhooks', 'Webhooks');
      return { row: extraRow('resource', section === 'paths' ? key : `${key} (webhook)`, group, path.slice(0, 2)), cell: null, related: [] };
    }
    return { row: extraRow('document', 'Document', groupFor('document', 'Document'), []), cell: null, related: [] };
  };

  // Notes by what identifies a result: rule, path, message.
  const noteKey = (rule: string, path: JsonPath, message: string): string => `${rule}${SEP}${keyOf(path)}${SEP}${message}`;
  const notes = new Map<string, FindingNote[]>();
  const waivedNotes: FindingNote[] = [];
  for (const note of input.notes) {
    if (note.waived !== undefined) {
      waivedNotes.push(note);
      continue;
    }
    const key = noteKey(note.rule, note.path, note.message);
    const list = notes.get(key);
    if (list === undefined) notes.set(key, [note]);
    else list.push(note);
  }

  const findings: Array<Omit<MapFinding, 'row'> & { rowDraft: RowDraft }> = [];
  let unnoted = 0;
  for (const result of input.results) {
    const rule = String(result.code);
    const path = Array.isArray(result.path) ? result.path : [];
    const note = notes.get(noteKey(rule, path, result.message))?.shift();
    if (note === undefined && rule.startsWith('http-status-')) unnoted++;
    // The rule's kind, where it gave a note; another ruleset's finding is a problem where it stands.
    const kind = note?.kind ?? 'problem';
    const file = result.source !== undefined && result.source !== input.source ? result.source : undefined;
    const at = place(note?.at ?? path, kind, note?.expects, file);
    const id = findings.length;
    const docs = input.docsUrl?.(rule);
    findings.push({
      id,
      rule,
      severity: severityName(result.severity),
      message: result.message,
      path,
      ...(result.range === undefined ? {} : { line: result.range.start.line + 1, character: result.range.start.character + 1 }),
      ...(docs === undefined ? {} : { docs }),
      ...(file === undefined ? {} : { source: input.displayFile?.(file) ?? file }),
      kind,
      ...(note?.expects === undefined ? {} : { expects: note.expects }),
      rowDraft: at.row,
      cell: at.cell,
    });
    const home = cellOf(at.row, at.cell);
    home.findings.push(id);
    worsen(home, kind);
    for (const other of at.related) {
      const cell = cellOf(other.row, other.cell);
      cell.related.push(id);
      worsen(cell, kind);
    }
  }

  if (unnoted > 0) input.onUnnoted?.(unnoted);

  const waived: Array<Omit<MapWaived, 'row'> & { rowDraft: RowDraft }> = [];
  for (const note of waivedNotes) {
    const at = place(note.at, note.kind, note.expects);
    const id = waived.length;
    const waiverLine = note.waived === undefined ? undefined : locate(note.waived.path);
    waived.push({
      id,
      rule: note.rule,
      message: note.message,
      path: note.path,
      reason: note.waived?.reason,
      waiverPath: note.waived?.path ?? [],
      ...(waiverLine === undefined ? {} : { waiverLine }),
      rowDraft: at.row,
      cell: at.cell,
    });
    const cell = cellOf(at.row, at.cell);
    cell.waived.push(id);
    worsen(cell, 'waived');
  }

  // Rows in group order: each group's resource row first, then its operations; shared rows, then the document.
  const allRows = [...operationRows, ...extraRows.values()];
  const order = new Map(operationRows.map((row, index) => [row, index]));
  const kindOrder: Readonly<Record<RowKind, number>> = { resource: 0, operation: 1, shared: 2, document: 3 };
  const groupKindOrder: Readonly<Record<MapGroup['kind'], number>> = { resource: 0, webhooks: 1, callbacks: 2, shared: 3, document: 4 };
  const groupRank = (id: number): number => groupKindOrder[(groups[id] as MapGroup).kind] * 1e6 + id;
  allRows.sort((a, b) => groupRank(a.group) - groupRank(b.group) || kindOrder[a.kind] - kindOrder[b.kind] || (order.get(a) ?? 0) - (order.get(b) ?? 0) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  allRows.forEach((row, index) => {
    row.id = index;
  });
  rows.push(...allRows);
  // Groups that ended up with no row (a path item without operations or findings) are dropped; ids are renumbered.
  const usedGroups = [...new Set(rows.map((row) => row.group))].sort((a, b) => groupRank(a) - groupRank(b));
  const groupIndex = new Map(usedGroups.map((old, index) => [old, index]));

  const finalCell = (cell: CellDraft): MapCell => ({
    state: cell.worst === 'absent' ? 'ok' : cell.worst,
    declared: cell.declared,
    findings: cell.findings,
    related: cell.related,
    waived: cell.waived,
  });
  const finalRows: MapRow[] = rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    label: row.label,
    ...(row.method === undefined ? {} : { method: row.method }),
    ...(row.where === undefined ? {} : { where: row.where }),
    group: groupIndex.get(row.group) ?? 0,
    path: row.path,
    ...(row.line === undefined ? {} : { line: row.line }),
    cells: Object.fromEntries([...row.cells].filter(([, cell]) => cell.declared || cell.worst !== 'absent').map(([key, cell]) => [key, finalCell(cell)])),
    own: row.own === undefined ? undefined : finalCell(row.own),
  }));

  const finalFindings: MapFinding[] = findings.map(({ rowDraft, ...finding }) => ({ ...finding, row: rowDraft.id }));
  const finalWaived: MapWaived[] = waived.map(({ rowDraft, ...entry }) => ({ ...entry, row: rowDraft.id }));
  const sortedColumns = [...columns].sort(compareColumns).map(columnOf);
  const finalGroups = usedGroups.map((old, index) => ({ ...(groups[old] as MapGroup), id: index }));

  return {
    format: MAP_FORMAT,
    generator: input.generator,
    source: input.displaySource ?? input.source,
    ...(input.ruleset === undefined ? {} : { ruleset: input.ruleset }),
    ...(model.version === undefined ? {} : { version: model.version }),
    columns: sortedColumns,
    groups: finalGroups,
    rows: finalRows,
    findings: finalFindings,
    waived: finalWaived,
    summary: summarise(finalRows, finalFindings, finalWaived, finalGroups, input.docsUrl),
  };
}

function summarise(rows: readonly MapRow[], findings: readonly MapFinding[], waived: readonly MapWaived[], groups: readonly MapGroup[], docsUrl: MapInput['docsUrl']): MapSummary {
  const operations = rows.filter((row) => row.kind === 'operation');
  const touched = (cell: MapCell | undefined): boolean => cell !== undefined && (cell.findings.length > 0 || cell.related.length > 0);
  const clean = operations.filter((row) => !touched(row.own) && !Object.values(row.cells).some(touched)).length;
  const bySeverity: Record<SeverityName, number> = { error: 0, warn: 0, info: 0, hint: 0 };
  const byRule = new Map<string, { error: number; warn: number; info: number; hint: number; total: number }>();
  for (const finding of findings) {
    bySeverity[finding.severity]++;
    let counts = byRule.get(finding.rule);
    if (counts === undefined) byRule.set(finding.rule, (counts = { error: 0, warn: 0, info: 0, hint: 0, total: 0 }));
    counts[finding.severity]++;
    counts.total++;
  }
  // A request for one of several codes counts once, for the code its finding sits on.
  const missed = new Map<string, number>();
  for (const row of operations) {
    for (const key of keysOf(row.cells)) {
      if (row.cells[key]?.findings.some((id) => findings[id]?.kind === 'missing') === true) missed.set(key, (missed.get(key) ?? 0) + 1);
    }
  }
  return {
    operations: operations.length,
    operationsWithoutFindings: clean,
    findings: findings.length,
    waived: waived.length,
    bySeverity,
    byRule: [...byRule]
      .map(([rule, counts]) => {
        const docs = docsUrl?.(rule);
        return { rule, ...(docs === undefined ? {} : { docs }), ...counts };
      })
      .sort((a, b) => b.total - a.total || (a.rule < b.rule ? -1 : 1)),
    mostMissed: [...missed]
      .map(([code, count]) => ({ code, operations: count }))
      .sort((a, b) => b.operations - a.operations || compareColumns(a.code, b.code))
      .slice(0, 10),
    profiles: groups.filter((g) => g.profiles !== undefined).map((g) => ({ resource: g.label, profiles: g.profiles as string })),
  };
}
