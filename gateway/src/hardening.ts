import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { type Caller, DEFAULT_PAGE_SIZE, type EnvReader, type GraphQLRouteOptions, type Logger, recordRefusal } from '@careergraph/kit';
import type { Request } from 'express';
import { corsGuard, type HttpGuardsConfig } from './http-guards';
import { type OperationLimits, operationLimitsPlugin } from './limits/operation-limits';
import { CallerRateLimiter, RateLimitedError, type RateLimitConfig } from './rate-limit';

/** What the gateway lets one request and one caller ask (docs/security.md, "Operation limits"). */
export interface HardeningConfig {
  limits: OperationLimits;
  http: HttpGuardsConfig;
  rateLimit: RateLimitConfig;
}

/**
 * The defaults leave room above the largest operation in gateway/operations and the end-to-end
 * tests (depth 8, no aliases, about 530 tokens, and a cost of 8,301 for the statement-count test's roster page of 100 with its nested lists).
 */
export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 3_000,
  maxCost: 20_000,
  defaultPageSize: DEFAULT_PAGE_SIZE,
  listSize: 10,
};

/** Operations are small; variables carry the rest (a bulk approval of a few hundred ids is ~20 kB). */
export const DEFAULT_MAX_REQUEST_BYTES = 102_400;

export function readHardeningConfig(env: EnvReader): HardeningConfig {
  return {
    limits: {
      maxDepth: env.int('MAX_OPERATION_DEPTH', DEFAULT_LIMITS.maxDepth, { min: 1, max: 100 }),
      maxAliases: env.int('MAX_OPERATION_ALIASES', DEFAULT_LIMITS.maxAliases, { min: 0, max: 10_000 }),
      maxTokens: env.int('MAX_OPERATION_TOKENS', DEFAULT_LIMITS.maxTokens, { min: 100, max: 1_000_000 }),
      maxCost: env.int('MAX_OPERATION_COST', DEFAULT_LIMITS.maxCost, { min: 1 }),
      defaultPageSize: DEFAULT_LIMITS.defaultPageSize,
      listSize: env.int('COST_LIST_SIZE', DEFAULT_LIMITS.listSize, { min: 1, max: 10_000 }),
    },
    http: {
      corsOrigins: readOrigins(env),
      maxRequestBytes: env.int('MAX_REQUEST_BYTES', DEFAULT_MAX_REQUEST_BYTES, { min: 1_024, max: 10_485_760 }),
    },
    rateLimit: {
      points: env.int('RATE_LIMIT_POINTS', 600, { min: 1 }),
      windowSeconds: env.int('RATE_LIMIT_WINDOW_SECONDS', 60, { min: 1, max: 86_400 }),
      redisUrl: env.url('REDIS_URL', ['redis:', 'rediss:']),
      keyPrefix: env.string('RATE_LIMIT_KEY_PREFIX', 'careergraph:rate'),
    },
  };
}

/** `CORS_ORIGINS`: comma-separated origins (`https://app.example.org`), exactly as browsers send them. */
function readOrigins(env: EnvReader): string[] {
  const origins = (env.string('CORS_ORIGINS') ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let valid = false;
    try {
      const url = new URL(origin);
      valid = ['http:', 'https:'].includes(url.protocol) && url.origin === origin;
    } catch {
      valid = false;
    }
    if (!valid) env.reject('CORS_ORIGINS', `"${origin}" is not an origin (scheme://host[:port], no path or trailing slash)`);
  }
  return origins;
}

export interface GatewayHardening<TContext extends BaseContext> {
  /** Spread into the gateway's Apollo options. */
  apollo: Pick<
    ApolloServerOptions<TContext>,
    'parseOptions' | 'allowBatchedHttpRequests' | 'csrfPrevention' | 'hideSchemaDetailsFromClientErrors'
  > & { plugins: ApolloServerPlugin<TContext>[] };
  /** The `/graphql` route's body limit and CORS. */
  graphql: Required<Pick<GraphQLRouteOptions, 'maxRequestBytes' | 'beforeBody'>>;
  /** Counts the request against the caller's rate limit; RATE_LIMITED (HTTP 429) when spent. */
  rateLimit: (caller: Caller, req: Request) => Promise<void>;
}

/**
 * Everything the gateway adds to Apollo's request path besides identity: operation limits (the
 * token limit is the parser's own, so an oversized document is never fully read), no batching,
 * CSRF prevention, no field suggestions in production, the HTTP guards and the rate limit.
 */
export function gatewayHardening<TContext extends BaseContext>(
  config: HardeningConfig & { production: boolean },
  logger: Logger,
): GatewayHardening<TContext> {
  const limiter = new CallerRateLimiter(config.rateLimit, logger);
  return {
    apollo: {
      parseOptions: { maxTokens: config.limits.maxTokens },
      // Apollo's defaults, stated so a change of default cannot open them.
      allowBatchedHttpRequests: false,
      csrfPrevention: true,
      // "Did you mean ...?" would let anyone map the schema without introspection.
      hideSchemaDetailsFromClientErrors: config.production,
      plugins: [operationLimitsPlugin<TContext>(config.limits), limiter.plugin<TContext>()],
    },
    graphql: { maxRequestBytes: config.http.maxRequestBytes, beforeBody: [corsGuard(config.http)] },
    rateLimit: (caller, req) =>
      limiter.consume(caller, req.ip).catch((error: unknown) => {
        if (error instanceof RateLimitedError) recordRefusal(req, { status: 429, code: 'RATE_LIMITED', reason: error.message });
        throw error;
      }),
  };
}
