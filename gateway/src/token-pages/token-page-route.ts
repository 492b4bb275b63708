import { IDENTITY_HEADER, type IdentitySigner, type Logger, serviceCaller } from '@careergraph/kit';
import type { Express, Request, Response } from 'express';

/** Headers of the subgraph's answer the browser needs (its page sets its own policy). */
const FORWARDED_HEADERS = ['content-type', 'content-security-policy', 'x-content-type-options', 'referrer-policy', 'cache-control'];

export interface TokenPageRouteOptions {
  /** The public path, served by the owning subgraph under the same path. */
  path: string;
  /** The owning subgraph's name (for messages) and its /graphql URL. */
  subgraph: string;
  subgraphUrl: string | undefined;
  /**
   * Signs the forwarded request as the gateway for this method and path alone (nothing a GraphQL
   * request could reuse), for a subgraph that only serves the page through the gateway.
   */
  signer?: IdentitySigner;
  /** Extra headers for the subgraph (the client's metadata). */
  headers?: (req: Request) => Record<string, string>;
  /** What the person is told when the subgraph does not answer. */
  unavailable: string;
  logger: Logger;
  timeoutMs?: number;
}

/**
 * A page reached from a link in a mail (unsubscribing, a guardian's signature, a partner's
 * invitation): public, with no bearer token, since the signed or one-time token in the link is the
 * proof. GET shows the page, POST acts; only this path and its `token` are forwarded to the
 * subgraph that owns it.
 */
export function mountTokenPageRoute(app: Express, options: TokenPageRouteOptions): void {
  const { path, subgraph, subgraphUrl, signer, logger, timeoutMs = 5_000 } = options;
  const forward = async (req: Request, res: Response) => {
    try {
      if (!subgraphUrl) throw new Error(`no URL configured for the ${subgraph} subgraph`);
      const target = new URL(path, subgraphUrl);
      if (typeof req.query.token === 'string') target.searchParams.set('token', req.query.token);
      const headers: Record<string, string> = { 'x-request-id': String(req.headers['x-request-id'] ?? ''), ...options.headers?.(req) };
      if (signer) headers[IDENTITY_HEADER] = await signer.sign(serviceCaller('gateway'), `${req.method} ${path}`);
      const upstream = await fetch(target, { method: req.method, headers, signal: AbortSignal.timeout(timeoutMs) });
      for (const name of FORWARDED_HEADERS) {
        const value = upstream.headers.get(name);
        if (value) res.setHeader(name, value);
      }
      res.status(upstream.status).send(Buffer.from(await upstream.arrayBuffer()));
    } catch (error) {
      logger.warn({ err: error, path }, `${path} unavailable`);
      res.status(503).setHeader('retry-after', '30').type('text').send(options.unavailable);
    }
  };
  app.get(path, forward);
  app.post(path, forward);
}
