/**
 * The status-code map's types: what `buildStatusMap` takes (`MapInput`) and
 * what it gives (`StatusMap`, its rows, cells, findings and summary). The
 * JSON format (schema/status-map.schema.json) is these types as printed.
 */
import type { ProfileTable } from '../../functions/data/profiles';
import type { FindingNote } from '../../functions/lib/finding-notes';
import type { JsonPath } from '../../functions/lib/safe';
import type { CellState } from '../states';

/** The map's format version: bumped when a field changes meaning or goes away. */
export const MAP_FORMAT = 1;

export type SeverityName = 'error' | 'warn' | 'info' | 'hint';
export const SEVERITY_NAMES: readonly SeverityName[] = ['error', 'warn', 'info', 'hint'];

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
  /**
   * What the declared response is called: its `summary` (OpenAPI 3.2), else
   * the first paragraph of its `description`, on one line, at most 80
   * characters. Document text: show it with `visible`.
   */
  readonly label?: string;
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
  /** Where the waiver stands (empty for a finding the baseline accepts). */
  readonly waiverPath: JsonPath;
  /** For a finding the baseline accepts rather than a waiver: the baseline file. */
  readonly baseline?: string;
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
  /** Findings the baseline accepts (`report --baseline`); they are not among `findings`. */
  readonly baselined?: number;
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
  /** The document's `info.title` and `info.version`, as written (document text: show it with `visible`). */
  readonly info?: { readonly title?: string; readonly version?: string };
  /** The OpenAPI (Swagger) version, when recognised. */
  readonly version?: string;
  readonly columns: readonly MapColumn[];
  readonly groups: readonly MapGroup[];
  readonly rows: readonly MapRow[];
  readonly findings: readonly MapFinding[];
  readonly waived: readonly MapWaived[];
  readonly summary: MapSummary;
  /** For the map of a change (`diff --format html`): what the change did, cell by cell, against its base. */
  readonly change?: MapChange;
}

/** What a change did to a cell: a code added or removed, a key changed in form (`200` → `2XX`), a finding new in head. */
export type ChangeMark = 'added' | 'removed' | 'changed' | 'new-finding';

export interface MapCellChange {
  readonly row: number;
  /** The column key (a removed code has a column of its own, with no cell). */
  readonly key: string;
  readonly marks: readonly ChangeMark[];
  /** What the change means, in words (`added: a new outcome clients must handle; the rules: fine`). */
  readonly notes: readonly string[];
  readonly breaking: boolean;
}

interface MapChange {
  /** The two sides as the command was given them. */
  readonly base: string;
  readonly head: string;
  readonly newFindings: number;
  readonly fixedFindings: number;
  readonly unchangedFindings: number;
  readonly breaking: number;
  readonly cells: readonly MapCellChange[];
  /** Rows of operations head adds. */
  readonly addedOperations: readonly number[];
  /** Operations base has and head does not: they have no row. */
  readonly removedOperations: ReadonlyArray<{ readonly operation: string; readonly codes: readonly string[] }>;
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
  /**
   * The Level 3 profile table the rules judged with (a ruleset's `profiles`
   * option adds or replaces profiles); the default table when absent.
   */
  readonly profiles?: ProfileTable;
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
