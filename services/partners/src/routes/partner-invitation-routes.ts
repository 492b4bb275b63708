import { escapeHtml, type IdentitySigner, type Logger, mountSignedTokenPage } from '@careergraph/kit';
import type express from 'express';
import type { PartnerInvitationService } from '../services/partner-invitation.service';

/** The page an invitation mail links to, served through the gateway under the same path. */
export const PARTNER_INVITATION_PATH = '/partners/invitation';

const NOT_VALID = 'This invitation link is not valid (mistyped, or replaced by a newer one).';

/**
 * The invited contact's landing page: which partner, until when, and how to accept (sign in with the
 * invited address, then `acceptPartnerInvitation`). It only reads: accepting needs the person's own
 * sign-in, which a link alone is not.
 */
export function mountPartnerInvitationRoutes(app: express.Express, invitations: PartnerInvitationService, signer: IdentitySigner, logger: Logger): void {
  mountSignedTokenPage(app, {
    path: PARTNER_INVITATION_PATH,
    title: 'CareerGraph partner invitation',
    incomplete: NOT_VALID,
    signer,
    logger,
    handlers: {
      GET: async (token) => {
        const view = await invitations.preview(token);
        if (!view) return { status: 400, heading: NOT_VALID };
        if (view.status !== 'PENDING') {
          const why = { ACCEPTED: 'has already been accepted', REVOKED: 'was withdrawn', EXPIRED: 'has expired; ask the district to send it again' }[view.status];
          return { status: 400, heading: `This invitation to ${view.partnerName} ${why}.` };
        }
        return {
          heading: `${view.partnerName} is invited to CareerGraph`,
          body: `<p>This invitation is for <strong>${escapeHtml(view.email)}</strong> and works until ${escapeHtml(view.expiresAt.toISOString())}.</p>
<ol>
<li>Sign in through the district's identity provider with that e-mail address.</li>
<li>Accept the invitation with the token in this link:
<pre>mutation { acceptPartnerInvitation(input: { token: "${escapeHtml(token)}" }) { partnerId partnerName } }</pre></li>
<li>Complete ${escapeHtml(view.partnerName)}'s profile, worksites, contacts and draft opportunities, then submit it for vetting.</li>
</ol>`,
        };
      },
    },
  });
}
