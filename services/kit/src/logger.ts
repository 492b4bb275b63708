import pino, { type Logger } from 'pino';
import type { LogLevel } from './config/service-config';

export type { Logger };

/** Structured JSON lines on stdout, one logger per process, tagged with the service name. */
export function createLogger(service: string, level: LogLevel): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: ['req.headers.authorization', 'headers.authorization'],
  });
}
