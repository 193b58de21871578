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
 * In parts, as Spectral's formatters are: types.ts (input and output),
 * columns.ts, rows.ts (rows, groups and cells while the map is built),
 * placement.ts (where each finding goes), summary.ts. Pure: no Node, no
 * DOM. The report command and the playground both call it.
 */
import { getModel } from '../../functions/lib/model';
import type { DocumentModel } from '../../functions/lib/model';
import { analyseProfiles, describeSet } from '../../functions/lib/profiles';
import type { ProfileTable } from '../../functions/data/profiles';
import { own } from '../../functions/lib/safe';
import type { JsonPath } from '../../functions/lib/safe';
import { PlacementContext, placeResults, placeWaived, readOrElse } from './placement';
import { RowTable } from './rows';
import { summarise } from './summary';
import { MAP_FORMAT } from './types';
import type { MapFinding, MapInput, MapWaived, StatusMap } from './types';

export * from './types';
export { columnOf, compareColumns } from './columns';
export { CELL_STATES } from '../states';
export type { CellState } from '../states';

/**
 * The Level 3 profiles each resource declares, as the docs name them; none
 * where the document cannot be read (see `readOrElse`): the profile rules
 * then say so themselves, on the document's row.
 */
function declaredProfiles(model: DocumentModel, table: ProfileTable | undefined): Map<string, string> {
  const declared = new Map<string, string>();
  if (!model.mentions.profiles) return declared;
  return readOrElse(() => {
    // The rules' own analysis (cached per document and table): the map shows what they decided.
    for (const resource of analyseProfiles(model, table).resources) {
      if (resource.set !== undefined) declared.set(resource.entry.key, describeSet(resource.set));
    }
    return declared;
  }, new Map<string, string>());
}

/**
 * The document's `info.title` and `info.version`, where they are strings or
 * numbers. A number is given as written (YAML reads `version: 1.0` as the
 * number 1), from the document's text where the lint's `locate` finds it.
 */
function infoOf(input: MapInput): StatusMap['info'] {
  const asWritten = (value: unknown, path: JsonPath): string | undefined => {
    if (typeof value === 'string') return value;
    if (typeof value !== 'number') return undefined;
    const at = input.locate?.(path);
    const line = at === undefined ? undefined : lineOf(input.text, at.line);
    const token =
      line === undefined || at === undefined ? undefined : /^[^\s#,}\]]+/.exec(line.slice(at.character - 1))?.[0];
    return token !== undefined && Number(token) === value ? token : String(value);
  };
  return readOrElse(() => {
    const info = own(input.written, 'info');
    const title = asWritten(own(info, 'title'), ['info', 'title']);
    const version = asWritten(own(info, 'version'), ['info', 'version']);
    return title === undefined && version === undefined
      ? undefined
      : { ...(title === undefined ? {} : { title }), ...(version === undefined ? {} : { version }) };
  }, undefined);
}

/** The 1-based line `number` of a text, without splitting all of it. */
function lineOf(text: string, number: number): string | undefined {
  let start = 0;
  for (let i = 1; i < number; i++) {
    start = text.indexOf('\n', start) + 1;
    if (start === 0) return undefined;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? undefined : end);
}

/** Builds the map. Never throws on a document Spectral could lint: what it cannot place goes to the document's row. */
export function buildStatusMap(input: MapInput): StatusMap {
  // getModel never throws (a document it cannot walk has no operations); what the map reads later, lazily, goes through readOrElse.
  const model = getModel(input.resolved, input.written, input.text);
  const locate = (path: JsonPath): number | undefined => readOrElse(() => input.locate?.(path)?.line, undefined);

  const table = new RowTable(locate, declaredProfiles(model, input.profiles));
  // Groups: resources in document order, then webhooks, then callbacks.
  for (const entry of model.pathItems) table.group('resource', entry.key);
  // Rows follow their group's order; within a group, the model's (document) order.
  for (const where of ['path', 'webhook', 'callback'] as const) {
    for (const operation of model.operations) if (operation.where === where) table.addOperation(operation);
  }

  const ctx: PlacementContext = {
    table,
    model,
    written: input.written,
    source: input.source,
    ...(input.displayFile === undefined ? {} : { displayFile: input.displayFile }),
  };
  const { findings, unnoted } = placeResults(ctx, input);
  if (unnoted > 0) input.onUnnoted?.(unnoted);
  const waived = placeWaived(ctx, input.notes, locate);

  const { rows, groups, columns } = table.finish();
  const info = infoOf(input);
  const finalFindings: MapFinding[] = findings.map(({ rowDraft, ...finding }) => ({ ...finding, row: rowDraft.id }));
  const finalWaived: MapWaived[] = waived.map(({ rowDraft, ...entry }) => ({ ...entry, row: rowDraft.id }));
  return {
    format: MAP_FORMAT,
    generator: input.generator,
    source: input.displaySource ?? input.source,
    ...(input.ruleset === undefined ? {} : { ruleset: input.ruleset }),
    ...(info === undefined ? {} : { info }),
    ...(model.version === undefined ? {} : { version: model.version }),
    columns,
    groups,
    rows,
    findings: finalFindings,
    waived: finalWaived,
    summary: summarise(rows, finalFindings, finalWaived, groups, input.docsUrl),
  };
}
