/** The map's columns: one per response key, in code order, grouped 1xx to 5xx, then malformed keys, then `default`. */
import { statusEntry } from '../../functions/data/status-codes';
import type { MapColumn } from './types';

/** A column of a response key, with its group and, where IANA lists the code, its reason phrase. */
export function columnOf(key: string): MapColumn {
  if (/^[1-5]\d\d$/.test(key)) {
    const phrase = statusEntry(Number(key));
    return {
      key,
      group: `${key[0]}xx`,
      ...(phrase === undefined || phrase.state === 'unused' ? {} : { title: phrase.phrase }),
    };
  }
  if (/^[1-5]XX$/.test(key)) return { key, group: `${key[0]}xx` };
  return { key, group: 'other' };
}

function columnRank(key: string): [number, number, string] {
  if (/^[1-5]\d\d$/.test(key)) return [Number(key[0]), Number(key), ''];
  if (/^[1-5]XX$/.test(key)) return [Number(key[0]), 1000, ''];
  if (key === 'default') return [7, 0, ''];
  return [6, 0, key];
}

/** Sorts response keys: codes, then the class's range, grouped 1xx to 5xx; then malformed keys; `default` last. */
export function compareColumns(a: string, b: string): number {
  const [ga, na, sa] = columnRank(a);
  const [gb, nb, sb] = columnRank(b);
  return ga - gb || na - nb || (sa < sb ? -1 : sa > sb ? 1 : 0);
}
