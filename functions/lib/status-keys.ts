import { StatusClass } from '../data/status-codes';
import { quote } from './quote';

/** What a key of a Responses Object is. */
export type StatusKey =
  | { readonly kind: 'default' }
  | { readonly kind: 'extension' }
  | { readonly kind: 'code'; readonly code: number }
  | { readonly kind: 'range'; readonly cls: StatusClass }
  | { readonly kind: 'malformed'; readonly problem: string };

const CODE = /^[1-5]\d\d$/;
const RANGE = /^[1-5]XX$/;

/**
 * Classifies a response key as written. `openapi3` says whether ranges such
 * as `2XX` are allowed (OpenAPI 3.x) or not (Swagger 2.0). Specification
 * extensions (`x-...`) are legal in both and are not status codes.
 */
const memo = [new Map<string, StatusKey>(), new Map<string, StatusKey>()];
const MEMO_LIMIT = 4096;

export function classifyStatusKey(key: string, openapi3: boolean): StatusKey {
  // The same few keys recur on every operation: share one frozen result per key.
  const cache = memo[openapi3 ? 1 : 0] as Map<string, StatusKey>;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const result = Object.freeze(classify(key, openapi3));
  if (cache.size < MEMO_LIMIT) cache.set(key, result);
  return result;
}

function classify(key: string, openapi3: boolean): StatusKey {
  if (key === 'default') return { kind: 'default' };
  if (key.startsWith('x-')) return { kind: 'extension' };
  if (CODE.test(key)) return { kind: 'code', code: Number(key) };
  if (RANGE.test(key)) {
    if (openapi3) return { kind: 'range', cls: Number(key[0]) as StatusClass };
    return {
      kind: 'malformed',
      problem: `ranges such as '${key}' are OpenAPI 3 only; Swagger 2.0 needs each code spelled out, for example ${key[0]}00`,
    };
  }
  return { kind: 'malformed', problem: describeMalformed(key, openapi3) };
}

function describeMalformed(key: string, openapi3: boolean): string {
  const trimmed = key.trim();
  if (trimmed !== key && trimmed !== '') {
    return `it has white space around it; write '${quote(trimmed)}'`;
  }
  if (/^[1-5]xx$/i.test(key)) {
    return openapi3
      ? `ranges are written in upper case; write '${key[0]}XX'`
      : `ranges are OpenAPI 3 only; Swagger 2.0 needs each code spelled out, for example ${key[0]}00`;
  }
  if (key.toLowerCase() === 'default') return "write 'default' in lower case";
  if (/^\d+$/.test(key)) {
    if (key.length === 3) return 'status codes run from 100 to 599';
    return 'a status code has exactly three digits, from 100 to 599';
  }
  return openapi3
    ? "a response key is 'default', a three-digit code from 100 to 599, or a range 1XX to 5XX"
    : "a response key is 'default' or a three-digit code from 100 to 599";
}
