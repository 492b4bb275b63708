import { CLIENT_METADATA_HEADER, clientMetadataOf, encodeClientMetadata, IDENTITY_HEADER, type IdentitySigner, type Logger, serviceCaller } from '@careergraph/kit';
import type { Express, Request, Response } from 'express';

/** The path in a guardian's signing link (services/placements/src/routes/guardian-signing-routes.ts). */
const GUARDIAN_SIGNING_PATH = '/agreements/guardian';

/** Headers of the placements subgraph's answer the browser needs (its page sets its own policy). */
const FORWARDED_HEADERS = ['content-type', 'content-security-policy', 'x-content-type-options', 'referrer-policy', 'cache-control'];

/**
 * A parent or guardian's link to read and sign a training agreement: public, with no bearer token,
 * since the one-time token in the link is the proof. Only this path and its `token` are forwarded,
 * signed as the gateway for this method and path alone (so the subgraph trusts the client address
 * forwarded with it, which the signature records).
 */
export function mountGuardianSigningRoute(
  app: Express,
  { placementsUrl, signer, logger, timeoutMs = 5_000 }: { placementsUrl: string | undefined; signer: IdentitySigner; logger: Logger; timeoutMs?: number },
): void {
  const forward = async (req: Request, res: Response) => {
    try {
      if (!placementsUrl) throw new Error('no URL configured for the placements subgraph');
      const target = new URL(GUARDIAN_SIGNING_PATH, placementsUrl);
      if (typeof req.query.token === 'string') target.searchParams.set('token', req.query.token);
      const upstream = await fetch(target, {
        method: req.method,
        headers: {
          'x-request-id': String(req.headers['x-request-id'] ?? ''),
          [IDENTITY_HEADER]: await signer.sign(serviceCaller('gateway'), `${req.method} ${GUARDIAN_SIGNING_PATH}`),
          [CLIENT_METADATA_HEADER]: encodeClientMetadata(clientMetadataOf(req)),
        },
        signal: AbortSignal.timeout(timeoutMs),
      });
      for (const name of FORWARDED_HEADERS) {
        const value = upstream.headers.get(name);
        if (value) res.setHeader(name, value);
      }
      res.status(upstream.status).send(Buffer.from(await upstream.arrayBuffer()));
    } catch (error) {
      logger.warn({ err: error }, 'guardian signing unavailable');
      res.status(503).setHeader('retry-after', '30').type('text').send('signing is unavailable right now; please try again later');
    }
  };
  app.get(GUARDIAN_SIGNING_PATH, forward);
  app.post(GUARDIAN_SIGNING_PATH, forward);
}
