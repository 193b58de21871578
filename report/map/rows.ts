/**
 * The map's rows while it is built: the groups (resources in document
 * order, then webhooks, callbacks, shared responses, other files, the
 * document), one row per operation with a cell per declared response key,
 * the rows findings add (a shared definition's, a path's, a file's, the
 * document's), and each cell's worst state so far. `finish` orders them and
 * gives the rows, groups and columns their final ids.
 */
import { responseLabel } from '../../functions/lib/model';
import type { Operation, ResponseEntry } from '../../functions/lib/model';
import type { JsonPath } from '../../functions/lib/safe';
import type { CellState } from '../states';
import { columnOf, compareColumns } from './columns';
import type { MapCell, MapColumn, MapGroup, MapRow, RowKind } from './types';

const SEP = '\u0000';
/** A path as a map key (no key of a document holds U+0000 where it matters: it only has to tell paths apart). */
export const keyOf = (path: JsonPath): string => path.join(SEP);

/** The first step of the path of a row for another file: that row has no path in the document. */
export const FILE_STEP = '\u0000file';

const STATE_ORDER: Readonly<Record<CellState, number>> = {
  forbidden: 0,
  problem: 1,
  missing: 2,
  waived: 3,
  baselined: 4,
  ok: 5,
  absent: 6,
};

export interface CellDraft {
  declared: boolean;
  /** What the declared response is called (lib/model `responseLabel`). */
  label?: string;
  findings: number[];
  related: number[];
  waived: number[];
  /** The states the findings and related findings give. */
  worst: CellState;
}

export interface RowDraft {
  /** Set by `finish`. */
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

const newCell = (declared: boolean): CellDraft => ({
  declared,
  findings: [],
  related: [],
  waived: [],
  worst: declared ? 'ok' : 'absent',
});

/** Makes a cell's state `state` if that is worse than what it has. */
export function worsen(cell: CellDraft, state: CellState): void {
  if (STATE_ORDER[state] < STATE_ORDER[cell.worst]) cell.worst = state;
}

const KIND_ORDER: Readonly<Record<RowKind, number>> = { resource: 0, operation: 1, shared: 2, document: 3 };
const GROUP_KIND_ORDER: Readonly<Record<MapGroup['kind'], number>> = {
  resource: 0,
  webhooks: 1,
  callbacks: 2,
  shared: 3,
  document: 4,
};

export interface FinishedRows {
  readonly rows: MapRow[];
  readonly groups: MapGroup[];
  readonly columns: MapColumn[];
}

export class RowTable {
  private readonly groups: MapGroup[] = [];
  private readonly groupIds = new Map<string, number>();
  private readonly columns = new Set<string>();
  private readonly operationRows: RowDraft[] = [];
  private readonly byOperationPath = new Map<string, RowDraft>();
  private readonly extraRows = new Map<string, RowDraft>();
  /** The longest operation path: how far back `operationAt` has to look. */
  private maxDepth = 0;

  /**
   * @param locate the 1-based line of a path of the document, when known
   * @param profiles the Level 3 profiles each resource (path template) declares, as the docs name them
   */
  constructor(
    private readonly locate: (path: JsonPath) => number | undefined,
    private readonly profiles: ReadonlyMap<string, string>,
  ) {}

  /** The group of a kind and label, made on first use: groups keep the order they were first asked for in. */
  group(kind: MapGroup['kind'], label: string): number {
    const id = `${kind}${SEP}${label}`;
    let found = this.groupIds.get(id);
    if (found === undefined) {
      found = this.groups.length;
      const profiles = kind === 'resource' ? this.profiles.get(label) : undefined;
      this.groups.push({ id: found, kind, label, ...(profiles === undefined ? {} : { profiles }) });
      this.groupIds.set(id, found);
    }
    return found;
  }

  /** Adds an operation's row, with a cell for each response key it declares (extensions aside). */
  addOperation(operation: Operation): void {
    const group =
      operation.where === 'path'
        ? this.group('resource', operation.target)
        : operation.where === 'webhook'
          ? this.group('webhooks', 'Webhooks')
          : this.group('callbacks', 'Callbacks');
    const row: RowDraft = {
      id: -1,
      kind: 'operation',
      label: operation.plainLabel,
      method: operation.methodName.toLowerCase(),
      where: operation.where,
      group,
      path: operation.path,
      line: this.locate(operation.path),
      cells: new Map(),
      own: undefined,
    };
    for (const response of operation.responses) {
      if (response.status.kind === 'extension') continue;
      const cell = newCell(true);
      const label = labelOf(response);
      if (label !== undefined) cell.label = label;
      row.cells.set(response.key, cell);
      this.columns.add(response.key);
    }
    this.byOperationPath.set(keyOf(operation.path), row);
    this.maxDepth = Math.max(this.maxDepth, operation.path.length);
    this.operationRows.push(row);
  }

  /** The row of the operation at exactly `path`. */
  operationRow(path: JsonPath): RowDraft | undefined {
    return this.byOperationPath.get(keyOf(path));
  }

  /** The operation whose path is the longest prefix of `path`, with the rest of the path; the innermost wins (a callback's, not its parent's). */
  operationAt(path: JsonPath): { readonly row: RowDraft; readonly rest: JsonPath } | undefined {
    for (let length = Math.min(path.length, this.maxDepth); length >= 1; length--) {
      const row = this.byOperationPath.get(keyOf(path.slice(0, length)));
      if (row !== undefined) return { row, rest: path.slice(length) };
    }
    return undefined;
  }

  /** A row that is no operation's, made on first use. */
  extraRow(kind: RowKind, label: string, group: number, path: JsonPath): RowDraft {
    const id = keyOf([kind, ...path]);
    let row = this.extraRows.get(id);
    if (row === undefined) {
      // A row for another file has no path in this document.
      const own = path[0] === FILE_STEP ? [] : path;
      row = {
        id: -1,
        kind,
        label,
        group,
        path: own,
        line: own.length === 0 ? undefined : this.locate(own),
        cells: new Map(),
        own: undefined,
      };
      this.extraRows.set(id, row);
    }
    return row;
  }

  /** A row's cell for a key (null: the row's own cell), made on first use; its column too. */
  cell(row: RowDraft, key: string | null): CellDraft {
    if (key === null) return (row.own ??= newCell(false));
    let cell = row.cells.get(key);
    if (cell === undefined) {
      cell = newCell(false);
      row.cells.set(key, cell);
    }
    this.columns.add(key);
    return cell;
  }

  /**
   * The rows in group order (each group's path row first, then its
   * operations in document order; shared rows, then the document), with
   * their ids set; the groups that have a row, renumbered; the columns in
   * code order.
   */
  finish(): FinishedRows {
    const groups = this.groups;
    const rows = [...this.operationRows, ...this.extraRows.values()];
    const order = new Map(this.operationRows.map((row, index) => [row, index]));
    const groupRank = (id: number): number => GROUP_KIND_ORDER[(groups[id] as MapGroup).kind] * 1e6 + id;
    rows.sort(
      (a, b) =>
        groupRank(a.group) - groupRank(b.group) ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        (order.get(a) ?? 0) - (order.get(b) ?? 0) ||
        (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
    );
    rows.forEach((row, index) => {
      row.id = index;
    });
    // Groups that ended up with no row (a path item without operations or findings) are dropped; ids are renumbered.
    const usedGroups = [...new Set(rows.map((row) => row.group))].sort((a, b) => groupRank(a) - groupRank(b));
    const groupIndex = new Map(usedGroups.map((old, index) => [old, index]));
    return {
      rows: rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        label: row.label,
        ...(row.method === undefined ? {} : { method: row.method }),
        ...(row.where === undefined ? {} : { where: row.where }),
        group: groupIndex.get(row.group) ?? 0,
        path: row.path,
        ...(row.line === undefined ? {} : { line: row.line }),
        cells: Object.fromEntries(
          [...row.cells]
            .filter(([, cell]) => cell.declared || cell.worst !== 'absent')
            .map(([key, cell]) => [key, finalCell(cell)]),
        ),
        own: row.own === undefined ? undefined : finalCell(row.own),
      })),
      groups: usedGroups.map((old, index) => ({ ...(groups[old] as MapGroup), id: index })),
      columns: [...this.columns].sort(compareColumns).map(columnOf),
    };
  }
}

/** A response's label; none for one the map cannot read (behind a revoked proxy: see placement.ts, `readOrElse`). */
function labelOf(response: ResponseEntry): string | undefined {
  try {
    return responseLabel(response);
  } catch {
    return undefined;
  }
}

function finalCell(cell: CellDraft): MapCell {
  return {
    state: cell.worst === 'absent' ? 'ok' : cell.worst,
    declared: cell.declared,
    ...(cell.label === undefined ? {} : { label: cell.label }),
    findings: cell.findings,
    related: cell.related,
    waived: cell.waived,
  };
}
