// Loads a ruleset and lints a document the way the Spectral VS Code
// extension's language server does (server/src/linter.ts of
// stoplightio/vscode-spectral): migrate the YAML ruleset to ESM, bundle it
// with rollup and the bundler's `runtime` preset plus `commonjs`, evaluate
// the IIFE, lint with `ignoreUnknownFormat`. The packages are the versions
// the extension bundles (see package.json). Any network fetch is recorded
// and fails: the runtime preset sends bare imports to a CDN.
//
// Usage: node lint.cjs <ruleset file> <document> ; prints JSON.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { Spectral, Document, Ruleset } = require('@stoplight/spectral-core');
const Parsers = require('@stoplight/spectral-parsers');
const { runtime } = require('@stoplight/spectral-ruleset-bundler/presets/runtime');
const { commonjs } = require('@stoplight/spectral-ruleset-bundler/plugins/commonjs');
const { stdin } = require('@stoplight/spectral-ruleset-bundler/plugins/stdin');
const { migrateRuleset } = require('@stoplight/spectral-ruleset-migrator');
const { rollup } = require('rollup');

const fetches = [];
const fetch = async (url) => {
  fetches.push(String(url));
  throw new Error(`network fetch attempted: ${url}`);
};
const io = { fs, fetch };

async function loadRuleset(filepath) {
  let rulesetFile = filepath;
  const plugins = [...runtime(io), commonjs()];
  if (/\.(json|ya?ml)$/.test(path.extname(filepath))) {
    rulesetFile = path.join(path.dirname(rulesetFile), '.spectral.js');
    plugins.unshift(stdin(await migrateRuleset(filepath, { format: 'esm', ...io }), rulesetFile));
  }
  const bundle = await rollup({
    input: rulesetFile,
    plugins,
    treeshake: false,
    onwarn(e, fn) {
      if (e.code === 'MISSING_NAME_OPTION_FOR_IIFE_EXPORT') return;
      fn(e);
    },
  });
  const output = (await bundle.generate({ format: 'iife', exports: 'auto' })).output[0];
  return new Ruleset(Function(`return ${output.code}`)(), { severity: 'recommended', source: rulesetFile });
}

async function main() {
  const [rulesetPath, documentPath] = process.argv.slice(2);
  const out = { versions: {}, fetches, results: [], error: null };
  for (const name of ['spectral-core', 'spectral-functions', 'spectral-formats', 'spectral-ruleset-bundler', 'spectral-ruleset-migrator']) {
    const file = path.join(__dirname, 'node_modules', '@stoplight', name, 'package.json');
    out.versions[name] = JSON.parse(fs.readFileSync(file, 'utf8')).version;
  }
  try {
    // How long the extension's loader takes with this ruleset (bench/STARTUP.md reads it).
    const started = process.hrtime.bigint();
    const ruleset = await loadRuleset(path.resolve(rulesetPath));
    out.loadMs = Number(process.hrtime.bigint() - started) / 1e6;
    const spectral = new Spectral();
    spectral.setRuleset(ruleset);
    const file = path.resolve(documentPath);
    const results = await spectral.run(new Document(fs.readFileSync(file, 'utf8'), Parsers.Yaml, file), { ignoreUnknownFormat: true });
    out.results = results.map((r) => ({ code: r.code, path: r.path, message: r.message, severity: r.severity, range: r.range }));
    out.rules = Object.keys(ruleset.rules);
  } catch (error) {
    out.error = String((error && error.stack) || error);
  }
  process.stdout.write(JSON.stringify(out));
}

main();
