/**
 * How messages put things into words: lists, articles, codes. One module,
 * so that every rule phrases the same thing the same way.
 */
import { describeCode } from '../data/status-codes';

function list(items: readonly string[], conjunction: 'or' | 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1] ?? ''}`;
}

/** `A`, `A or B`, `A, B or C`. */
export function listOr(items: readonly string[]): string {
  return list(items, 'or');
}

/** `A`, `A and B`, `A, B and C`. */
export function listAnd(items: readonly string[]): string {
  return list(items, 'and');
}

/** `a` or `an` before a word (`an action`, `a data`, `an ETag`, `a Location`). */
export function article(word: string): 'a' | 'an' {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** `201 Created or 204 No Content`: codes with their reason phrases, joined with "or". */
export function codesOr(codes: readonly number[]): string {
  return listOr(codes.map(describeCode));
}

/** `'4XX' and 'default'`: keys as written, quoted, joined with "and". */
export function quotedAnd(keys: readonly string[]): string {
  return keys.map((k) => `'${k}'`).join(' and ');
}
