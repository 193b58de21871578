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
// The playground: dist/playground.html (scripts/build-playground.mjs), the
// self-contained page, shipped so that the command can write it out.
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { buildPlayground } from './build-playground.mjs';
import { createRequire } from 'node:module';

rmSync('dist', { recursive: true, force: true });

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'neutral',
  target: 'es2019',
  mainFields: ['module', 'main'],
  external: ['@stoplight/spectral-*'],
  legalComments: 'none',
  logLevel: 'warning',
  // The bundles of one version share their document models (functions/lib/model/walk.ts).
  define: { __PACKAGE_VERSION__: JSON.stringify(version) },
};

/**
 * The text of a build with `write: false` (one output file).
 * @param {import('esbuild').BuildResult} result
 */
function outputText(result) {
  const text = result.outputFiles?.[0]?.text;
  if (text === undefined) throw new Error('esbuild gave no output file');
  return text;
}

// The same options as report/page-script.ts's PAGE_BUILD.
const page = await build({
  bundle: true,
  format: 'iife',
  target: 'es2019',
  minify: true,
  legalComments: 'none',
  platform: 'browser',
  entryPoints: ['report/page/main.ts'],
  write: false,
  logLevel: 'warning',
});
/**
 * Replaces report/page-script.ts (which bundles the page's script on demand, for the tests) with the script itself.
 * @type {import('esbuild').Plugin}
 */
const inlinePage = {
  name: 'inline-page-script',
  setup(b) {
    b.onResolve({ filter: /\/page-script$/ }, (args) => ({ path: args.path, namespace: 'page-script' }));
    b.onLoad({ filter: /.*/, namespace: 'page-script' }, () => ({
      contents: `export function pageScript() { return ${JSON.stringify(outputText(page))}; }`,
      loader: 'js',
    }));
  },
};
/** @type {import('esbuild').BuildOptions} */
const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // jsonc-parser's UMD main requires its modules at run time, which a bundle
  // cannot follow: bundle its ES module build instead.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  external: ['@stoplight/*'],
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [inlinePage],
  define: { __PACKAGE_VERSION__: JSON.stringify(version) },
};

await Promise.all([
  buildPlayground(['dist/playground.html']),
  build({ ...node, entryPoints: ['entry/report.ts'], outfile: 'dist/report.cjs' }),
  build({ ...node, entryPoints: ['cli/bin.ts'], outfile: 'dist/bin.cjs', banner: { js: '#!/usr/bin/env node' } }),
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

/*
 * The CommonJS rulesets a `.spectral.yaml` extends (dist/index.cjs,
 * dist/strict.cjs) carry their code as one string, evaluated once when the
 * file loads. Spectral's CLI and VS Code extension turn a YAML ruleset into
 * JavaScript that imports the extended file by its path, and bundle it with
 * rollup, which parses every byte of the file twice (its CommonJS plugin,
 * then rollup itself): 1.3 s of every `spectral lint` for this 360 KB
 * ruleset, against nothing for `spectral:oas`, which is built in (see
 * bench/STARTUP.md). A string literal is one token to parse. The string is
 * this file's own code, built from this repository; the hosts evaluate
 * every JavaScript ruleset the same way (`Function(source)`), so the
 * wrapper asks nothing of them they do not already allow. The ES module
 * builds (dist/*.mjs), which `.spectral.js` files import and Node loads
 * directly, and dist/functions.cjs are left as they are.
 */
const PEERS = ['@stoplight/spectral-core', '@stoplight/spectral-formats'];
for (const file of ['dist/index.cjs', 'dist/strict.cjs']) {
  const code = readFileSync(file, 'utf8');
  // The group always takes part in a match.
  const required = [
    ...new Set([...code.matchAll(/(?<!['"])\brequire\("([^"]+)"\)/g)].map((m) => /** @type {string} */ (m[1]))),
  ];
  const other = required.filter((id) => !PEERS.includes(id));
  if (other.length > 0)
    throw new Error(`${file} requires ${other.join(', ')}: only ${PEERS.join(' and ')} may stay outside the bundle`);
  writeFileSync(
    file,
    [
      '"use strict";',
      "// This ruleset's code, as a string: a YAML ruleset that extends it is bundled by",
      '// rollup, which parses a string literal at once (see scripts/build.mjs).',
      `const peers = { ${PEERS.map((id) => `${JSON.stringify(id)}: require(${JSON.stringify(id)})`).join(', ')} };`,
      'const load = (id) => { if (Object.prototype.hasOwnProperty.call(peers, id)) return peers[id]; throw new Error("spectral-http-status: unexpected require of " + id); };',
      `new Function("module", "exports", "require", ${JSON.stringify(code)})(module, exports, load);`,
      '',
    ].join('\n'),
  );
}
// dist/report.mjs: the report's API for ES modules, as a face of
// dist/report.cjs rather than a second bundle. An ES module build of its own
// would import Spectral's CommonJS packages by name, which Node cannot do
// for all of them (`fetch` of @stoplight/spectral-runtime is not found);
// and one module instance, however a tool imports it, keeps one queue of
// note-collecting runs and one model cache.
const report = createRequire(import.meta.url)('../dist/report.cjs');
const names = Object.keys(report).sort();
writeFileSync(
  'dist/report.mjs',
  `// The ES module face of report.cjs (scripts/build.mjs).\nimport report from './report.cjs';\n\nexport const { ${names.join(', ')} } = report;\n`,
);
