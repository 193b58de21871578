/**
 * The method/status matrix as the rules use it: the default table of
 * `data/matrix.ts`, adjusted by the `matrix` / `allow` / `forbid` options.
 */
import { ALTERNATIVES, DEFAULT_MATRIX, MatrixRow } from '../data/matrix';
import { METHODS, Method } from '../data/methods';
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
  /** Whether the matrix says anything about this method. */
  covers(method: Method): boolean;
  allows(method: Method, code: number): boolean;
  /** The matrix covers the method and does not allow the code. */
  forbids(method: Method, code: number): boolean;
  /** At least one code of the class is allowed for the method. */
  allowsClass(method: Method, cls: StatusClass): boolean;
  /** Whether any method of the matrix allows the code. */
  knows(code: number): boolean;
  /** The alternatives to `code` that the method allows, in order of preference. */
  alternativesFor(method: Method, code: number): number[];
}

export function rowsToMethodCodes(rows: readonly MatrixRow[]): Record<Method, number[]> {
  const table = Object.fromEntries(METHODS.map((m) => [m, [] as number[]])) as Record<Method, number[]>;
  for (const row of rows) for (const method of row.methods) table[method].push(row.code);
  return table;
}

const DEFAULT_TABLE = rowsToMethodCodes(DEFAULT_MATRIX);
let defaultMatrix: Matrix | undefined;

/** The matrix the matrix options describe (the default table when they say nothing). */
export function matrixFor(options: unknown): Matrix {
  const matrix = own(options, 'matrix');
  const allow = own(options, 'allow');
  const forbid = own(options, 'forbid');
  if (matrix === undefined && allow === undefined && forbid === undefined) {
    return (defaultMatrix ??= buildMatrix(DEFAULT_TABLE, undefined, undefined));
  }
  const base = isObject(matrix) ? (matrix as MethodCodes) : DEFAULT_TABLE;
  return buildMatrix(base, allow as MethodCodes | undefined, forbid as MethodCodes | undefined);
}

export function buildMatrix(base: MethodCodes, allow: MethodCodes | undefined, forbid: MethodCodes | undefined): Matrix {
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
  const classes = new Map<Method, Set<StatusClass>>();
  for (const [method, set] of table) {
    const cls = new Set<StatusClass>();
    for (const code of set) {
      known.add(code);
      cls.add(statusClass(code));
    }
    classes.set(method, cls);
  }
  return {
    covers: (method) => table.has(method),
    allows: (method, code) => table.get(method)?.has(code) ?? false,
    forbids: (method, code) => table.has(method) && !(table.get(method)?.has(code) ?? false),
    allowsClass: (method, cls) => classes.get(method)?.has(cls) ?? false,
    knows: (code) => known.has(code),
    alternativesFor: (method, code) => (ALTERNATIVES[code] ?? []).filter((alt) => table.get(method)?.has(alt) ?? false),
  };
}
