import type { Logger } from '@careergraph/kit';
import type { Express } from 'express';
import { mountTokenPageRoute } from '../token-pages/token-page-route';

/**
 * The unsubscribe links in notification mails (services/integrations/src/notifications): GET shows
 * the page, POST (its button or a mail client's RFC 8058 one-click) unsubscribes.
 */
export function mountUnsubscribeRoute(app: Express, { integrationsUrl, logger }: { integrationsUrl: string | undefined; logger: Logger }): void {
  mountTokenPageRoute(app, {
    path: '/notifications/unsubscribe',
    subgraph: 'integrations',
    subgraphUrl: integrationsUrl,
    unavailable: 'unsubscribing is unavailable right now; please try again later',
    logger,
  });
}
