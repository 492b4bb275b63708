/**
 * Three tiers, one command (`npm test`): unit tests beside the code, integration tests against a
 * real database (PostgreSQL when TEST_DATABASE_URL is set, embedded PGlite otherwise), and
 * end-to-end tests through the gateway with real subgraphs, and browser tests of the gateway's pages in
 * headless Chromium (gateway/test/browser). `--selectProjects` runs one tier.
 */
const base = {
  testEnvironment: 'node',
  // Type checking is `npm run typecheck`'s job; tests transpile only, for speed.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // Built copies (dist/, the client's dist/package) repeat the workspace packages' names; tests use the sources.
  modulePathIgnorePatterns: ['<rootDir>/clients/[^/]+/dist/', '<rootDir>/dist/'],
  rootDir: __dirname,
  // Migrated and seeded test databases built once per run and copied per test file (docs/testing.md).
  globalSetup: '<rootDir>/services/kit/src/testing/jest-global-setup.ts',
  globalTeardown: '<rootDir>/services/kit/src/testing/jest-global-teardown.ts',
};

module.exports = {
  // Global only (jest ignores it per project): databases and servers start inside hooks, and CI
  // machines are shared, so hooks get minutes rather than jest's default five seconds.
  testTimeout: 180000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{services/*,gateway,benchmarks}/src/**/*.test.ts'] },
    { ...base, displayName: 'integration', testMatch: ['<rootDir>/services/*/test/**/*.test.ts', '<rootDir>/clients/*/test/**/*.test.ts'] },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/gateway/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/gateway/test/browser/'],
    },
    { ...base, displayName: 'browser', testMatch: ['<rootDir>/gateway/test/browser/**/*.browser.test.ts'] },
  ],
};
