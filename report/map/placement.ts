/**
 * Where each finding of the lint goes: exactly one home cell (so that the
 * map's counts are the lint's), plus the cells it concerns too (a shared
 * response's users, the other codes of a request for one of several).
 *
 * What a finding means for a cell comes from the note its rule function
 * gave (functions/lib/finding-notes.ts), matched to the result by rule,
 * path and message; results without a note (other rulesets') are placed
 * by their path alone, as problems.
 */
import type { FindingNote, NoteKind } from '../../functions/lib/finding-notes';
import type { DocumentModel } from '../../functions/lib/model';
import type { JsonPath } from '../../functions/lib/safe';
import { usersOf } from '../../functions/lib/shared-responses';
import { FILE_STEP, RowDraft, RowTable, keyOf, worsen } from './rows';
import { MapFinding, MapInput, MapWaived, SEVERITY_NAMES, SeverityName } from './types';

interface Placement {
  readonly row: RowDraft;
  /** The column key, or null for the row's own cell. */
  readonly cell: string | null;
  readonly related: ReadonlyArray<{ readonly row: RowDraft; readonly cell: string | null }>;
}

/** What placing needs besides the rows: the document's model and as written, and how the map names files. */
export interface PlacementContext {
  readonly table: RowTable;
  readonly model: DocumentModel;
  readonly written: unknown;
  readonly source: string;
  readonly displayFile?: (source: string) => string;
}

/** A finding or a waived one, with the draft of its row (its id is known once the rows are finished). */
export type FindingDraft = Omit<MapFinding, 'row'> & { readonly rowDraft: RowDraft };
export type WaivedDraft = Omit<MapWaived, 'row'> & { readonly rowDraft: RowDraft };

/**
 * What `read` returns, or `otherwise` if reading the document throws.
 *
 * The map reads the resolved document after the lint, through the model's
 * lazy parts (a response's object, the profile analysis, a shared
 * definition's users), and some documents that Spectral lints to the end
 * cannot be read there. A `__proto__` key, which Spectral's parser turns
 * into the object's prototype, makes the object no plain object to immer,
 * which @stoplight/json-ref-resolver resolves `$ref`s with: a `$ref` below
 * it is replaced in place by an immer draft, which is revoked once
 * resolving ends, and every later read of it throws "Cannot perform 'get'
 * on a proxy that has been revoked". Each rule function catches that and
 * says so in a finding on the document (functions/lib/rule.ts); the map
 * does the same read, so it catches it too, and shows what it could read.
 */
export function readOrElse<T>(read: () => T, otherwise: T): T {
  try {
    return read();
  } catch {
    return otherwise;
  }
}

/** Where a shared response definition starts, when a path lies in one: `components/responses/<name>` (3.x), `responses/<name>` (2.0). */
function sharedDefinitionPath(path: JsonPath, swagger: boolean): JsonPath | undefined {
  if (!swagger && path[0] === 'components' && path[1] === 'responses' && path.length >= 3) return path.slice(0, 3);
  if (swagger && path[0] === 'responses' && path.length >= 2) return path.slice(0, 2);
  return undefined;
}

const pointerOf = (path: JsonPath): string =>
  `#/${path.map((s) => String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;

/** Where a finding (or a waived one) belongs. */
function place(
  ctx: PlacementContext,
  path: JsonPath,
  kind: NoteKind,
  expects: readonly number[] | undefined,
  file?: string,
): Placement {
  const { table, model } = ctx;
  if (file !== undefined && file !== ctx.source) {
    const name = ctx.displayFile?.(file) ?? file;
    return {
      row: table.extraRow('document', name, table.group('document', 'Other files'), [FILE_STEP, file]),
      cell: null,
      related: [],
    };
  }
  const operation = table.operationAt(path);
  if (operation !== undefined) {
    const { row, rest } = operation;
    if (rest[0] === 'responses' && rest.length >= 2 && !String(rest[1]).startsWith('x-'))
      return { row, cell: String(rest[1]), related: [] };
    if (kind === 'missing' && expects !== undefined && expects.length > 0) {
      const [first, ...others] = expects.map(String) as [string, ...string[]];
      return { row, cell: first, related: others.map((cell) => ({ row, cell })) };
    }
    return { row, cell: null, related: [] };
  }
  const shared = sharedDefinitionPath(path, model.version === '2.0');
  if (shared !== undefined) {
    const row = table.extraRow('shared', pointerOf(shared), table.group('shared', 'Shared responses'), shared);
    const users = readOrElse(() => usersOf(model, ctx.written, shared), []);
    const first = users[0];
    const related: Array<Placement['related'][number]> = [];
    for (const user of users) {
      const userRow = table.operationRow(user.operation.path);
      if (userRow !== undefined) related.push({ row: userRow, cell: user.key });
    }
    return { row, cell: first === undefined ? null : first.key, related };
  }
  const section = path[0];
  if ((section === 'paths' || section === 'webhooks' || section === 'x-webhooks') && path.length >= 2) {
    const key = String(path[1]);
    const group = section === 'paths' ? table.group('resource', key) : table.group('webhooks', 'Webhooks');
    return {
      row: table.extraRow('resource', section === 'paths' ? key : `${key} (webhook)`, group, path.slice(0, 2)),
      cell: null,
      related: [],
    };
  }
  return {
    row: table.extraRow('document', 'Document', table.group('document', 'Document'), []),
    cell: null,
    related: [],
  };
}

/** Records a placed finding (or waived one) in its home cell and the cells it concerns. */
function record(
  ctx: PlacementContext,
  at: Placement,
  id: number,
  list: 'findings' | 'waived',
  state: NoteKind | 'waived' | 'baselined',
): void {
  const home = ctx.table.cell(at.row, at.cell);
  home[list].push(id);
  worsen(home, state);
  // A waived finding shows in its home cell only.
  if (list === 'waived') return;
  for (const other of at.related) {
    const cell = ctx.table.cell(other.row, other.cell);
    cell.related.push(id);
    worsen(cell, state);
  }
}

function severityName(severity: number): SeverityName {
  return SEVERITY_NAMES[severity] ?? 'hint';
}

const noteKey = (rule: string, path: JsonPath, message: string): string =>
  `${rule}\u0000${keyOf(path)}\u0000${message}`;

/**
 * Places every result of the lint, in the lint's order; returns the
 * findings and how many results of rules that give notes came without one.
 */
export function placeResults(
  ctx: PlacementContext,
  input: Pick<MapInput, 'results' | 'notes' | 'docsUrl' | 'displayFile'>,
): { findings: FindingDraft[]; unnoted: number } {
  // Notes by what identifies a result: rule, path, message.
  const notes = new Map<string, FindingNote[]>();
  for (const note of input.notes) {
    if (note.waived !== undefined || note.baselined !== undefined) continue;
    const key = noteKey(note.rule, note.path, note.message);
    const list = notes.get(key);
    if (list === undefined) notes.set(key, [note]);
    else list.push(note);
  }
  const findings: FindingDraft[] = [];
  let unnoted = 0;
  for (const result of input.results) {
    const rule = String(result.code);
    const path = Array.isArray(result.path) ? result.path : [];
    const note = notes.get(noteKey(rule, path, result.message))?.shift();
    if (note === undefined && rule.startsWith('http-status-')) unnoted++;
    // The rule's kind, where it gave a note; another ruleset's finding is a problem where it stands.
    const kind = note?.kind ?? 'problem';
    const file = result.source !== undefined && result.source !== ctx.source ? result.source : undefined;
    const at = place(ctx, note?.at ?? path, kind, note?.expects, file);
    const id = findings.length;
    const docs = input.docsUrl?.(rule);
    findings.push({
      id,
      rule,
      severity: severityName(result.severity),
      message: result.message,
      path,
      ...(result.range === undefined
        ? {}
        : { line: result.range.start.line + 1, character: result.range.start.character + 1 }),
      ...(docs === undefined ? {} : { docs }),
      ...(file === undefined ? {} : { source: input.displayFile?.(file) ?? file }),
      kind,
      ...(note?.expects === undefined ? {} : { expects: note.expects }),
      rowDraft: at.row,
      cell: at.cell,
    });
    record(ctx, at, id, 'findings', kind);
  }
  return { findings, unnoted };
}

/** Places the findings waivers silenced (the lint never reported them: only their notes tell). */
export function placeWaived(
  ctx: PlacementContext,
  notes: readonly FindingNote[],
  locate: (path: JsonPath) => number | undefined,
): WaivedDraft[] {
  const waived: WaivedDraft[] = [];
  for (const note of notes) {
    const accepted = note.waived ?? note.baselined;
    if (accepted === undefined) continue;
    const at = place(ctx, note.at, note.kind, note.expects);
    const id = waived.length;
    const waiverPath = note.waived?.path ?? [];
    const waiverLine = note.waived === undefined ? undefined : locate(waiverPath);
    waived.push({
      id,
      rule: note.rule,
      message: note.message,
      path: note.path,
      reason: accepted.reason,
      waiverPath,
      ...(waiverLine === undefined ? {} : { waiverLine }),
      ...(note.waived === undefined && note.baselined !== undefined ? { baseline: note.baselined.file } : {}),
      rowDraft: at.row,
      cell: at.cell,
    });
    record(ctx, at, id, 'waived', note.waived === undefined ? 'baselined' : 'waived');
  }
  return waived;
}
