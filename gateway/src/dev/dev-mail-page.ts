import type express from 'express';
import { escapeHtml, type Logger } from '@careergraph/kit';
import { UI_CONTENT_SECURITY_POLICY } from '../ui/ui-routes';

interface ListedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  receivedAt: string;
}

/**
 * GET /dev/mail (development only): the mails `npm start`'s local SMTP catcher caught, newest first,
 * read from its listing (MAIL_CATCHER_URL) and rendered here, with no script and no outside asset.
 * In production the page does not exist: real mail is read in real mailboxes.
 */
export function mountDevMailPage(app: express.Express, options: { production: boolean; catcherUrl?: string; logger: Logger }): void {
  app.get('/dev/mail', async (_req, res) => {
    res.set({ 'content-security-policy': UI_CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
    if (options.production) {
      res.status(404).type('text').send('/dev/mail is a development page; it is off in production');
      return;
    }
    if (!options.catcherUrl) {
      res.type('html').send(page('<p>No mail catcher is configured: <code>npm start</code> runs one and sets MAIL_CATCHER_URL.</p>'));
      return;
    }
    try {
      const answer = await fetch(options.catcherUrl, { signal: AbortSignal.timeout(2_000) });
      if (!answer.ok) throw new Error(`the mail catcher answered HTTP ${answer.status}`);
      res.type('html').send(page(mailList((await answer.json()) as ListedMail[])));
    } catch (error) {
      options.logger.warn({ err: error }, 'could not read the mail catcher');
      res.status(502).type('html').send(page(`<p>The mail catcher at ${escapeHtml(options.catcherUrl)} did not answer.</p>`));
    }
  });
}

function mailList(mails: ListedMail[]): string {
  if (mails.length === 0) return '<p>No mail caught yet.</p>';
  return mails
    .map(
      (mail) => `<article>
<h2>${escapeHtml(mail.subject)}</h2>
<p>To ${escapeHtml(mail.to.join(', '))} · from ${escapeHtml(mail.from)} · <time datetime="${escapeHtml(mail.receivedAt)}">${escapeHtml(mail.receivedAt)}</time></p>
<pre>${escapeHtml(mail.text)}</pre>
</article>`,
    )
    .join('\n<hr>\n');
}

function page(body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CareerGraph: caught mail (development)</title>
<link rel="icon" href="data:,">
</head>
<body>
<h1>Caught mail (development)</h1>
<p>What the subgraphs sent to the local SMTP catcher, newest first; nothing left this machine. Reload for new mail.</p>
${body}
</body>
</html>
`;
}
