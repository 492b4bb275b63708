export * from './import-files';
export * from './csv-table';
export * from './import-report';
export * from './apply-changes';
export * from './csv-cells';
export * from './import-route';
