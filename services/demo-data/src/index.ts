export * from './catalog';
export * from './students';
export * from './partners-world';
export * from './partners';
export * from './placements';
export * from './demo-world';
export * from './credentials';
export * from './reporting';
