/** The `spectral-http-status` command (cli/main.ts); started as a worker, a validation of `fix` (cli/fix/validate.ts). */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { isValidationTask } from './fix/validate-task';
import { main } from './main';

if (!isMainThread && isValidationTask(workerData)) {
  const task = workerData;
  void import('./fix/validate').then((validate) => validate.runValidationTask(task, parentPort));
} else {
  main(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `spectral-http-status: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 2;
    },
  );
}
