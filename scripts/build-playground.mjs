// Builds the playground: one self-contained page (its style, scripts, the
// lint's Web Worker and the sample documents inline) that lints OpenAPI
// documents in the browser with this package's ruleset and draws their
// status-code map. It opens from disk or from any static host; a Content
// Security Policy forbids every request.
//
//   npm run playground    writes playground/dist/index.html
//   npm run build         writes dist/playground.html (scripts/build.mjs calls buildPlayground), shipped in the package
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** @type {import('esbuild').BuildOptions} */
const browser = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  write: false,
  absWorkingDir: ROOT,
  // Spectral's runtime and $ref readers import Node's fs for files the playground never reads;
  // Spectral's JSON parser require()s jsonc-parser, for which esbuild takes the UMD build (`main`), whose
  // dynamic require()s no bundler can follow: take its ES module build (`module`) instead.
  alias: { fs: './playground/src/shims/fs.ts', 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  define: { __PACKAGE_VERSION__: JSON.stringify(version), 'process.env.NODE_ENV': '"production"' },
};

// The page's script imports only the list of rules \`fix\` fixes from cli/fix/plan.ts (to enable Fix); yaml and
// jsonc-parser, which the planner's text edits use, have no side effects: declared so, the page's script leaves them out.
/** @type {import('esbuild').Plugin} */
const sideEffectFree = {
  name: 'side-effect-free',
  setup(build) {
    build.onResolve({ filter: /^yaml$|jsonc-parser/ }, async (args) => {
      if (args.pluginData === 'resolved') return undefined;
      const {
        path: file,
        external,
        namespace,
        errors,
      } = await build.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: 'resolved',
      });
      return errors.length > 0 ? { errors } : { path: file, external, namespace, sideEffects: false };
    });
  },
};

/** The sample documents: the fixtures the tests lint, so the samples and the tests never drift apart. */
const SAMPLES = [
  // First, what the page opens on: a document with findings of several rules, errors and warnings, so that a first look shows what the playground does.
  { name: 'orders', label: 'Orders, with findings (OpenAPI 3.0)', file: 'fixtures/sample-openapi.yaml' },
  { name: 'level3', label: 'Level 3 example (OpenAPI 3.1)', file: 'fixtures/level3-example.yaml' },
  { name: 'swagger', label: 'Pets (Swagger 2.0)', file: 'fixtures/report/swagger-2.0.yaml' },
  {
    name: 'webhooks',
    label: 'Subscriptions, webhooks and callbacks (OpenAPI 3.1)',
    file: 'fixtures/report/openapi-3.1-webhooks.yaml',
  },
  {
    name: 'oas32',
    label: 'Products with QUERY and additional methods (OpenAPI 3.2)',
    file: 'fixtures/oas32-operations.yaml',
  },
].map(({ name, label, file }) => ({ name, label, text: readFileSync(path.join(ROOT, file), 'utf8') }));

/**
 * The text of a build with `write: false` (one output file).
 * @param {import('esbuild').BuildResult} result
 */
function outputText(result) {
  const text = result.outputFiles?.[0]?.text;
  if (text === undefined) throw new Error('esbuild gave no output file');
  return text;
}

/** Script text that can stand inside a <script> element as it is (checked, not rewritten: a rewrite could change what a regular expression means). */
const scriptSafe = (/** @type {string} */ text) => {
  if (/<\/script|<!--/i.test(text))
    throw new Error('a bundled script contains "</script" or "<!--", which would end or alter its <script> element');
  return text;
};
const jsonSafe = (/** @type {unknown} */ value) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

// Spectral compiles its JSONPath expressions and option schemas to functions ('unsafe-eval'); the worker comes from a blob: URL.
const CSP =
  "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; worker-src blob:; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * Builds the page and writes it to each of `outputs` (paths from the repository's root); returns its size in bytes.
 * @param {readonly string[]} outputs
 */
export async function buildPlayground(outputs) {
  // The fixer is a bundle of its own, loaded into the worker only when Fix is pressed: the worker every lint starts stays as it was.
  const [worker, main, fixer] = await Promise.all([
    build({ ...browser, entryPoints: ['playground/src/worker.ts'] }),
    build({ ...browser, entryPoints: ['playground/src/main.ts'], plugins: [sideEffectFree] }),
    build({ ...browser, entryPoints: ['playground/src/fixer.ts'] }),
  ]);
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>spectral-http-status playground</title>
</head>
<body data-state="loading">
<header class="bar">
<h1>spectral-http-status playground</h1>
<label>Sample <select id="sample"></select></label>
<label>Mode <select id="mode"><option value="default">default</option><option value="strict">strict</option></select></label>
<label>Open a file <input type="file" id="file" accept=".yaml,.yml,.json"></label>
<button type="button" id="fix" disabled title="Fix is enabled once the document is linted">Fix</button>
<span class="privacy">Lints in this page: nothing you paste leaves it.</span>
<span id="status" role="status" aria-live="polite">Loading…</span>
<button type="button" id="retry" hidden>Try again</button>
</header>
<div class="workspace">
<div id="editor-pane"></div>
<div class="results">
<section id="fix-panel" hidden aria-labelledby="fix-title">
<h2 id="fix-title">Fix</h2>
<p id="fix-status" role="status" aria-live="polite"></p>
<pre id="fix-diff" hidden></pre>
<div id="fix-lists"></div>
<p class="fix-actions"><button type="button" id="fix-apply" hidden>Apply</button> <button type="button" id="fix-close">Close</button></p>
</section>
<h2>Findings</h2>
<ol id="findings"></ol>
<h2>Status-code map</h2>
<div id="map-root"></div>
</div>
</div>
<noscript>The playground lints in your browser with JavaScript.</noscript>
<script type="application/json" id="samples">${jsonSafe(SAMPLES)}</script>
<script type="text/plain" id="worker-source">${scriptSafe(outputText(worker))}</script>
<script type="text/plain" id="fixer-source">${scriptSafe(outputText(fixer))}</script>
<script>${scriptSafe(outputText(main))}</script>
</body>
</html>
`;
  for (const output of outputs) {
    const file = path.join(ROOT, output);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, html);
  }
  return Buffer.byteLength(html);
}

// Run as a script (npm run playground), not imported.
if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const output = path.join('playground', 'dist', 'index.html');
  const bytes = await buildPlayground([output]);
  console.log(`playground: wrote ${output} (${(bytes / 1e6).toFixed(2)} MB)`);
}
