/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // TypeScript through esbuild (test/esbuild-transform.cjs); `npm run typecheck` checks the types.
  transform: { '^.+\\.ts$': '<rootDir>/test/esbuild-transform.cjs' },
  testTimeout: 60000,
  // One worker per core (jest's default leaves one to its parent, which does little): the suites that
  // spawn the CLI or drive Chromium wait on them, so two workers on two cores keep both busy.
  maxWorkers: '100%',
  // Unpacks the page tests' Chromium once, before the workers start (test/global-setup.mjs).
  globalSetup: '<rootDir>/test/global-setup.mjs',
  // The host projects under test/hosts have their own node_modules (another
  // spectral-http-status, other Spectral versions): never map modules from them.
  modulePathIgnorePatterns: ['<rootDir>/test/hosts/'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/hosts/'],
  // The docs' JavaScript snippets import the package by name: run them on the sources.
  moduleNameMapper: { '^spectral-http-status/functions$': '<rootDir>/entry/functions.ts' },
};
