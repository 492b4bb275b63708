import type { Logger } from '../logger';

/**
 * Runs until SIGTERM or SIGINT, then calls `shutdown` once (stop accepting, drain, close pools) and
 * exits. A second signal while draining exits at once. Returns the same graceful stop for a request
 * that is not a signal (a cluster primary's message); it never counts as the second signal.
 */
export function stopOnSignals(logger: Logger, shutdown: () => Promise<void>): (reason: string) => void {
  let stopping = false;
  const stop = (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'shutting down: draining in-flight requests');
    shutdown()
      .then(() => {
        logger.info('stopped cleanly');
        process.exit(0);
      })
      .catch((error) => {
        logger.error({ err: error }, 'error while shutting down');
        process.exit(1);
      });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal while draining; exiting now');
      process.exit(1);
    }
    stop(signal);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return stop;
}

/** Logs a start-up failure (a ConfigError names every bad variable) and exits non-zero. */
export function exitOnStartupError(logger: Logger | undefined, error: unknown): never {
  if (logger) logger.fatal({ err: error }, 'failed to start');
  else process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
