/** `spectral-http-status/report`: the status-code map, for tools (the command is `spectral-http-status report`). */
export { buildStatusMap, columnOf, compareColumns, CELL_STATES, MAP_FORMAT, SEVERITY_NAMES } from './map';
export type { CellState, LintResult, MapCell, MapColumn, MapFinding, MapGroup, MapInput, MapRow, MapSummary, MapWaived, RowKind, RuleCount, SeverityName, StatusMap } from './map';
export { renderMarkdown, codeSpan, DEFAULT_MARKDOWN_LIMIT, MIN_MARKDOWN_LIMIT } from './markdown';
export { STATE_LABELS, STATE_SYMBOLS, percent } from './states';
export type { MarkdownOptions } from './markdown';
export { renderHtml } from './html';
export { findDefaultRuleset, lintFile, lintText, loadRuleset } from './lint';
export { runWithNotes } from './run';
export type { LintOutcome } from './run';
export { main, reportOf, render, FORMATS, USAGE } from './cli';
export type { Format } from './cli';
export { NOTES_KEY, collectingNotes } from '../functions/lib/finding-notes';
export type { FindingNote, NoteKind } from '../functions/lib/finding-notes';
