import type { Logger } from '@careergraph/kit';
import type { Express, Request, Response } from 'express';

/**
 * The district's public Open Badges documents, which the credentials subgraph owns and serves
 * under the same paths (services/credentials/src/badge-routes.ts): the issuer profile, the JWK Set
 * and each key by the id badges name, and the revocation status lists. Public and unauthenticated
 * in every environment: a verifier is anyone a student shows a badge to. Only these exact paths
 * are forwarded, so nothing else of the subgraph is reachable through them.
 */
const BADGE_PATHS = /^\/badges\/(?:issuer|jwks\.json|keys\/[A-Za-z0-9_-]{43}|status\/[1-9]\d{0,8})$/;

/** Headers of the subgraph's answer a verifier needs: the media type and how long to cache. */
const FORWARDED_HEADERS = ['content-type', 'cache-control', 'retry-after'];

export interface BadgeRoutesOptions {
  /** The credentials subgraph's /graphql URL (its badge paths are beside it). */
  credentialsUrl: string | undefined;
  logger: Logger;
  /** How long to wait for the subgraph before answering 503. */
  timeoutMs?: number;
}

export function mountBadgeRoutes(app: Express, { credentialsUrl, logger, timeoutMs = 5_000 }: BadgeRoutesOptions): void {
  app.get(BADGE_PATHS, async (req: Request, res: Response) => {
    // Browser-based verifiers fetch these from other origins; they carry nothing private.
    res.setHeader('access-control-allow-origin', '*');
    try {
      if (!credentialsUrl) throw new Error('no URL configured for the credentials subgraph');
      const upstream = await fetch(new URL(req.path, credentialsUrl), { signal: AbortSignal.timeout(timeoutMs) });
      for (const name of FORWARDED_HEADERS) {
        const value = upstream.headers.get(name);
        if (value) res.setHeader(name, value);
      }
      res.status(upstream.status).send(Buffer.from(await upstream.arrayBuffer()));
    } catch (error) {
      logger.warn({ err: error, path: req.path }, 'badge document unavailable');
      res.status(503).setHeader('retry-after', '5').json({ error: 'badge documents are unavailable; try again' });
    }
  });
}
