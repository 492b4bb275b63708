import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError } from './app-errors';

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

export interface FormatErrorOptions {
  production: boolean;
  /** Called with every error we mask, so the original reaches the logs. */
  onInternalError?: (error: unknown) => void;
}

/**
 * Turns resolver errors into what the client sees. AppErrors and Apollo's own request errors pass
 * through without a stack trace (the message, field and rule say what to fix; the server's stack
 * says nothing to the client). Anything else (a driver error, a bug) is logged in full, and masked
 * in production so no SQL text or stack leaves the server (the response keeps the request id); in
 * development it keeps its stack, which is where a developer starts.
 */
export function createErrorFormatter(options: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code as string | undefined;
    if (original instanceof AppError || (code && SAFE_APOLLO_CODES.has(code))) {
      return withoutStacktrace(formatted);
    }
    options.onInternalError?.(original);
    if (!options.production) return formatted;
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

function withoutStacktrace(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
