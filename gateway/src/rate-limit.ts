import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { AppError, type Caller, type Logger } from '@careergraph/kit';
import { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

export interface RateLimitConfig {
  /** Requests one identity may send per window. */
  points: number;
  windowSeconds: number;
  /** Shares the counts between gateway instances; unset keeps them in this process. */
  redisUrl?: string;
  /** Prefix of the Redis keys, so several deployments (or test runs) can share one Redis. */
  keyPrefix: string;
}

/** HTTP 429 with a GraphQL error body and `Retry-After`. */
export class RateLimitedError extends AppError {
  constructor(retryAfterSeconds: number, config: Pick<RateLimitConfig, 'points' | 'windowSeconds'>) {
    super(
      'RATE_LIMITED',
      `too many requests: at most ${config.points} per ${config.windowSeconds} s for one caller; retry in ${retryAfterSeconds} s`,
      {
        extensions: {
          retryAfterSeconds,
          http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
        },
      },
    );
  }
}

/**
 * Counts requests per caller: the verified token's subject, or the client address for the
 * anonymous (development introspection). In memory by default; in Redis when configured, with the
 * in-memory counter standing in while Redis cannot be reached, so an outage slows nobody down.
 */
export class CallerRateLimiter {
  private readonly limiter: RateLimiterAbstract;
  private readonly redis?: Redis;

  constructor(
    private readonly config: RateLimitConfig,
    logger: Logger,
  ) {
    const options = { points: config.points, duration: config.windowSeconds, keyPrefix: config.keyPrefix };
    if (!config.redisUrl) {
      this.limiter = new RateLimiterMemory(options);
      return;
    }
    // Offline queue off: a request never waits on a Redis that is down, the insurance counts it.
    this.redis = new Redis(config.redisUrl, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    let reachable = true;
    // Once per outage, not once per reconnection attempt.
    this.redis.on('error', (error: Error) => {
      if (reachable) logger.warn({ err: error }, 'rate limit store unreachable; counting in memory until it is back');
      reachable = false;
    });
    this.redis.on('ready', () => {
      reachable = true;
    });
    this.limiter = new RateLimiterRedis({
      ...options,
      storeClient: this.redis,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory(options),
    });
  }

  /** Counts one request; RATE_LIMITED once the caller's window is spent. */
  async consume(caller: Caller, clientAddress: string | undefined): Promise<void> {
    const key = caller.role === 'ANONYMOUS' ? `ip:${clientAddress ?? 'unknown'}` : `sub:${caller.subject}`;
    try {
      await this.limiter.consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      throw new RateLimitedError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)), this.config);
    }
  }

  /** Connects to Redis as the gateway starts (a failure leaves the in-memory counter) and closes it as it stops. */
  plugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
    const redis = this.redis;
    return {
      async serverWillStart() {
        if (!redis) return;
        await redis.connect().catch(() => undefined);
        return {
          async serverWillStop() {
            redis.disconnect();
          },
        };
      },
    };
  }
}
