// @ts-check
// Jest's transform for the TypeScript sources and tests: esbuild strips the
// types (each file on its own, as `isolatedModules` in tsconfig.json
// promises it can be), with a source map for stack traces. The types are
// checked once, by `npm run typecheck`, before jest runs. Written here, not
// taken from a library: esbuild is already the build's compiler, and the
// packages that wrap it for jest (esbuild-jest, jest-esbuild) are
// unmaintained; ts-jest transpiled with TypeScript's own compiler, about a
// tenth of a cold `npm test`. No test mocks a module it imports statically,
// so no `jest.mock` call needs hoisting above the imports (what ts-jest and
// babel-jest do): test/cli-lazy.test.ts and test/fix-safety.test.ts mock
// modules the command loads later.
'use strict';
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { transformSync, version } = require('esbuild');

// A change of esbuild or of this file invalidates jest's cache of what it transformed.
const SELF = readFileSync(__filename);

// Jest's SyncTransformer interface (@jest/transform, which jest brings): process and getCacheKey.
module.exports = {
  /** @param {string} source @param {string} filename */
  process(source, filename) {
    const { code, map } = transformSync(source, {
      loader: 'ts',
      format: 'cjs',
      target: 'node20',
      // `import()` as `require()` in a promise, as tsc writes it for CommonJS: jest's module registry (and its mocks) sees it.
      supported: { 'dynamic-import': false },
      sourcefile: filename,
      sourcemap: 'external',
      sourcesContent: false,
    });
    return { code, map };
  },
  /** @param {string} source @param {string} filename */
  getCacheKey(source, filename) {
    return createHash('sha256')
      .update(version)
      .update(SELF)
      .update('\0')
      .update(filename)
      .update('\0')
      .update(source)
      .digest('hex');
  },
};
