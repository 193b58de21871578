// Builds what Spectral loads: dist/index.{cjs,mjs} (the ruleset, default
// export only), dist/strict.{cjs,mjs} (the strict-mode ruleset, likewise)
// and dist/functions.{cjs,mjs} (rules, functions and data tables).
// Everything but @stoplight/spectral-* is bundled in, so no host (the CLI,
// the GitHub Action, the VS Code extension's CDN-backed loader) has to
// resolve a bare or relative import of ours.
// The status-code map: dist/report.cjs (its API; dist/report.mjs, below, for
// ES modules), dist/bin.cjs (the `spectral-http-status` command), each with
// the page's script (report/page, bundled for browsers) inlined. They run in Node only, so they take
// Spectral's loader, parsers and resolver from node_modules.
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

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

// The same options as report/page-script.ts's PAGE_BUILD.
const page = await build({ bundle: true, format: 'iife', target: 'es2019', minify: true, legalComments: 'none', platform: 'browser', entryPoints: ['report/page/main.ts'], write: false, logLevel: 'warning' });
/** Replaces report/page-script.ts (which bundles the page's script on demand, for the tests) with the script itself. */
const inlinePage = {
  name: 'inline-page-script',
  setup(b) {
    b.onResolve({ filter: /\/page-script$/ }, (args) => ({ path: args.path, namespace: 'page-script' }));
    b.onLoad({ filter: /.*/, namespace: 'page-script' }, () => ({
      contents: `export function pageScript() { return ${JSON.stringify(page.outputFiles[0].text)}; }`,
      loader: 'js',
    }));
  },
};
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['@stoplight/*'],
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [inlinePage],
  define: { __PACKAGE_VERSION__: JSON.stringify(version) },
};

await Promise.all([
  build({ ...node, entryPoints: ['report/index.ts'], outfile: 'dist/report.cjs' }),
  build({ ...node, entryPoints: ['report/bin.ts'], outfile: 'dist/bin.cjs', banner: { js: '#!/usr/bin/env node' } }),
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

// dist/report.mjs: the report's API for ES modules, as a face of
// dist/report.cjs rather than a second bundle. An ES module build of its own
// would import Spectral's CommonJS packages by name, which Node cannot do
// for all of them (`fetch` of @stoplight/spectral-runtime is not found);
// and one module instance, however a tool imports it, keeps one queue of
// note-collecting runs and one model cache.
const report = createRequire(import.meta.url)('../dist/report.cjs');
const names = Object.keys(report).sort();
writeFileSync('dist/report.mjs', `// The ES module face of report.cjs (scripts/build.mjs).\nimport report from './report.cjs';\n\nexport const { ${names.join(', ')} } = report;\n`);
