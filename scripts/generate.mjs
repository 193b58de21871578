// npm run generate: writes functions/lib/generated/option-validators.js from
// the option schemas and cli/generated/baseline-validator.js from the baseline
// file's schema (scripts/generate-validators.ts, bundled with esbuild
// and run here, so that the schemas are read from the TypeScript sources).
import { build } from 'esbuild';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const out = 'functions/lib/generated/option-validators.js';
const baselineOut = 'cli/generated/baseline-validator.js';
// The rules import the generated module: a first run needs a placeholder.
if (!existsSync(out)) {
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, '');
}
mkdirSync('.tmp', { recursive: true });
const bundle = path.resolve('.tmp/generate-validators.cjs');
await build({
  entryPoints: ['scripts/generate-validators.ts'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: bundle,
  external: ['ajv', 'ajv-errors', 'ajv/*', '@stoplight/*'],
  logLevel: 'warning',
});
const { generateValidators, generateBaselineValidator } = createRequire(import.meta.url)(bundle);
writeFileSync(out, generateValidators());
console.log(`wrote ${out}`);
mkdirSync(path.dirname(baselineOut), { recursive: true });
writeFileSync(baselineOut, generateBaselineValidator());
console.log(`wrote ${baselineOut}`);
