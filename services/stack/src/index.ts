export * from './subgraph-packages';
