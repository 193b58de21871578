/**
 * The method/status matrix as the rules use it: the default table of
 * `data/matrix.ts`, adjusted by the `matrix` / `allow` / `forbid` options.
 */
import { ALTERNATIVES, DEFAULT_MATRIX, MatrixRow } from '../data/matrix';
import { METHODS, Method } from '../data/methods';
import type { Mode } from '../data/modes';
import { StatusClass, statusClass } from '../data/status-codes';
import { isObject, own } from './safe';

/** Method -> codes, as users write it in options. */
export type MethodCodes = Partial<Record<Method, number[]>>;

export interface MatrixOptions {
  /** Replaces the default matrix: only the listed methods are checked. */
  matrix?: MethodCodes;
  /** Codes added to the matrix for a method. */
  allow?: MethodCodes;
  /** Codes removed from the matrix for a method. */
  forbid?: MethodCodes;
}

export interface Matrix {
  /** Whether a `matrix` option replaced the mode's table: then every code it does not list is outside it, known or not. */
  readonly replaced: boolean;
  /** Whether the matrix says anything about this method. */
  covers(method: Method): boolean;
  allows(method: Method, code: number): boolean;
  /** The matrix covers the method and does not allow the code. */
  forbids(method: Method, code: number): boolean;
  /** At least one code of the class is allowed for the method. */
  allowsClass(method: Method, cls: StatusClass): boolean;
  /**
   * Whether the matrix has a say on the code: the base table allows it on
   * some method, or a `forbid` option names it. A code only an `allow`
   * option adds is not judged on the other methods in the default mode.
   */
  knows(code: number): boolean;
  /** Whether a `forbid` option names the code for the method. */
  forbiddenByOption(method: Method, code: number): boolean;
  /** The alternatives to `code` that the method allows, in order of preference. */
  alternativesFor(method: Method, code: number): number[];
}

/**
 * Method -> codes of a table's rows: the guide's cells, and in the default
 * mode also the cells RFC 9110 endorses (`rfc`).
 */
export function rowsToMethodCodes(rows: readonly MatrixRow[], mode: Mode = 'strict'): Record<Method, number[]> {
  const table = Object.fromEntries(METHODS.map((m) => [m, [] as number[]])) as Record<Method, number[]>;
  for (const row of rows) {
    const methods = new Set<Method>(row.methods);
    if (mode === 'default') for (const method of row.rfc?.methods ?? []) methods.add(method);
    // The QUERY column is the package's own (data/matrix.ts): `both`, `default` or `neither`.
    if (row.query.in === 'both' || (row.query.in === 'default' && mode === 'default')) methods.add('query');
    for (const method of METHODS) if (methods.has(method)) table[method].push(row.code);
  }
  return table;
}

const TABLES: Readonly<Record<Mode, Record<Method, number[]>>> = {
  default: rowsToMethodCodes(DEFAULT_MATRIX, 'default'),
  strict: rowsToMethodCodes(DEFAULT_MATRIX, 'strict'),
};
const plain: Partial<Record<Mode, Matrix>> = {};

/** The matrix the options describe: the mode's table, replaced by `matrix`, adjusted by `allow` and `forbid`. */
export function matrixFor(options: unknown, mode: Mode = 'default'): Matrix {
  const matrix = own(options, 'matrix');
  const allow = own(options, 'allow');
  const forbid = own(options, 'forbid');
  if (matrix === undefined && allow === undefined && forbid === undefined) {
    return (plain[mode] ??= buildMatrix(TABLES[mode], undefined, undefined));
  }
  const base = isObject(matrix) ? (matrix as MethodCodes) : TABLES[mode];
  return buildMatrix(base, allow as MethodCodes | undefined, forbid as MethodCodes | undefined, isObject(matrix));
}

export function buildMatrix(
  base: MethodCodes,
  allow: MethodCodes | undefined,
  forbid: MethodCodes | undefined,
  replaced = false,
): Matrix {
  const table = new Map<Method, Set<number>>();
  for (const method of METHODS) {
    const codes = own(base, method);
    const extra = own(allow, method);
    if (!Array.isArray(codes) && !Array.isArray(extra)) continue;
    const set = new Set<number>(Array.isArray(codes) ? codes : []);
    if (Array.isArray(extra)) for (const code of extra) set.add(code);
    const removed = own(forbid, method);
    if (Array.isArray(removed)) for (const code of removed) set.delete(code);
    table.set(method, set);
  }
  const known = new Set<number>();
  const removedBy = new Map<Method, Set<number>>();
  for (const method of METHODS) {
    const codes = own(base, method);
    if (Array.isArray(codes)) for (const code of codes) known.add(code);
    const removed = own(forbid, method);
    if (Array.isArray(removed)) {
      removedBy.set(method, new Set(removed));
      for (const code of removed) known.add(code);
    }
  }
  const classes = new Map<Method, Set<StatusClass>>();
  for (const [method, set] of table) {
    const cls = new Set<StatusClass>();
    for (const code of set) cls.add(statusClass(code));
    classes.set(method, cls);
  }
  return {
    replaced,
    covers: (method) => table.has(method),
    allows: (method, code) => table.get(method)?.has(code) ?? false,
    forbids: (method, code) => table.has(method) && !(table.get(method)?.has(code) ?? false),
    allowsClass: (method, cls) => classes.get(method)?.has(cls) ?? false,
    knows: (code) => known.has(code),
    forbiddenByOption: (method, code) => removedBy.get(method)?.has(code) ?? false,
    alternativesFor: (method, code) => (ALTERNATIVES[code] ?? []).filter((alt) => table.get(method)?.has(alt) ?? false),
  };
}
