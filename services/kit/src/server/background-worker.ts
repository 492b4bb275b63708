import { ServiceUnavailableError } from '../errors/app-errors';
import type { Logger } from '../logger';

/** How soon a round that found another subgraph unavailable is tried again. */
const UNAVAILABLE_RETRY_MS = 30_000;

/**
 * Work a subgraph process does beside answering requests (the outbox relay, webhook deliveries,
 * mail digests). `startSubgraph` starts it once the service listens and stops it on shutdown
 * before the database closes; tests drive a worker's rounds directly instead of starting it.
 */
export interface BackgroundWorker {
  name: string;
  start(): void;
  /** Takes no new round and resolves when the round in hand has finished. */
  stop(): Promise<void>;
}

export interface PollingWorkerOptions {
  name: string;
  /** The pause after a round that found nothing to do (or failed). */
  intervalMs: number;
  logger: Logger;
}

/**
 * A worker that polls a table used as a queue: one round (`runOnce`) after another, at once while
 * rounds find work, else after `intervalMs`. A failed round is logged and retried on the next tick;
 * the queue's rows carry their own retry schedule.
 */
export abstract class PollingWorker implements BackgroundWorker {
  readonly name: string;
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<void> | undefined;
  private running = false;

  constructor(private readonly polling: PollingWorkerOptions) {
    this.name = polling.name;
  }

  /** One round: takes what is due and handles it; returns how many items it handled. */
  abstract runOnce(): Promise<number>;

  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await this.round;
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.round = this.runOnce()
        .then(
          (handled) => (handled > 0 ? 0 : this.polling.intervalMs),
          (error: unknown) => {
            // Another subgraph not answering (starting, restarting) is expected and short: a warning,
            // and the round is tried again soon rather than after a long interval.
            if (error instanceof ServiceUnavailableError) {
              this.polling.logger.warn({ worker: this.name, reason: error.message }, 'background round postponed: a subgraph it needs is not answering');
              return Math.min(this.polling.intervalMs, UNAVAILABLE_RETRY_MS);
            }
            this.polling.logger.error({ err: error, worker: this.name }, 'background round failed');
            return this.polling.intervalMs;
          },
        )
        .then((next) => {
          if (this.running) this.schedule(next);
        });
    }, delayMs);
    // A waiting worker does not keep a process (or a test) alive on its own.
    this.timer.unref();
  }
}

export interface RetrySchedule {
  /** The delay after the first failure; each further failure doubles it. */
  baseMs: number;
  /** The longest delay. */
  capMs: number;
}

/**
 * How long to wait before attempt `attempts + 1`, after `attempts` failures: exponential, capped,
 * with jitter (between half and all of it) so items that failed together do not retry together.
 */
export function retryDelayMs(attempts: number, schedule: RetrySchedule, random: () => number = Math.random): number {
  const ceiling = Math.min(schedule.capMs, schedule.baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
