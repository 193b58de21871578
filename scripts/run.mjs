// Runs a TypeScript script of this repository: bundles it with esbuild (the
// build's own tool; no TypeScript runtime to install) into .tmp and runs it
// with the arguments that follow. Packages stay external: they are read
// from node_modules as they are.
//
//   node scripts/run.mjs scripts/baseline-robustness.ts [args...]
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (entry === undefined) {
  console.error('usage: node scripts/run.mjs <script.ts> [args...]');
  process.exit(2);
}
mkdirSync('.tmp', { recursive: true });
const outfile = path.resolve('.tmp', `${path.basename(entry, '.ts')}.run.cjs`);
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile,
  packages: 'external',
  logLevel: 'warning',
  define: { __PACKAGE_VERSION__: 'undefined' },
});
process.argv = [...process.argv.slice(0, 1), outfile, ...args];
await import(pathToFileURL(outfile).href);
