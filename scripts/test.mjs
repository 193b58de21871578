// @ts-check
// `npm test`, the README's one command for every test, on a fresh clone:
// the host tests' consumer projects are installed (scripts/prepare-hosts.cjs:
// `npm ci` of Spectral's CLI, Node 22, 24 and 26 and the VS Code extension's
// Spectral, mostly unpacking and writing files) while the package is built
// and type-checked (CPU), then jest runs with the arguments given
// (`npm test -- --ci --json --outputFile=…`), the install going on beside it
// until test/hosts.test.ts needs it. A failed build or type check fails the
// run before jest, a failed install after it; the output is on the terminal.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * Runs a command with the terminal's stdio; resolves to its exit code.
 * @param {string} command
 * @param {string[]} args
 * @returns {Promise<number>}
 */
const run = (command, args) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('error', (error) => {
      console.error(`npm test: ${command} ${args.join(' ')}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code) => resolve(code ?? 1));
  });

// The host projects install while the build and type checks run, and on into
// the jest run: test/hosts.test.ts waits for them (test/hosts/.installing).
const hosts = run(process.execPath, ['scripts/prepare-hosts.cjs']);
const built = await run(npm, ['run', 'build']).then((code) => (code === 0 ? run(npm, ['run', 'typecheck']) : code));
if (built !== 0) {
  console.error('npm test: the build or the type check failed; no test ran');
  await hosts;
  process.exit(1);
}
const jest = createRequire(import.meta.url).resolve('jest/bin/jest');
const tested = await run(process.execPath, [jest, ...process.argv.slice(2)]);
if ((await hosts) !== 0) {
  console.error(
    'npm test: installing the host projects failed (scripts/prepare-hosts.cjs): the host tests could not run',
  );
  process.exit(1);
}
process.exit(tested);
