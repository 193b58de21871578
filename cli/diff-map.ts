/**
 * The map of a change (`diff --format html`): the status-code map of head,
 * drawn by the map's own renderer, with the cells the change touched marked
 * against base: a code added, a code removed (in a column of its own where
 * head no longer has it), a key changed in form (`200` → `2XX`), and a cell
 * with a finding new in head. Operations head adds are marked on their row;
 * the ones it removes have no row, and are listed above the map.
 */
import { columnOf, compareColumns } from '../report/map';
import type { ChangeMark, MapCellChange, MapColumn, StatusMap } from '../report/map';
import type { CodeChange, DetailedDiff } from './diff';
import { IMPACT, VERDICT } from './diff-render';

const SEP = '\u0000';

/** A missing-code finding's code is `400 or 422`: its cell is the first. */
const cellKey = (code: string): string => code.split(' ')[0] ?? code;

function codeNote(change: CodeChange): string {
  const verdict = change.verdict === undefined ? '' : `; the rules: ${VERDICT[change.verdict]}`;
  if (change.kind === 'added') return `added in this change: ${IMPACT[change.impact]}${verdict}`;
  if (change.kind === 'removed') return `removed in this change: ${IMPACT[change.impact]}`;
  return `was ${change.was ?? ''} in base: ${IMPACT[change.impact]}${verdict}`;
}

/** Head's map, marked with what the change did. */
export function markChange(map: StatusMap, detail: DetailedDiff): StatusMap {
  const { diff } = detail;
  // Operation rows by the operation's identity (the semantic key's `where`).
  const rowOf = new Map<string, number>();
  const byPath = new Map<string, number>();
  for (const row of map.rows) if (row.kind === 'operation') byPath.set(row.path.join(SEP), row.id);
  for (const [identity, operation] of detail.headOperations) {
    const row = byPath.get(operation.path.join(SEP));
    if (row !== undefined) rowOf.set(identity, row);
  }
  const cells = new Map<
    string,
    { row: number; key: string; marks: Set<ChangeMark>; notes: string[]; breaking: boolean }
  >();
  const at = (row: number, key: string) => {
    const id = `${row}${SEP}${key}`;
    let cell = cells.get(id);
    if (cell === undefined) cells.set(id, (cell = { row, key, marks: new Set(), notes: [], breaking: false }));
    return cell;
  };
  const columns = new Map<string, MapColumn>(map.columns.map((c) => [c.key, c]));
  for (const change of diff.codes) {
    const row = rowOf.get(change.operation);
    const key = change.kind === 'removed' ? change.was : change.code;
    if (row === undefined || key === undefined) continue;
    const cell = at(row, key);
    cell.marks.add(change.kind);
    cell.notes.push(codeNote(change));
    if (change.breaking) cell.breaking = true;
    // A removed code keeps a column, so that its cell can say so.
    if (!columns.has(key)) columns.set(key, columnOf(key));
  }
  for (const keyed of detail.fresh) {
    for (const key of keyed.keys) {
      const row = rowOf.get(key.where);
      if (row === undefined) continue;
      const cell = at(row, key.code === undefined ? 'own' : cellKey(key.code));
      if (!cell.marks.has('new-finding')) cell.notes.push(`a finding new in this change: ${key.rule}`);
      cell.marks.add('new-finding');
    }
  }
  const addedOperations = diff.operations
    .filter((o) => o.kind === 'added')
    .map((o) => rowOf.get(o.operation))
    .filter((row): row is number => row !== undefined);
  const marked: MapCellChange[] = [...cells.values()]
    .sort((a, b) => a.row - b.row || compareColumns(a.key, b.key))
    .map((c) => ({ row: c.row, key: c.key, marks: [...c.marks], notes: c.notes, breaking: c.breaking }));
  return {
    ...map,
    columns: [...columns.values()].sort((a, b) => compareColumns(a.key, b.key)),
    change: {
      base: diff.base,
      head: diff.head,
      newFindings: diff.summary.newFindings,
      fixedFindings: diff.summary.fixedFindings,
      unchangedFindings: diff.summary.unchangedFindings,
      breaking: diff.summary.breaking,
      cells: marked,
      addedOperations,
      removedOperations: diff.operations
        .filter((o) => o.kind === 'removed')
        .map((o) => ({ operation: o.operation, codes: o.codes })),
    },
  };
}
