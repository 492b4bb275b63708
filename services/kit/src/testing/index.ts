export * from './test-database';
export * from './refusals';
export * from './callers';
