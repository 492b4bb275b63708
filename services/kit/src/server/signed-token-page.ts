import type { Express, Request, Response } from 'express';
import { IDENTITY_HEADER, type IdentitySigner } from '../auth/identity-token';
import type { Logger } from '../logger';
import { escapeHtml } from '../mail/mail-template';

/** A token page's answer: its heading, an optional body (HTML, escaped by the caller) and its status. */
export interface TokenPageAnswer {
  heading: string;
  body?: string;
  status?: number;
}

export interface SignedTokenPageOptions {
  /** The path, the same at the gateway, which forwards it here signed for `<METHOD> <path>`. */
  path: string;
  /** Every answer's <title>. */
  title: string;
  /** Told (400) when the link has no token or one far longer than any issued. */
  incomplete: string;
  /** Whether the page posts a form back to its own address (the policy then allows that alone). */
  postsForm?: boolean;
  /** An error whose message the person is shown with a 400 (a spent or unknown link); any other is logged, a 500. */
  refusal?: (error: unknown) => error is Error;
  /** GET only reads (link scanners follow links in mail); POST acts. */
  handlers: Partial<Record<'GET' | 'POST', (token: string, req: Request) => Promise<TokenPageAnswer>>>;
  signer: IdentitySigner;
  logger: Logger;
}

/**
 * A page a mailed one-time link opens, served by the subgraph that owns the token: only requests
 * the gateway signed for this method and path are answered (a link alone reaches nothing else),
 * with no script, no outside asset and no caching.
 */
export function mountSignedTokenPage(app: Express, options: SignedTokenPageOptions): void {
  const { path, title, signer, logger } = options;
  const securityPolicy = `default-src 'none'; style-src 'unsafe-inline'; ${options.postsForm ? "form-action 'self'; " : ''}base-uri 'none'; frame-ancestors 'none'`;
  const send = (res: Response, { heading, body = '', status = 200 }: TokenPageAnswer) => void res.status(status).type('html').send(tokenPageHtml(title, heading, body));
  for (const [method, answer] of Object.entries(options.handlers)) {
    app[method === 'GET' ? 'get' : 'post'](path, async (req, res) => {
      res.set({ 'content-security-policy': securityPolicy, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' });
      try {
        await signer.verify(req.headers[IDENTITY_HEADER], `${req.method} ${path}`);
      } catch {
        return send(res, { status: 401, heading: 'This page is only reachable through CareerGraph.' });
      }
      const token = typeof req.query.token === 'string' && req.query.token.length > 0 && req.query.token.length < 200 ? req.query.token : null;
      if (!token) return send(res, { status: 400, heading: options.incomplete });
      try {
        send(res, await answer(token, req));
      } catch (error) {
        if (options.refusal?.(error)) return send(res, { status: 400, heading: error.message });
        logger.error({ err: error, path }, 'token page failed');
        send(res, { status: 500, heading: 'Something went wrong; please try again later.' });
      }
    });
  }
}

function tokenPageHtml(title: string, heading: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><link rel="icon" href="data:,"></head>
<body><h1>${escapeHtml(heading)}</h1>
${body}
</body>
</html>
`;
}
