import cluster, { type Worker } from 'node:cluster';
import type { Logger } from '../logger';

/**
 * What the primary sends a worker to drain and stop (a signal may reach the worker too: the stop is
 * idempotent). The gateway's workers, and Hive Gateway's under the bench, run under `runWorkers`.
 */
export const SHUTDOWN_MESSAGE = 'careergraph:shutdown';

/**
 * The cluster primary: forks `count` workers that share the port (the primary hands out
 * connections round-robin), replaces a worker that dies after it started listening, and stops
 * everything when one fails to start, since a start-up failure (a bad variable, a missing
 * supergraph) would fail again in every replacement. On SIGTERM or SIGINT it asks every worker to
 * drain and exits when the last one has, with the first failure's exit code.
 */
export function runWorkers(count: number, logger: Logger): void {
  let stopping = false;
  let exitCode = 0;
  const listening = new WeakSet<Worker>();
  const fork = () => {
    const worker = cluster.fork();
    worker.once('listening', () => listening.add(worker));
  };
  const live = () => Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => Boolean(worker) && !worker!.isDead());
  const stop = (code: number) => {
    exitCode ||= code;
    if (stopping) return;
    stopping = true;
    for (const worker of live()) if (worker.isConnected()) worker.send(SHUTDOWN_MESSAGE);
    if (live().length === 0) process.exit(exitCode);
  };

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (code) exitCode ||= code;
      if (live().length === 0) process.exit(exitCode);
      return;
    }
    if (!listening.has(worker)) {
      logger.fatal({ pid: worker.process.pid, code, signal }, 'a gateway worker failed to start; stopping the others');
      stop(code || 1);
      return;
    }
    logger.error({ pid: worker.process.pid, code, signal }, 'a gateway worker died; starting another');
    fork();
  });
  for (let i = 0; i < count; i++) fork();
  process.on('SIGTERM', () => stop(0));
  process.on('SIGINT', () => stop(0));
}
