export * from './test-database';
export * from './refusals';
