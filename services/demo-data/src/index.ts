export * from './catalog';
export * from './students';
