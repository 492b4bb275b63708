import { clientMetadataFrom, CLIENT_METADATA_HEADER, escapeHtml, type IdentitySigner, type Logger, mountSignedTokenPage, requestIdFrom } from '@careergraph/kit';
import type express from 'express';
import { GUARDIAN_SIGNING_PATH, GuardianLinkRefused, type TrainingAgreementService } from '../services/training-agreement.service';

/**
 * A parent or guardian (no account) reads the terms (GET) and signs them (POST) through their
 * one-time link. Only requests the gateway signed are answered, and only then is the client's
 * address it forwarded recorded. GET changes nothing, since link scanners follow links in mail; an
 * expired, used, superseded or tampered link is a 400 page and writes nothing.
 */
export function mountGuardianSigningRoutes(app: express.Express, agreements: TrainingAgreementService, signer: IdentitySigner, logger: Logger): void {
  mountSignedTokenPage(app, {
    path: GUARDIAN_SIGNING_PATH,
    title: 'CareerGraph training agreement',
    incomplete: 'This signing link is incomplete.',
    postsForm: true,
    refusal: (error): error is GuardianLinkRefused => error instanceof GuardianLinkRefused,
    signer,
    logger,
    handlers: {
      GET: async (token) => {
        const view = await agreements.guardianView(token);
        return {
          heading: `Training agreement for ${view.guardianName} to sign`,
          body: `<pre style="white-space: pre-wrap">${escapeHtml(view.terms)}</pre>
<p>Document fingerprint (SHA-256): <code>${view.contentHash}</code></p>
<form method="post" action="${GUARDIAN_SIGNING_PATH}?token=${encodeURIComponent(token)}"><button type="submit">I have read the agreement and sign it as parent or guardian</button></form>`,
        };
      },
      POST: async (token, req) => {
        await agreements.signAsGuardian(token, { requestId: requestIdFrom(req.headers['x-request-id']) }, clientMetadataFrom(req.headers[CLIENT_METADATA_HEADER]));
        return { heading: 'Thank you: your signature is recorded.', body: '<p>The school will let you know when everyone has signed.</p>' };
      },
    },
  });
}
