/** `spectral-http-status/report`: the status-code map and the commands, for tools (the command line is `spectral-http-status`). */
export { buildStatusMap, columnOf, compareColumns, CELL_STATES, MAP_FORMAT, SEVERITY_NAMES } from '../report/map';
export type {
  CellState,
  LintResult,
  MapCell,
  MapColumn,
  MapFinding,
  MapGroup,
  MapInput,
  MapRow,
  MapSummary,
  MapWaived,
  RowKind,
  RuleCount,
  SeverityName,
  StatusMap,
} from '../report/map';
export { renderMarkdown, codeSpan, DEFAULT_MARKDOWN_LIMIT, MIN_MARKDOWN_LIMIT } from '../report/markdown';
export { STATE_LABELS, STATE_SYMBOLS, percent } from '../report/states';
export type { MarkdownOptions } from '../report/markdown';
export { renderHtml } from '../report/html';
export { findDefaultRuleset, lintFile, lintText, loadRuleset } from '../report/lint';
export { runWithNotes } from '../report/run';
export type { LintOutcome } from '../report/run';
export { reportOf, render, FORMATS } from '../cli/commands/report';
export type { Format } from '../cli/commands/report';
export { main, USAGE } from '../cli/main';
export type { Io as CliIo } from '../cli/io';
export { NOTES_KEY, collectingNotes } from '../functions/lib/finding-notes';
export type { FindingNote, NoteKind } from '../functions/lib/finding-notes';
export { keyText } from '../functions/lib/finding-keys';
export type { FindingKey } from '../functions/lib/finding-keys';
export { BASELINE_SCHEMA, applyBaseline, buildBaseline, readBaseline, pruneBaseline } from '../cli/baseline';
export { renderBaseline } from '../cli/baseline-render';
export type { Baseline, BaselineEntry } from '../cli/baseline';
