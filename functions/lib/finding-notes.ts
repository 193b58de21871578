/**
 * What a finding means for the status-code map, told to a tool that asks.
 *
 * Spectral keeps only a finding's message and path. The status-code map
 * (`spectral-http-status report`) also needs what the message says in
 * words: which code a "missing" finding asks for, whether a finding on a
 * declared code says the code does not belong or that the response has a
 * problem, and which findings a waiver silenced. A tool that runs Spectral
 * installs a collector under a global symbol before the run; the rule
 * functions tell it each finding as they return it. With no collector (the
 * CLI, VS Code) this costs one property read per function call.
 *
 * The symbol is global (`Symbol.for`), so that it reaches the functions
 * however the ruleset was loaded: bundled into a `.spectral.yaml` by
 * Spectral's ruleset bundler, or imported directly.
 */
import type { FindingKey } from './finding-keys';
import type { JsonPath } from './safe';

export const NOTES_KEY: unique symbol = Symbol.for('spectral-http-status.finding-notes') as never;

/**
 * - `missing`: the operation does not declare a code it should (`expects`
 *   names the codes, any one of which would do);
 * - `forbidden`: a declared code does not belong on the operation;
 * - `problem`: a declared response (or the operation) has a problem: a
 *   missing header, a body where none may be, a malformed waiver.
 */
export type NoteKind = 'missing' | 'forbidden' | 'problem';

export interface FindingNote {
  /** The rule as the ruleset names it (Spectral's `code`). */
  readonly rule: string;
  /** The finding's path, as Spectral reports it (what tells the finding apart). */
  readonly path: JsonPath;
  /**
   * Where the finding is, in the resolved document: the operation's own
   * path even where the report's path stops short of it (inside a `$ref`'d
   * path item, a YAML alias). What the map places it by.
   */
  readonly at: JsonPath;
  readonly message: string;
  /**
   * Its semantic keys (lib/finding-keys.ts): one, or one per operation for
   * a problem of a shared response reported once. What the baseline, the
   * diff and SARIF fingerprints match findings by.
   */
  readonly keys?: readonly FindingKey[];
  readonly kind: NoteKind;
  /** For `missing`: the codes the finding asks for (one of them). */
  readonly expects?: readonly number[];
  /** Set when an `x-http-status-ignore` waiver silenced the finding: Spectral never sees it. */
  readonly waived?: { readonly reason: string | undefined; readonly path: JsonPath };
  /** Set by a tool that applied a baseline (`report --baseline`): the baseline file accepts the finding, with the entry's reason. */
  readonly baselined?: { readonly file: string; readonly reason: string | undefined };
}

export type NoteCollector = (note: FindingNote) => void;

/** The collector a tool installed, if any. */
export function noteCollector(): NoteCollector | undefined {
  const collector = (globalThis as Record<symbol, unknown>)[NOTES_KEY];
  return typeof collector === 'function' ? (collector as NoteCollector) : undefined;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `body` with `collector` installed; the previous collector (if any) is
 * restored after it settles. The collector is global, so runs that collect
 * notes take turns: one waits for the one before it to settle.
 */
export function collectingNotes<T>(collector: NoteCollector, body: () => Promise<T>): Promise<T> {
  const run = async (): Promise<T> => {
    const store = globalThis as Record<symbol, unknown>;
    const previous = store[NOTES_KEY];
    store[NOTES_KEY] = collector;
    try {
      return await body();
    } finally {
      store[NOTES_KEY] = previous;
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
