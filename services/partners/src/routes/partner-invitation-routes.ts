import { escapeHtml, IDENTITY_HEADER, type IdentitySigner, type Logger } from '@careergraph/kit';
import type express from 'express';
import type { PartnerInvitationService } from '../services/partner-invitation.service';

/** The page an invitation mail links to, served through the gateway under the same path. */
export const PARTNER_INVITATION_PATH = '/partners/invitation';

/** What the gateway signs for a forwarded page request: the method and this path, nothing a GraphQL request could reuse. */
export const partnerInvitationOperation = (method: string) => `${method} ${PARTNER_INVITATION_PATH}`;

/** No script, no outside asset. */
const PAGE_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'";

/**
 * The invited contact's landing page: which partner, until when, and how to accept (sign in with the
 * invited address, then `acceptPartnerInvitation`). It only reads: accepting needs the person's own
 * sign-in, which a link alone is not.
 */
export function mountPartnerInvitationRoutes(app: express.Express, invitations: PartnerInvitationService, signer: IdentitySigner, logger: Logger): void {
  app.get(PARTNER_INVITATION_PATH, async (req, res) => {
    res.set({ 'content-security-policy': PAGE_SECURITY_POLICY, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' });
    try {
      await signer.verify(req.headers[IDENTITY_HEADER], partnerInvitationOperation('GET'));
    } catch {
      return void res.status(401).type('html').send(page('This page is only reachable through CareerGraph.'));
    }
    const token = typeof req.query.token === 'string' ? req.query.token : '';
    try {
      const view = await invitations.preview(token);
      if (!view) return void res.status(400).type('html').send(page('This invitation link is not valid (mistyped, or replaced by a newer one).'));
      if (view.status !== 'PENDING') {
        const why = { ACCEPTED: 'has already been accepted', REVOKED: 'was withdrawn', EXPIRED: 'has expired; ask the district to send it again' }[view.status];
        return void res.status(400).type('html').send(page(`This invitation to ${view.partnerName} ${why}.`));
      }
      res.type('html').send(
        page(
          `${view.partnerName} is invited to CareerGraph`,
          `<p>This invitation is for <strong>${escapeHtml(view.email)}</strong> and works until ${escapeHtml(view.expiresAt.toISOString())}.</p>
<ol>
<li>Sign in through the district's identity provider with that e-mail address.</li>
<li>Accept the invitation with the token in this link:
<pre>mutation { acceptPartnerInvitation(input: { token: "${escapeHtml(token)}" }) { partnerId partnerName } }</pre></li>
<li>Complete ${escapeHtml(view.partnerName)}'s profile, worksites, contacts and draft opportunities, then submit it for vetting.</li>
</ol>`,
        ),
      );
    } catch (error) {
      logger.error({ err: error }, 'partner invitation page failed');
      res.status(500).type('html').send(page('Something went wrong; please try again later.'));
    }
  });
}

function page(heading: string, body = ''): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>CareerGraph partner invitation</title><link rel="icon" href="data:,"></head>
<body><h1>${escapeHtml(heading)}</h1>
${body}
</body>
</html>
`;
}
