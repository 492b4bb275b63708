import type { IdentitySigner, Logger } from '@careergraph/kit';
import type { Express } from 'express';
import { mountTokenPageRoute } from '../token-pages/token-page-route';

/** The path in a partner invitation's link (services/partners/src/routes/partner-invitation-routes.ts). */
const PARTNER_INVITATION_PATH = '/partners/invitation';

/** An invited partner contact's landing page, forwarded signed as the gateway for this method and path alone. */
export function mountPartnerInvitationRoute(
  app: Express,
  { partnersUrl, signer, logger }: { partnersUrl: string | undefined; signer: IdentitySigner; logger: Logger },
): void {
  mountTokenPageRoute(app, {
    path: PARTNER_INVITATION_PATH,
    subgraph: 'partners',
    subgraphUrl: partnersUrl,
    signer,
    unavailable: 'the invitation page is unavailable right now; please try again later',
    logger,
  });
}
