// Before the jest run of `npm test` (scripts/test.mjs): installs the host tests' consumer projects
// (test/hosts/cli: a pinned Spectral CLI and Node 22 and 24 as npm
// packages; test/hosts/vscode: the Spectral versions the VS Code extension
// bundles) with `npm ci`, when their node_modules are missing or were
// installed from another package-lock.json. So the README's test command
// runs every test on a fresh clone; test/hosts.test.ts fails, not skips,
// when they are not there.
const { createHash } = require('node:crypto');
const { spawn } = require('node:child_process');
const { existsSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const HOSTS = ['cli', 'vscode'].map((name) => path.join(__dirname, '..', 'test', 'hosts', name));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * `npm ci` in one host project, unless its node_modules were installed from
 * its package-lock.json; resolves to the exit code.
 * @param {string} dir
 * @returns {Promise<number>}
 */
function install(dir) {
  const lock = readFileSync(path.join(dir, 'package-lock.json'));
  const hash = createHash('sha256').update(lock).digest('hex');
  const marker = path.join(dir, 'node_modules', '.installed-from-lock');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === hash) return Promise.resolve(0);
  console.log(`prepare-hosts: npm ci in ${path.relative(process.cwd(), dir)}`);
  return new Promise((resolve) => {
    const child = spawn(npm, ['ci', '--no-audit', '--no-fund'], {
      cwd: dir,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    child.on('error', (error) => {
      console.error(`prepare-hosts: npm ci in ${dir}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code) => {
      if (code === 0) writeFileSync(marker, hash);
      resolve(code ?? 1);
    });
  });
}

// While it runs, test/hosts/.installing holds its pid: scripts/test.mjs starts
// jest before the install ends, and test/hosts.test.ts waits for it.
const INSTALLING = path.join(__dirname, '..', 'test', 'hosts', '.installing');
writeFileSync(INSTALLING, String(process.pid));

// Both at once: each is mostly unpacking and writing files (the three Node
// binaries are most of it), so one waits on the disk while the other runs.
void Promise.all(HOSTS.map(install)).then((codes) => {
  rmSync(INSTALLING, { force: true });
  if (codes.some((code) => code !== 0)) process.exitCode = 1;
});
