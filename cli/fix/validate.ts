/**
 * Whether swagger-parser validates a document, within a time bound that
 * holds. swagger-parser's dereference holds the thread for many minutes on
 * some real descriptions (Stripe's, with its circular `$ref`s; bungie.net),
 * so a timer in the same thread never fires. The command (dist/bin.cjs)
 * therefore validates in a worker thread it terminates at the bound; on the
 * sources (tests), where no bundle can be started as a worker, it validates
 * in this thread and the bound is only a race.
 */
import { Worker, type MessagePort } from 'node:worker_threads';
import SwaggerParser from '@apidevtools/swagger-parser';
import { parse as parseYaml } from 'yaml';
import { VALIDATION_TASK } from './validate-task';

/** Whether swagger-parser validated a text; undefined when it did not finish in time. */
export type Validation = { ok: boolean; message: string } | undefined;
/** How a text is validated (the corpus script passes its own, in a child process). */
export type Validate = (text: string, source: string) => Promise<Validation>;

/** Whether swagger-parser validates the text (read as `source`, for its `$ref`s). */
async function validates(text: string, source: string): Promise<{ ok: boolean; message: string }> {
  let api: unknown;
  try {
    api = /^\s*[{[]/.test(text) ? JSON.parse(text) : parseYaml(text, { uniqueKeys: false, maxAliasCount: -1 });
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  try {
    await SwaggerParser.validate(source, api as never, {});
    return { ok: true, message: '' };
  } catch (error) {
    return { ok: false, message: (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '' };
  }
}

/** In this thread: the validation, or undefined when it has not settled in `seconds` (work that holds the thread is not stopped). */
async function raced(text: string, source: string, seconds: number): Promise<Validation> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), seconds * 1000);
  });
  try {
    return await Promise.race([validates(text, source), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** In a worker started from the command's bundle, terminated after `seconds`: undefined then, or if the worker fails. */
function inWorker(entry: string, text: string, source: string, seconds: number): Promise<Validation> {
  return new Promise((resolve) => {
    let settled = false;
    const worker = new Worker(entry, { workerData: { task: VALIDATION_TASK, text, source } });
    const done = (value: Validation): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(value);
    };
    const timer = setTimeout(() => done(undefined), seconds * 1000);
    worker.once('message', (message: unknown) => {
      const m = message as { ok?: unknown; message?: unknown } | null;
      done(
        m !== null && typeof m === 'object' && typeof m.ok === 'boolean'
          ? { ok: m.ok, message: String(m.message ?? '') }
          : undefined,
      );
    });
    worker.once('error', () => done(undefined));
    worker.once('exit', () => done(undefined));
  });
}

/** The command's bundle, when this code runs from it (a worker can start it again); undefined on the sources. */
function bundle(): string | undefined {
  return typeof __filename === 'string' && __filename.endsWith('.cjs') ? __filename : undefined;
}

/** A validation bounded to `seconds`. */
export function boundedValidation(seconds: number): Validate {
  return (text, source) => {
    const entry = bundle();
    return entry === undefined ? raced(text, source, seconds) : inWorker(entry, text, source, seconds);
  };
}

/** The worker's side (cli/bin.ts starts it when its workerData is a validation task): validates and posts the result. */
export async function runValidationTask(
  data: { text: string; source: string },
  port: MessagePort | null,
): Promise<void> {
  const result = await validates(data.text, data.source);
  port?.postMessage(result);
}
