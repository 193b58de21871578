// Before `npm test`: installs the host tests' consumer projects
// (test/hosts/cli: a pinned Spectral CLI and Node 22 and 24 as npm
// packages; test/hosts/vscode: the Spectral versions the VS Code extension
// bundles) with `npm ci`, when their node_modules are missing or were
// installed from another package-lock.json. So the README's test command
// runs every test on a fresh clone; test/hosts.test.ts fails, not skips,
// when they are not there.
const { createHash } = require('node:crypto');
const { execFileSync } = require('node:child_process');
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const HOSTS = ['cli', 'vscode'].map((name) => path.join(__dirname, '..', 'test', 'hosts', name));

for (const dir of HOSTS) {
  const lock = readFileSync(path.join(dir, 'package-lock.json'));
  const hash = createHash('sha256').update(lock).digest('hex');
  const marker = path.join(dir, 'node_modules', '.installed-from-lock');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === hash) continue;
  console.log(`prepare-hosts: npm ci in ${path.relative(process.cwd(), dir)}`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
  writeFileSync(marker, hash);
}
