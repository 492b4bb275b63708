import { CLIENT_METADATA_HEADER, clientMetadataOf, encodeClientMetadata, type IdentitySigner, type Logger } from '@careergraph/kit';
import type { Express } from 'express';
import { mountTokenPageRoute } from '../token-pages/token-page-route';

/** The path in a guardian's signing link (services/placements/src/routes/guardian-signing-routes.ts). */
const GUARDIAN_SIGNING_PATH = '/agreements/guardian';

/**
 * A parent or guardian's link to read and sign a training agreement. Forwarded signed as the
 * gateway for this method and path alone, so the subgraph trusts the client address forwarded with
 * it, which the signature records.
 */
export function mountGuardianSigningRoute(
  app: Express,
  { placementsUrl, signer, logger }: { placementsUrl: string | undefined; signer: IdentitySigner; logger: Logger },
): void {
  mountTokenPageRoute(app, {
    path: GUARDIAN_SIGNING_PATH,
    subgraph: 'placements',
    subgraphUrl: placementsUrl,
    signer,
    headers: (req) => ({ [CLIENT_METADATA_HEADER]: encodeClientMetadata(clientMetadataOf(req)) }),
    unavailable: 'signing is unavailable right now; please try again later',
    logger,
  });
}
