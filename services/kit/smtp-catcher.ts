// Its own entry point: only the launcher and tests run an SMTP server, so subgraphs never load one.
export * from './src/mail/smtp-catcher';
