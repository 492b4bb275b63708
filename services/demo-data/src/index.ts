export * from './catalog';
export * from './students';
export * from './partners-world';
export * from './credentials';
