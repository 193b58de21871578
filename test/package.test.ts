/** The package as hosts load it: entry points, exports, and a dist with no imports hosts cannot resolve. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';

import { RULE_NAMES } from '../functions/rules';

const ROOT = path.join(__dirname, '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('package shape', () => {
  test('main, exports and files point at the built entry points', () => {
    expect(pkg.main).toBe('./dist/index.cjs');
    expect(pkg.exports['.']).toEqual({
      types: './dist/types/entry/index.d.ts',
      import: './dist/index.mjs',
      require: './dist/index.cjs',
    });
    expect(pkg.exports['./functions'].require).toBe('./dist/functions.cjs');
    expect(pkg.exports['./strict']).toEqual({
      types: './dist/types/entry/strict.d.ts',
      import: './dist/strict.mjs',
      require: './dist/strict.cjs',
    });
    expect(pkg.files).toEqual(['dist', 'schema', 'CHANGELOG.md', 'LICENSE']);
    expect(Object.keys(pkg.peerDependencies).sort()).toEqual([
      '@stoplight/spectral-core',
      '@stoplight/spectral-formats',
    ]);
    expect(pkg.peerDependencies['@stoplight/spectral-core']).toBe('^1.19.0');
    // The ruleset needs nothing but its peers; the report command needs what `spectral lint` uses to load rulesets and read documents.
    expect(Object.keys(pkg.dependencies).sort()).toEqual([
      '@stoplight/spectral-formatters',
      '@stoplight/spectral-parsers',
      '@stoplight/spectral-ref-resolver',
      '@stoplight/spectral-ruleset-bundler',
      '@stoplight/spectral-ruleset-migrator',
      '@stoplight/spectral-runtime',
    ]);
    expect(pkg.bin).toEqual({ 'spectral-http-status': 'dist/bin.cjs' });
    expect(pkg.exports['./report']).toEqual({
      types: './dist/types/entry/report.d.ts',
      import: './dist/report.mjs',
      require: './dist/report.cjs',
    });
    expect(pkg.exports['./status-map.schema.json']).toBe('./schema/status-map.schema.json');
  });

  test.each(['report.cjs', 'bin.cjs'])(
    'dist/%s (Node only) imports only Node built-ins and Spectral packages',
    (file) => {
      const text = readFileSync(path.join(ROOT, 'dist', file), 'utf8');
      // Calls, not text in strings (Ajv's runtime names its helpers in a string: 'require("ajv/dist/runtime/equal")').
      const specifiers = new Set(
        [...text.matchAll(/(?<![`'"])require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] as string),
      );
      const spectral =
        /^@stoplight\/spectral-(core|formats|formatters|parsers|ref-resolver|runtime|ruleset-migrator|ruleset-bundler(\/with-loader|\/plugins\/(builtins|commonjs|stdin|url))?)$/;
      for (const spec of specifiers)
        expect({ spec, allowed: builtinModules.includes(spec.replace(/^node:/, '')) || spectral.test(spec) }).toEqual({
          spec,
          allowed: true,
        });
      if (file === 'bin.cjs') expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
      // The page's script is inlined at build time: nothing builds it at run time.
      expect(text).toContain('status-map-data');
      expect(text).not.toContain('esbuild');
    },
  );

  test('the build writes the playground to dist/playground.html, one page that loads nothing, and the package ships it', () => {
    const html = readFileSync(path.join(ROOT, 'dist', 'playground.html'), 'utf8');
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\';');
    expect(html).not.toMatch(/<(script|img|iframe)\b[^>]*\ssrc=|<link\b/i);
    expect(html).toContain('id="worker-source"');
    const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    const files = (JSON.parse(pack.stdout) as Array<{ files: Array<{ path: string }> }>)[0]?.files.map((f) => f.path);
    expect(files).toContain('dist/playground.html');
  });

  test.each(['index.cjs', 'index.mjs', 'strict.cjs', 'strict.mjs', 'functions.cjs', 'functions.mjs'])(
    'dist/%s imports nothing but @stoplight/spectral-*',
    (file) => {
      const text = readFileSync(path.join(ROOT, 'dist', file), 'utf8');
      const specifiers = [...text.matchAll(/(?<!['"])(?:require\(|from\s+|import\()\s*["']([^"']+)["']/g)].map(
        (m) => m[1],
      );
      expect(specifiers.length).toBeGreaterThan(0);
      for (const spec of specifiers) expect(spec).toMatch(/^@stoplight\/spectral-(core|formats)$/);
    },
  );

  test.each([
    ['index.cjs', undefined],
    ['strict.cjs', 'strict'],
  ])('the CommonJS entry %s is the ruleset itself (what a YAML `extends` needs)', (file, mode) => {
    // The bundle carries its code as a string (scripts/build.mjs), which ends by making the ruleset the export.
    expect(readFileSync(path.join(ROOT, 'dist', file), 'utf8')).toContain('module.exports = module.exports.default;');

    const ruleset = require(path.join(ROOT, 'dist', file));
    expect(Object.keys(ruleset.rules)).toEqual([...RULE_NAMES]);
    expect(ruleset.default).toBeUndefined();
    expect(ruleset.rules['http-status-no-body'].then.functionOptions?.mode).toBe(mode);
  });

  test('spectral-http-status/report imports from an ES module (a .mjs file, in plain Node): the API of the CommonJS build, the same instance', () => {
    // Inside the package, so that Node resolves the package by its own name.
    mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
    const dir = mkdtempSync(path.join(ROOT, '.tmp', 'esm-report-'));
    const file = path.join(dir, 'import-report.mjs');
    writeFileSync(
      file,
      [
        "import * as report from 'spectral-http-status/report';",
        "import { buildStatusMap, lintText, loadRuleset, renderMarkdown } from 'spectral-http-status/report';",
        "import { createRequire } from 'node:module';",
        "import { readFileSync } from 'node:fs';",
        "const commonjs = createRequire(import.meta.url)('spectral-http-status/report');",
        `const ruleset = await loadRuleset(${JSON.stringify(path.join(ROOT, '.spectral.yaml'))});`,
        `const outcome = await lintText(readFileSync(${JSON.stringify(path.join(ROOT, 'fixtures', 'sample-openapi.yaml'))}, 'utf8'), 'sample.yaml', ruleset);`,
        "const map = buildStatusMap({ ...outcome, generator: 'esm' });",
        'console.log(JSON.stringify({ names: Object.keys(report).sort(), same: commonjs.buildStatusMap === buildStatusMap, findings: map.findings.length, markdown: renderMarkdown(map).split(String.fromCharCode(10))[2] }));',
      ].join('\n'),
    );
    try {
      const run = spawnSync(process.execPath, [file], { cwd: dir, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      const out = JSON.parse(run.stdout);

      expect(out.names).toEqual(Object.keys(require(path.join(ROOT, 'dist', 'report.cjs'))).sort());
      expect(out.same).toBe(true);
      expect(out.findings).toBe(7);
      expect(out.markdown).toBe('**5 operations**, 0 without findings (0%). 7 findings (2 errors, 5 warnings).');
      // And docs/report.md's example, as written, beside a document and a ruleset.
      const example =
        /```js\n([\s\S]*?)```/.exec(readFileSync(path.join(ROOT, 'docs', 'report.md'), 'utf8'))?.[1] ?? '';
      expect(example).toContain("from 'spectral-http-status/report'");
      writeFileSync(path.join(dir, 'example.mjs'), example);
      writeFileSync(path.join(dir, 'openapi.yaml'), readFileSync(path.join(ROOT, 'fixtures', 'sample-openapi.yaml')));
      writeFileSync(
        path.join(dir, '.spectral.yaml'),
        `extends:\n  - ${JSON.stringify(path.join(ROOT, 'dist', 'index.cjs'))}\n`,
      );
      const shown = spawnSync(process.execPath, ['example.mjs'], { cwd: dir, encoding: 'utf8' });
      expect(shown.stderr).toBe('');
      expect(shown.stdout).toContain('**5 operations**, 0 without findings (0%). 7 findings (2 errors, 5 warnings).');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180000);

  test("the CLI's bundle and the ruleset's share one document model per version (built once per lint)", () => {
    const script = `
      const { lintText, loadRuleset } = require(${JSON.stringify(path.join(ROOT, 'dist', 'report.cjs'))});
      const fs = require('node:fs');
      (async () => {
        const ruleset = await loadRuleset(${JSON.stringify(path.join(ROOT, '.spectral.yaml'))});
        const outcome = await lintText(fs.readFileSync(${JSON.stringify(path.join(ROOT, 'fixtures', 'sample-openapi.yaml'))}, 'utf8'), 'sample.yaml', ruleset);
        const store = globalThis[Symbol.for('spectral-http-status.models@' + ${JSON.stringify(pkg.version)})];
        console.log(JSON.stringify({ store: store instanceof WeakMap, held: store instanceof WeakMap && store.has(outcome.resolved), findings: outcome.results.length }));
      })();
    `;
    const run = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    // The rules (dist/index.cjs, loaded through .spectral.yaml) built the model into the store the CLI reads.
    expect(JSON.parse(run.stdout)).toEqual({ store: true, held: true, findings: 7 });
  });

  test('the ES module entries load in plain Node, by package name, with the same rules', () => {
    // Jest's CommonJS runtime cannot import ES modules, so a real Node process does.
    const script = `
      import ruleset from 'spectral-http-status';
      import strict from 'spectral-http-status/strict';
      import { ruleFunctions, DEFAULT_MATRIX } from 'spectral-http-status/functions';
      console.log(JSON.stringify({ rules: Object.keys(ruleset.rules), strict: Object.keys(strict.rules), fn: typeof ruleFunctions['http-status-method-matrix'], rows: DEFAULT_MATRIX.length }));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    expect(out.rules).toEqual(Object.keys(require(path.join(ROOT, 'dist', 'index.cjs')).rules));
    expect(out.strict).toEqual(out.rules);
    expect(out.fn).toBe('function');
    expect(out.rows).toBeGreaterThan(30);
  });
});
