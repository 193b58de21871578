/**
 * The check the response-header rules share (`http-status-location-header`,
 * `-allow-header`, `-retry-after-header`, `-www-authenticate-header`,
 * `-content-range-header`): a response with one of `codes` declares
 * `header`. Each rule is its own module and passes its header and codes.
 */
import { describeCode } from '../data/status-codes';
import type { ResponseEntry } from './model';
import { coreHeaderOwns } from './ownership';
import type { Visit } from './rule';

export interface ResponseHeaderSpec {
  /** The header, as messages spell it (compared case-insensitively). */
  readonly header: string;
  /** The status codes whose responses need it. */
  readonly codes: readonly number[];
  /** Why the header belongs there, appended to the message. */
  readonly reason?: string;
}

/** The visit of a response-header rule: each response with one of the codes, through the index by code. */
export function responseHeaderVisit<O>({ header, codes, reason }: ResponseHeaderSpec): Visit<O> {
  const wanted = header.toLowerCase();
  const why = reason === undefined ? '' : ` ${reason}`;
  return {
    each: 'response',
    codes,
    check(entry: ResponseEntry, run) {
      const code = entry.code;
      if (code === undefined || entry.response === undefined) return;
      if (!coreHeaderOwns(run, entry, code, wanted) || entry.headerNames.has(wanted)) return;
      run.report(`${entry.operation.label} declares ${describeCode(code)} with no ${header} header; add '${header}' to the response's headers.${why}`, entry.path);
    },
  };
}
