import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DATABASE_RETRY_AFTER_SECONDS, databaseOutage } from '../db/driver-errors';
import { AppError, type ErrorCode } from './app-errors';

const SAFE_APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

/** The codes of deliberate refusals (AppError's, all but INTERNAL_SERVER_ERROR); a subgraph's pass the gateway as they are. */
const REFUSAL_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'SERVICE_UNAVAILABLE',
  'OPERATION_TOO_COMPLEX',
  'REQUEST_TOO_LARGE',
  'RATE_LIMITED',
]);

/** Extensions a subgraph's error never brings to the client: stacks, HTTP internals, the subgraph's URL and raw body. */
const UNSAFE_EXTENSIONS = new Set(['stacktrace', 'exception', 'response', 'http']);

export interface FormatErrorOptions {
  production: boolean;
  /** Called with every error we mask, so the original reaches the logs. */
  onInternalError?: (error: unknown) => void;
}

/**
 * Turns resolver errors into what the client sees. AppErrors and Apollo's own request errors pass
 * through without a stack trace (the message, field and rule say what to fix; the server's stack
 * says nothing to the client). At the gateway, a subgraph's error (Apollo Gateway marks it with
 * `extensions.serviceName`) is no AppError instance any more: its refusal codes pass with their
 * message, `field` and `rule`, and only flat extensions, so a subgraph cannot smuggle a stack or a
 * raw body out; a subgraph's INTERNAL_SERVER_ERROR stays masked. A database that cannot answer is
 * SERVICE_UNAVAILABLE with a retry hint and without its address. Anything else (a driver error, a
 * bug) is logged in full, and masked in production so no SQL text or stack leaves the server (the
 * response keeps the request id); in development it keeps its stack, which is where a developer starts.
 */
export function createErrorFormatter(options: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code as string | undefined;
    const serviceName = formatted.extensions?.serviceName;
    if (typeof serviceName === 'string') {
      if (code && REFUSAL_CODES.has(code)) return downstreamRefusal(formatted);
    } else if (original instanceof AppError || (code && SAFE_APOLLO_CODES.has(code))) {
      return withoutStacktrace(formatted);
    }
    options.onInternalError?.(original);
    const outage = databaseOutage(original);
    if (outage) return databaseUnavailable(formatted, outage);
    if (!options.production) return formatted;
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...(typeof serviceName === 'string' ? { serviceName } : {}) },
    };
  };
}

function withoutStacktrace(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}

/** A subgraph's refusal with only its scalar (or list-of-scalar) extensions, none of the unsafe ones. */
function downstreamRefusal(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(formatted.extensions!)) {
    if (!UNSAFE_EXTENSIONS.has(key) && (isScalar(value) || (Array.isArray(value) && value.every(isScalar)))) extensions[key] = value;
  }
  return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
}

function isScalar(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function databaseUnavailable(formatted: GraphQLFormattedError, outage: 'unreachable' | 'timeout'): GraphQLFormattedError {
  const reason = outage === 'timeout' ? 'the database did not answer in time' : 'the database is unavailable';
  return {
    message: `${reason}; retry in ${DATABASE_RETRY_AFTER_SECONDS} s`,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS },
  };
}
