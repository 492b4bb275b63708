// Test helpers live behind their own entry point so production code never imports them.
export * from './src/testing';
