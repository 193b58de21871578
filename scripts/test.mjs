// @ts-check
// `npm test`, the README's one command for every test, on a fresh clone:
// the host tests' consumer projects are installed (scripts/prepare-hosts.cjs:
// `npm ci` of Spectral's CLI, Node 22, 24 and 26 and the VS Code extension's
// Spectral, mostly unpacking and writing files) while the package is built,
// then jest runs with the arguments given (`npm test -- --ci --json
// --outputFile=…`), the type check and what is left of the install beside
// it. A failed build fails the run before jest, a failed type check or
// install after it; the output is on the terminal.
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

// The host projects install while the package builds, and on into the jest
// run: test/hosts.test.ts waits for them (test/hosts/.installing). The type
// check (sources, tests, page, playground) runs beside jest, which needs
// only the build: jest's esbuild transform does not read types.
const hosts = run(process.execPath, ['scripts/prepare-hosts.cjs']);
const built = await run(npm, ['run', 'build']);
if (built !== 0) {
  console.error('npm test: the build failed; no test ran');
  await hosts;
  process.exit(1);
}
const typecheck = run(npm, ['run', '--silent', 'typecheck']);
const jest = createRequire(import.meta.url).resolve('jest/bin/jest');
const tested = await run(process.execPath, [jest, ...process.argv.slice(2)]);
const failed = [
  (await typecheck) !== 0 && 'the type check (`npm run typecheck`, its errors above)',
  (await hosts) !== 0 && 'installing the host projects (scripts/prepare-hosts.cjs), so the host tests could not run',
].filter(Boolean);
if (failed.length > 0) {
  console.error(`npm test: failed: ${failed.join('; ')}`);
  process.exit(1);
}
process.exit(tested);
