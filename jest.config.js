/**
 * Three tiers, one command (`npm test`): unit tests beside the code, integration tests against a
 * real database (PostgreSQL when TEST_DATABASE_URL is set, embedded PGlite otherwise), and
 * end-to-end tests through the gateway with real subgraphs. `--selectProjects` runs one tier.
 */
const base = {
  testEnvironment: 'node',
  // Type checking is `npm run typecheck`'s job; tests transpile only, for speed.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  rootDir: __dirname,
};

module.exports = {
  // testTimeout is a global option (ignored inside a project): the longest tier's value applies;
  // the per-project values below document each tier's budget.
  testTimeout: 180000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{services/*,gateway}/src/**/*.test.ts'] },
    { ...base, displayName: 'integration', testMatch: ['<rootDir>/services/*/test/**/*.test.ts'], testTimeout: 120000 },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/gateway/test/**/*.test.ts'], testTimeout: 180000 },
  ],
};
