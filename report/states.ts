/**
 * The states of a cell of the status-code map, with the symbol and the words
 * every format shows for each: the HTML page, its legend and the Markdown
 * summary read this one table. No imports, so that the page's script can
 * take it without the map's builder.
 */

/**
 * What a cell shows, most serious first:
 * - `forbidden`: declared, but a rule says the code does not belong here;
 * - `problem`: declared, with a problem (a missing header, a body where none may be);
 * - `missing`: not declared, but a rule expects it;
 * - `waived`: a finding here was silenced by an `x-http-status-ignore` waiver;
 * - `baselined`: a finding here is accepted by the baseline (`report --baseline`);
 * - `ok`: declared, nothing found;
 * - `absent`: not declared, nothing expected (not stored: a cell the map lacks is absent).
 */
export type CellState = 'forbidden' | 'problem' | 'missing' | 'waived' | 'baselined' | 'ok' | 'absent';
export const CELL_STATES: readonly CellState[] = [
  'forbidden',
  'problem',
  'missing',
  'waived',
  'baselined',
  'ok',
  'absent',
];

/** The symbol of each state: states differ by symbol, not only by colour. */
export const STATE_SYMBOLS: Readonly<Record<CellState, string>> = {
  forbidden: '✕',
  problem: '!',
  missing: '+',
  waived: '~',
  baselined: '≈',
  ok: '✓',
  absent: '',
};

/** What each state means, as the legend and a cell's details say it. */
export const STATE_LABELS: Readonly<Record<CellState, string>> = {
  forbidden: 'declared, but does not belong here (matrix, profile or HTTP semantics)',
  problem: 'declared, with a problem (a missing header, a body where none may be)',
  missing: 'not declared, but expected',
  waived: 'a finding here is waived (x-http-status-ignore)',
  baselined: 'a finding here is accepted by the baseline (not reported by lint --baseline)',
  ok: 'declared, no findings',
  absent: 'not declared',
};

/** A share as a whole percentage; all of nothing is 100%. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '100%' : `${Math.round((part / whole) * 100)}%`;
}
