export * from './domain-event';
export * from './outbox';
export * from './outbox-relay';
