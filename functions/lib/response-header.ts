/**
 * The check the response-header rules share (`http-status-location-header`,
 * `-allow-header`, `-retry-after-header`, `-www-authenticate-header`,
 * `-content-range-header`, `-upgrade-header`): a response with one of
 * `codes` declares `header`. Each rule is its own module and passes its
 * header, its codes, when it asks, and the RFC text that says why.
 */
import { describeCode } from '../data/status-codes';
import type { Run } from './context';
import type { ResponseEntry } from './model';
import { coreHeaderOwns } from './ownership';
import type { Visit } from './rule';
import { quote } from './quote';

export interface ResponseHeaderSpec {
  /** The header, as messages spell it (compared case-insensitively). */
  readonly header: string;
  /** The status codes whose responses may need it (read through the index by code). */
  readonly codes: readonly number[];
  /** Whether this response needs it, beyond its code (the mode, the method, the operation's security...). */
  readonly asks?: (entry: ResponseEntry, code: number, run: Run<unknown>) => boolean;
  /** Why the response needs it: the RFC section and what it says, for the message (`RFC 9110 §15.5.6: ...`). */
  readonly because: (code: number, entry: ResponseEntry) => string;
  /**
   * A finding that replaces the usual one where the header is not the fix
   * (a 405 whose description says "invalid input"): the description that
   * shows it, and the rest of the sentence, from "which reads as".
   */
  readonly instead?: (
    entry: ResponseEntry,
    code: number,
  ) => { readonly description: string; readonly rest: string } | undefined;
}

/** The visit of a response-header rule: each response with one of the codes, through the index by code. */
export function responseHeaderVisit<O>(spec: ResponseHeaderSpec): Visit<O> {
  const { header, codes, asks, because, instead } = spec;
  const wanted = header.toLowerCase();
  return {
    each: 'response',
    codes,
    check(entry: ResponseEntry, run) {
      const code = entry.code;
      if (code === undefined || entry.response === undefined) return;
      if (asks !== undefined && !asks(entry, code, run)) return;
      if (!coreHeaderOwns(run, entry, code, wanted, codes)) return;
      const described = describeCode(code);
      const other = instead?.(entry, code);
      if (other !== undefined) {
        reportDeclaredInstead(run, entry, code, other);
        return;
      }
      if (entry.headerNames.has(wanted)) return;
      run.reportResponse(entry, {
        subject: header,
        perOperation: `${entry.operation.label} declares ${described} with no ${header} header; add one to its \`headers\` (${because(code, entry)}).`,
        shared: (name, users) =>
          `The shared response '${name}', which ${users} as ${described}, has no ${header} header; add one to its \`headers\` (${because(code, entry)}).`,
      });
    },
  };
}

/**
 * Reports a response whose description shows it is declared for something
 * its code does not answer (`instead`, lib/misread-codes.ts): the words and
 * the fix, once at a shared response's definition in the default mode.
 */
export function reportDeclaredInstead<O>(
  run: Run<O>,
  entry: ResponseEntry,
  code: number,
  other: { readonly description: string; readonly rest: string },
): void {
  const described = describeCode(code);
  run.reportResponse(entry, {
    subject: 'description',
    perOperation: `${entry.operation.label} declares ${described} for '${quote(other.description)}', ${other.rest}`,
    shared: (name, users) =>
      `The shared response '${name}', which ${users} as ${described}, says '${quote(other.description)}', ${other.rest}`,
  });
}
