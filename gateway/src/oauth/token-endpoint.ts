import type { Logger } from '@careergraph/kit';
import express, { type ErrorRequestHandler, type Express, type Request, type Response } from 'express';
import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';
import type { ClientGrant, MachineTokens } from './machine-tokens';
import { OAuthError } from './oauth-error';
import { parseTokenRequest } from './token-request';

export const TOKEN_PATH = '/oauth/token';

/** How long failed attempts are remembered. */
const FAILURE_WINDOW_SECONDS = 15 * 60;
/** One address may fail for several clients (a partner's systems share an egress address). */
const FAILURES_PER_ADDRESS_FACTOR = 5;

export interface TokenEndpointOptions {
  tokens: MachineTokens;
  /** The integrations subgraph's check of a client's secret. */
  verifyCredentials: (clientId: string, clientSecret: string) => Promise<ClientGrant | null>;
  /** Failed secrets one client id may send per 15 minutes before it must wait (`slow_down`). */
  maxFailedAttempts: number;
  logger: Logger;
}

/**
 * `POST /oauth/token`: the OAuth 2.0 client credentials grant (RFC 6749 §4.4) for machine clients.
 * Answers §5.1 on success and §5.2 errors otherwise, never cached. Failed secrets are counted per
 * client id and per address; past the limit the endpoint answers 429 before checking anything.
 */
export function mountTokenEndpoint(app: Express, options: TokenEndpointOptions): void {
  const failures = {
    client: new RateLimiterMemory({ points: options.maxFailedAttempts, duration: FAILURE_WINDOW_SECONDS, keyPrefix: 'oauth-client' }),
    address: new RateLimiterMemory({ points: options.maxFailedAttempts * FAILURES_PER_ADDRESS_FACTOR, duration: FAILURE_WINDOW_SECONDS, keyPrefix: 'oauth-address' }),
  };
  const limits = (req: Request, clientId: string) => [
    { limiter: failures.client, key: clientId },
    { limiter: failures.address, key: req.ip ?? 'unknown' },
  ];

  app.post(
    TOKEN_PATH,
    express.urlencoded({ extended: false, limit: '4kb', parameterLimit: 10 }),
    async (req: Request, res: Response) => {
      noStore(res);
      try {
        const request = parseTokenRequest({
          contentType: req.headers['content-type'],
          authorization: req.headers.authorization,
          form: (req.body as Record<string, unknown> | undefined) ?? {},
        });
        for (const { limiter, key } of limits(req, request.clientId)) {
          const spent = await limiter.get(key);
          if (spent && spent.remainingPoints <= 0) throw slowDown(spent);
        }
        const grant = await options.verifyCredentials(request.clientId, request.clientSecret).catch((error: unknown) => {
          options.logger.warn({ err: error }, 'client credentials could not be checked');
          throw new OAuthError('temporarily_unavailable', 'client credentials cannot be checked right now; retry shortly');
        });
        if (!grant) {
          for (const { limiter, key } of limits(req, request.clientId)) await limiter.penalty(key);
          throw new OAuthError('invalid_client', 'unknown client, wrong secret, or a revoked client');
        }
        const unknown = request.requestedScopes?.filter((scope) => !grant.scopes.includes(scope)) ?? [];
        if (unknown.length > 0) throw new OAuthError('invalid_scope', `the client was not granted the scope ${unknown.join(', ')}; it has ${grant.scopes.join(', ')}`);
        const issued = await options.tokens.issue({ ...grant, scopes: request.requestedScopes ?? grant.scopes });
        options.logger.info({ clientId: grant.clientId, scope: issued.scope }, 'issued a machine-client token');
        res.json({ access_token: issued.accessToken, token_type: 'Bearer', expires_in: issued.expiresIn, scope: issued.scope });
      } catch (error) {
        if (!(error instanceof OAuthError)) throw error;
        sendOAuthError(res, error);
      }
    },
    refuseUnreadableForm,
  );
}

function slowDown(spent: RateLimiterRes): OAuthError {
  const retryAfter = Math.max(1, Math.ceil(spent.msBeforeNext / 1000));
  return new OAuthError('slow_down', `too many failed client authentications; retry in ${retryAfter} s`, { 'retry-after': String(retryAfter) });
}

/** §5.1: token answers and refusals must not be cached. */
function noStore(res: Response): void {
  res.setHeader('cache-control', 'no-store');
  res.setHeader('pragma', 'no-cache');
}

function sendOAuthError(res: Response, error: OAuthError): void {
  for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
  res.status(error.status).json(error.body);
}

/** A body too large or not form-encoded, refused the §5.2 way rather than as an HTML page. */
const refuseUnreadableForm: ErrorRequestHandler = (error: { status?: number; message?: string }, _req, res, next) => {
  if (typeof error.status !== 'number' || error.status >= 500) return next(error);
  noStore(res);
  sendOAuthError(res, new OAuthError('invalid_request', `the request body could not be read: ${error.message}`));
};
