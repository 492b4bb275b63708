import type { Caller, ClientTokenConfig, IdentitySigner, Logger } from '@careergraph/kit';
import type { Express, Request, RequestHandler } from 'express';
import { type ClientCredentialsConfig, DEFAULT_CLIENT_CREDENTIALS } from './client-credentials-config';
import { clientCredentialsVerifier } from './client-credentials-verifier';
import { type MachineTokenKey, MachineTokens } from './machine-tokens';
import { mountTokenEndpoint } from './token-endpoint';
import { TrustedOperations } from './trusted-operations';

export interface MachineClientOptions {
  config: {
    clientCredentials?: ClientCredentialsConfig;
    production: boolean;
    subgraphUrls: Record<string, string>;
    subgraphTimeoutMs: number;
  };
  clientTokens: ClientTokenConfig;
  signer: IdentitySigner;
  logger: Logger;
}

/** What the gateway adds for machine clients: the token endpoint, their tokens, and trusted operations. */
export interface MachineClients {
  /** `POST /oauth/token`, when the gateway has a key. */
  routes(app: Express): void;
  /** On `/graphql` once the body is read: persisted documents sent by id get their text. */
  resolveDocuments: RequestHandler;
  /** The caller of one of the gateway's own tokens; undefined for any other token (the identity provider's). */
  authenticate(authorization: string): Promise<Caller> | undefined;
  /** Refuses a machine client's operation that is not an allow-listed persisted document. */
  checkOperation(req: Request, caller: Caller): void;
}

export function machineClients({ config, clientTokens, signer, logger }: MachineClientOptions): MachineClients {
  const settings = config.clientCredentials ?? DEFAULT_CLIENT_CREDENTIALS;
  const key = signingKey(settings, config.production, clientTokens);
  const tokens = key && new MachineTokens({ key, issuer: settings.issuer, audience: clientTokens.audience, lifetimeSeconds: settings.tokenLifetimeSeconds });
  const trusted = new TrustedOperations();
  return {
    routes(app) {
      const url = config.subgraphUrls.integrations;
      if (!tokens || !url) return;
      const verifyCredentials = clientCredentialsVerifier({ url, signer, timeoutMs: config.subgraphTimeoutMs });
      mountTokenEndpoint(app, { tokens, verifyCredentials, maxFailedAttempts: settings.maxFailedAttempts, logger });
    },
    authenticate(authorization) {
      const token = /^Bearer\s+(\S+)$/i.exec(authorization.trim())?.[1];
      return token && tokens?.issued(token) ? tokens.verify(token) : undefined;
    },
    resolveDocuments: trusted.resolve,
    checkOperation: (req, caller) => trusted.checkOperation(req, caller),
  };
}

/** The configured key; outside production without one, the development key people's tokens are signed with. */
function signingKey(settings: ClientCredentialsConfig, production: boolean, clientTokens: ClientTokenConfig): MachineTokenKey | undefined {
  if (settings.signingKeyPem) return { pem: settings.signingKeyPem };
  return !production && clientTokens.developmentKey ? { jwk: clientTokens.developmentKey } : undefined;
}
