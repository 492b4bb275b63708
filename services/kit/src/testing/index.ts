export * from './test-database';
export * from './refusals';
export * from './callers';
export type { TestSeed } from './database-templates';
