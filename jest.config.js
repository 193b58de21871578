/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testTimeout: 60000,
  // Unpacks the page tests' Chromium once, before the workers start (test/global-setup.mjs).
  globalSetup: '<rootDir>/test/global-setup.mjs',
  // The host projects under test/hosts have their own node_modules (another
  // spectral-http-status, other Spectral versions): never map modules from them.
  modulePathIgnorePatterns: ['<rootDir>/test/hosts/'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/hosts/'],
  // The docs' JavaScript snippets import the package by name: run them on the sources.
  moduleNameMapper: { '^spectral-http-status/functions$': '<rootDir>/entry/functions.ts' },
};
