import type { Logger } from '@careergraph/kit';
import type { Express, Request, Response } from 'express';

const UNSUBSCRIBE_PATH = '/notifications/unsubscribe';

/** Headers of the integrations subgraph's answer the browser needs (its page sets its own policy). */
const FORWARDED_HEADERS = ['content-type', 'content-security-policy', 'x-content-type-options', 'referrer-policy', 'cache-control'];

/**
 * The unsubscribe links in notification mails (services/integrations/src/notifications): public,
 * with no bearer token, since the signed token in the link is the proof. GET shows the page, POST
 * (its button or a mail client's RFC 8058 one-click) unsubscribes; only this path and its `token`
 * are forwarded.
 */
export function mountUnsubscribeRoute(app: Express, { integrationsUrl, logger, timeoutMs = 5_000 }: { integrationsUrl: string | undefined; logger: Logger; timeoutMs?: number }): void {
  const forward = async (req: Request, res: Response) => {
    try {
      if (!integrationsUrl) throw new Error('no URL configured for the integrations subgraph');
      const target = new URL(UNSUBSCRIBE_PATH, integrationsUrl);
      if (typeof req.query.token === 'string') target.searchParams.set('token', req.query.token);
      const upstream = await fetch(target, {
        method: req.method,
        headers: { 'x-request-id': String(req.headers['x-request-id'] ?? '') },
        signal: AbortSignal.timeout(timeoutMs),
      });
      for (const name of FORWARDED_HEADERS) {
        const value = upstream.headers.get(name);
        if (value) res.setHeader(name, value);
      }
      res.status(upstream.status).send(Buffer.from(await upstream.arrayBuffer()));
    } catch (error) {
      logger.warn({ err: error }, 'unsubscribe unavailable');
      res.status(503).setHeader('retry-after', '30').type('text').send('unsubscribing is unavailable right now; please try again later');
    }
  };
  app.get(UNSUBSCRIBE_PATH, forward);
  app.post(UNSUBSCRIBE_PATH, forward);
}
