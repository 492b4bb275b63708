export * from './suppression';
export * from './metric-cube';
export * from './suppression-config';
export * from './metric-scope';
export * from './metric-selection';
export * from './reporting-snapshot';
export * from './reporting-set';
