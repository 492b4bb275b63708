import type { Logger } from '@careergraph/kit';
import type { Express, Response } from 'express';
import { STATUS_LIST_TTL_SECONDS, type BadgeService } from './services/badge.service';

/** Keys change only on rotation, and a verifier meeting an unknown `kid` fetches again. */
const KEY_MAX_AGE_SECONDS = 300;

/**
 * The district's public Open Badges documents, unauthenticated (a verifier is anyone): the issuer
 * profile, the JWK Set and each key by its `kid`, and the revocation status lists. The gateway
 * serves them publicly under the same paths (gateway/src/badges/badge-routes.ts).
 */
export function mountBadgeRoutes(app: Express, badges: BadgeService, logger: Logger): void {
  app.get('/badges/issuer', (_req, res) => {
    send(res, 'application/json', JSON.stringify(badges.issuerProfile()), KEY_MAX_AGE_SECONDS);
  });
  app.get('/badges/jwks.json', (_req, res) => {
    send(res, 'application/jwk-set+json', JSON.stringify(badges.jwks()), KEY_MAX_AGE_SECONDS);
  });
  app.get('/badges/keys/:thumbprint', (req, res) => {
    const key = badges.publicKey(req.params.thumbprint);
    if (!key) notFound(res, 'no such badge key');
    else send(res, 'application/jwk+json', JSON.stringify(key), KEY_MAX_AGE_SECONDS);
  });
  app.get('/badges/status/:list', async (req, res) => {
    const list = /^[1-9]\d{0,8}$/.test(req.params.list) ? Number(req.params.list) : 0;
    try {
      const credential = list ? await badges.statusListCredential(list) : null;
      if (!credential) notFound(res, 'no such status list');
      else send(res, 'application/vc+jwt', credential, STATUS_LIST_TTL_SECONDS);
    } catch (error) {
      // The awards could not be read (database down): retryable, and never a stale "not revoked".
      logger.error({ err: error }, 'status list unavailable');
      res.status(503).setHeader('retry-after', '5').json({ error: 'the status list is unavailable; try again' });
    }
  });
}

function send(res: Response, type: string, body: string, maxAgeSeconds: number): void {
  // As bytes, so Express adds no charset parameter to the registered media types (JSON is UTF-8).
  res.status(200).setHeader('content-type', type).setHeader('cache-control', `public, max-age=${maxAgeSeconds}`).send(Buffer.from(body));
}

function notFound(res: Response, error: string): void {
  res.status(404).json({ error });
}
