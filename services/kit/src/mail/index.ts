export * from './mail-settings';
export * from './mail-template';
export * from './mailer';
export * from './unsubscribe-token';
