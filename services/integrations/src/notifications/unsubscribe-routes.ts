import { AppError, escapeHtml, type Logger, requestIdFrom } from '@careergraph/kit';
import type express from 'express';
import { NOTIFICATION_KINDS } from './notification-kinds';
import type { NotificationPreferenceService } from './notification-preference.service';

/** The path in every mail's unsubscribe link; the gateway forwards it here unchanged. */
export const UNSUBSCRIBE_PATH = '/notifications/unsubscribe';

/** No script, no outside asset; the form posts back to this same address only. */
const PAGE_SECURITY_POLICY = "default-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/**
 * GET shows what the link stops and a button; POST (the button, or a mail client's RFC 8058
 * one-click `List-Unsubscribe=One-Click`) turns it off. GET changes nothing, since link scanners
 * follow links in mail. A tampered or expired token is a 400 and changes nothing.
 */
export function mountUnsubscribeRoutes(app: express.Express, preferences: NotificationPreferenceService, logger: Logger): void {
  app.get(UNSUBSCRIBE_PATH, (req, res) => {
    secure(res);
    const token = tokenOf(req);
    if (!token) return void res.status(400).type('html').send(page('This unsubscribe link is incomplete.'));
    res.type('html').send(
      page(
        'Stop these mails?',
        `<form method="post" action="${UNSUBSCRIBE_PATH}?token=${encodeURIComponent(token)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button></form>`,
      ),
    );
  });
  app.post(UNSUBSCRIBE_PATH, async (req, res) => {
    secure(res);
    const token = tokenOf(req);
    if (!token) return void res.status(400).type('html').send(page('This unsubscribe link is incomplete.'));
    try {
      const kind = await preferences.unsubscribe(token, requestIdFrom(req.headers['x-request-id']));
      res.type('html').send(page(`You will no longer receive ${NOTIFICATION_KINDS[kind]}.`, '<p>Signed in, you can turn them on again in your notification preferences.</p>'));
    } catch (error) {
      if (!(error instanceof AppError)) {
        logger.error({ err: error }, 'unsubscribe failed');
        return void res.status(500).type('html').send(page('Something went wrong; please try again later.'));
      }
      res.status(400).type('html').send(page(error.message));
    }
  });
}

function tokenOf(req: express.Request): string | undefined {
  const token = req.query.token;
  return typeof token === 'string' && token.length > 0 && token.length < 2_000 ? token : undefined;
}

function secure(res: express.Response): void {
  res.set({ 'content-security-policy': PAGE_SECURITY_POLICY, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' });
}

function page(heading: string, body = ''): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>CareerGraph notifications</title><link rel="icon" href="data:,"></head>
<body><h1>${escapeHtml(heading)}</h1>
${body}
</body>
</html>
`;
}
