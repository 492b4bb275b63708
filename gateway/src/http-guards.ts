import cors from 'cors';
import { recordRefusal } from '@careergraph/kit';
import express, { type ErrorRequestHandler, type Express } from 'express';

export interface HttpGuardsConfig {
  /** Browser origins allowed to call the gateway (CORS); none by default. */
  corsOrigins: string[];
  /** Largest request body read, in bytes. */
  maxRequestBytes: number;
}

/** Headers a browser client may send across origins: the token, JSON, and Apollo's CSRF header. */
const CORS_REQUEST_HEADERS = ['authorization', 'content-type', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id'];

/**
 * Mounted on `/graphql` ahead of authentication: CORS from the allowlist (an origin not on it gets
 * no CORS headers, so browsers keep its pages from reading answers), and the body read with the
 * gateway's size limit, refused as a GraphQL error body before anything else is done with it.
 * The kit's own JSON parser then finds the body read and leaves it.
 */
export function installHttpGuards(app: Express, config: HttpGuardsConfig): void {
  app.use(
    '/graphql',
    cors({
      origin: config.corsOrigins.length > 0 ? config.corsOrigins : false,
      methods: ['GET', 'POST'],
      allowedHeaders: CORS_REQUEST_HEADERS,
      maxAge: 600,
    }),
    express.json({ limit: config.maxRequestBytes }),
    refuseUnreadableBody(config.maxRequestBytes),
  );
}

function refuseUnreadableBody(maxRequestBytes: number): ErrorRequestHandler {
  return (error: { type?: string; status?: number; message?: string }, req, res, next) => {
    if (error.type === 'entity.too.large') {
      recordRefusal(req, { status: 413, code: 'REQUEST_TOO_LARGE', reason: `body larger than ${maxRequestBytes} bytes` });
      res.status(413).json({
        errors: [
          {
            message: `the request body is larger than the limit of ${maxRequestBytes} bytes`,
            extensions: { code: 'REQUEST_TOO_LARGE', maximum: maxRequestBytes },
          },
        ],
      });
      return;
    }
    if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
      recordRefusal(req, { status: error.status, code: 'BAD_REQUEST', reason: `unreadable body: ${error.message}` });
      res.status(error.status).json({ errors: [{ message: `the request body could not be read: ${error.message}`, extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    next(error);
  };
}
