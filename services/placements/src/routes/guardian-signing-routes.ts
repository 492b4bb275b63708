import { clientMetadataFrom, CLIENT_METADATA_HEADER, escapeHtml, IDENTITY_HEADER, type IdentitySigner, type Logger, requestIdFrom } from '@careergraph/kit';
import type express from 'express';
import { GUARDIAN_SIGNING_PATH, GuardianLinkRefused, type TrainingAgreementService } from '../services/training-agreement.service';

/** What the gateway signs for a forwarded guardian request: the method and this path, nothing a GraphQL request could reuse. */
export const guardianSigningOperation = (method: string) => `${method} ${GUARDIAN_SIGNING_PATH}`;

/** No script, no outside asset; the form posts back to this same address only. */
const PAGE_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/**
 * A parent or guardian (no account) reads the terms (GET) and signs them (POST) through their
 * one-time link. Only requests the gateway signed are answered, and only then is the client's
 * address it forwarded recorded. GET changes nothing, since link scanners follow links in mail; an
 * expired, used, superseded or tampered link is a 400 page and writes nothing.
 */
export function mountGuardianSigningRoutes(app: express.Express, agreements: TrainingAgreementService, signer: IdentitySigner, logger: Logger): void {
  const handle = (answer: (token: string, req: express.Request) => Promise<string>) => async (req: express.Request, res: express.Response) => {
    res.set({ 'content-security-policy': PAGE_SECURITY_POLICY, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' });
    try {
      await signer.verify(req.headers[IDENTITY_HEADER], guardianSigningOperation(req.method));
    } catch {
      return void res.status(401).type('html').send(page('This page is only reachable through CareerGraph.'));
    }
    const token = typeof req.query.token === 'string' && req.query.token.length > 0 && req.query.token.length < 200 ? req.query.token : null;
    if (!token) return void res.status(400).type('html').send(page('This signing link is incomplete.'));
    try {
      res.type('html').send(await answer(token, req));
    } catch (error) {
      if (error instanceof GuardianLinkRefused) return void res.status(400).type('html').send(page(error.message));
      logger.error({ err: error }, 'guardian signing failed');
      res.status(500).type('html').send(page('Something went wrong; please try again later.'));
    }
  };
  app.get(
    GUARDIAN_SIGNING_PATH,
    handle(async (token) => {
      const view = await agreements.guardianView(token);
      return page(
        `Training agreement for ${view.guardianName} to sign`,
        `<pre style="white-space: pre-wrap">${escapeHtml(view.terms)}</pre>
<p>Document fingerprint (SHA-256): <code>${view.contentHash}</code></p>
<form method="post" action="${GUARDIAN_SIGNING_PATH}?token=${encodeURIComponent(token)}"><button type="submit">I have read the agreement and sign it as parent or guardian</button></form>`,
      );
    }),
  );
  app.post(
    GUARDIAN_SIGNING_PATH,
    handle(async (token, req) => {
      await agreements.signAsGuardian(token, { requestId: requestIdFrom(req.headers['x-request-id']) }, clientMetadataFrom(req.headers[CLIENT_METADATA_HEADER]));
      return page('Thank you: your signature is recorded.', '<p>The school will let you know when everyone has signed.</p>');
    }),
  );
}

function page(heading: string, body = ''): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>CareerGraph training agreement</title><link rel="icon" href="data:,"></head>
<body><h1>${escapeHtml(heading)}</h1>
${body}
</body>
</html>
`;
}
