import cors from 'cors';
import type { RequestHandler } from 'express';

export interface HttpGuardsConfig {
  /** Browser origins allowed to call the gateway (CORS); none by default. */
  corsOrigins: string[];
  /** Largest request body read, in bytes; the kit refuses a larger one with 413 REQUEST_TOO_LARGE. */
  maxRequestBytes: number;
}

/** Headers a browser client may send across origins: the token, JSON, and Apollo's CSRF header. */
const CORS_REQUEST_HEADERS = ['authorization', 'content-type', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id'];

/**
 * CORS on `/graphql` from the allowlist, ahead of the body and authentication: an origin not on it
 * gets no CORS headers, so browsers keep its pages from reading answers.
 */
export function corsGuard(config: HttpGuardsConfig): RequestHandler {
  return cors({
    origin: config.corsOrigins.length > 0 ? config.corsOrigins : false,
    methods: ['GET', 'POST'],
    allowedHeaders: CORS_REQUEST_HEADERS,
    maxAge: 600,
  });
}
