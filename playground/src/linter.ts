/**
 * The lint's Web Worker, as the page drives it: one lint at a time, and a
 * lint can be stopped. Spectral cannot be interrupted from outside, so a
 * lint is stopped by ending its worker; a fresh worker is started at once,
 * so that it has loaded (a second or so on a slow machine) by the time the
 * next text comes. A lint is stopped when a newer text or mode supersedes
 * it (its findings would be of a text no longer in the editor) and when it
 * runs past the time limit (a document whose lint never finishes must not
 * leave the page on "Linting…" for ever).
 */
import type { StatusMap } from '../../report/map';
import type { LintResult } from './editor';
import type { FixResponse, Tamper } from './fixer';

/** The worker's answer to one request. */
export interface LintResponse {
  readonly id: number;
  readonly results?: readonly LintResult[];
  readonly map?: StatusMap;
  readonly ms?: number;
  /** The answer to a fix. */
  readonly fix?: FixResponse;
  readonly error?: string;
}

export type LintOutcome =
  | { readonly kind: 'done'; readonly response: LintResponse }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'timeout'; readonly limitMs: number };

export class WorkerLinter {
  private worker: Worker;
  private running:
    | {
        readonly id: number;
        readonly timer: ReturnType<typeof setTimeout>;
        readonly report: (id: number, outcome: LintOutcome) => void;
      }
    | undefined;
  private last = 0;
  /** Workers ended before their lint finished (for the tests). */
  stopped = 0;

  /**
   * `url`: the worker's script; `report`: told once of each lint that
   * finishes, fails or runs out of time (never of one superseded).
   */
  constructor(
    private readonly url: string,
    private readonly report: (id: number, outcome: LintOutcome) => void,
  ) {
    this.worker = this.spawn();
  }

  /** Whether a lint is under way. */
  get busy(): boolean {
    return this.running !== undefined;
  }

  /** Lints `text` in `mode`, stopping the lint under way; past `limitMs`, the lint is stopped and reported as a timeout. Returns the lint's id. */
  lint(text: string, mode: string, limitMs: number): number {
    return this.request({ text, mode }, limitMs, this.report);
  }

  /**
   * Works out the fixes of `text` in `mode` with the fixer whose bundled
   * source is `source` (loaded in the worker the first time), as a lint
   * is: one at a time, stopped by the next lint or fix, or past `limitMs`;
   * `report` is told of it (never of one superseded).
   */
  fix(
    text: string,
    mode: string,
    source: string,
    limitMs: number,
    report: (id: number, outcome: LintOutcome) => void,
    tamper?: Tamper,
  ): number {
    return this.request({ text, mode, fix: { source, tamper } }, limitMs, report);
  }

  private request(message: object, limitMs: number, report: (id: number, outcome: LintOutcome) => void): number {
    this.stop();
    const id = ++this.last;
    const timer = setTimeout(() => {
      if (this.running?.id !== id) return;
      this.stop();
      report(id, { kind: 'timeout', limitMs });
    }, limitMs);
    this.running = { id, timer, report };
    this.worker.postMessage({ id, ...message });
    return id;
  }

  /** Stops the lint under way, if there is one (its worker is ended, a fresh one started); says whether there was. */
  stop(): boolean {
    const running = this.running;
    if (running === undefined) return false;
    clearTimeout(running.timer);
    this.running = undefined;
    this.replaceWorker();
    this.stopped++;
    return true;
  }

  private replaceWorker(): void {
    this.worker.terminate();
    this.worker = this.spawn();
  }

  private spawn(): Worker {
    const worker = new Worker(this.url);
    worker.onmessage = (event: MessageEvent<LintResponse>) => {
      // A message an ended worker had already sent, or the answer to a lint since superseded: not this text's.
      const running = this.running;
      if (worker !== this.worker || running === undefined || event.data.id !== running.id) return;
      clearTimeout(running.timer);
      this.running = undefined;
      running.report(running.id, { kind: 'done', response: event.data });
    };
    worker.onerror = (event) => {
      // An error the worker did not catch (its lint catches Spectral's own): the worker may be in any state, so it is replaced.
      // (Between lints there is nothing to report, and replacing a worker that fails as it loads would never end.)
      event.preventDefault();
      const running = this.running;
      if (worker !== this.worker || running === undefined) return;
      clearTimeout(running.timer);
      this.running = undefined;
      this.replaceWorker();
      running.report(running.id, { kind: 'failed', message: event.message || 'the linter stopped' });
    };
    return worker;
  }
}
