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
  // Jest reads testTimeout only from the global config (a project's own is ignored), so the
  // slowest tier's budget applies to all: starting every subgraph on fresh databases takes seconds.
  testTimeout: 180000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{services/*,gateway}/src/**/*.test.ts'] },
    { ...base, displayName: 'integration', testMatch: ['<rootDir>/services/*/test/**/*.test.ts'] },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/gateway/test/**/*.test.ts'] },
  ],
};
