// Builds what Spectral loads: dist/index.{cjs,mjs} (the ruleset, default
// export only), dist/strict.{cjs,mjs} (the strict-mode ruleset, likewise)
// and dist/functions.{cjs,mjs} (rules, functions and data tables).
// Everything but @stoplight/spectral-* is bundled in, so no host (the CLI,
// the GitHub Action, the VS Code extension's CDN-backed loader) has to
// resolve a bare or relative import of ours.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'neutral',
  target: 'es2019',
  mainFields: ['module', 'main'],
  external: ['@stoplight/spectral-*'],
  legalComments: 'none',
  logLevel: 'warning',
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['entry/index.ts'],
    format: 'cjs',
    outfile: 'dist/index.cjs',
    // A YAML `extends` requires the module and expects the ruleset itself,
    // not `{ default: ruleset }`.
    footer: { js: 'module.exports = module.exports.default;' },
  }),
  build({ ...common, entryPoints: ['entry/index.ts'], format: 'esm', outfile: 'dist/index.mjs' }),
  build({
    ...common,
    entryPoints: ['entry/strict.ts'],
    format: 'cjs',
    outfile: 'dist/strict.cjs',
    footer: { js: 'module.exports = module.exports.default;' },
  }),
  build({ ...common, entryPoints: ['entry/strict.ts'], format: 'esm', outfile: 'dist/strict.mjs' }),
  build({ ...common, entryPoints: ['entry/functions.ts'], format: 'cjs', outfile: 'dist/functions.cjs' }),
  build({ ...common, entryPoints: ['entry/functions.ts'], format: 'esm', outfile: 'dist/functions.mjs' }),
]);
