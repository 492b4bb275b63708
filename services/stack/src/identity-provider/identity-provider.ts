import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { DEFAULT_AUDIENCE } from '@careergraph/kit';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import type { KoaContextWithOIDC } from 'oidc-provider';
import { DEMO_PASSWORD, type DemoUser, demoUsers } from './demo-users';
import { loginPage, logoutPage } from './identity-provider-pages';

export const DEFAULT_IDP_PORT = 4010;
/** The gateway pages' client: public (no secret), so authorization code with PKCE S256 only. */
export const PAGES_CLIENT_ID = 'careergraph-pages';
/** The pages that sign in, each its own redirect URI (the callback is handled on the page itself). */
export const PAGE_PATHS = ['/dashboard', '/playground'];
const SIGNING_ALGORITHM = 'ES256';
/** Resource indicators are absolute URIs; the access tokens for this one carry the gateway's audience. */
export const GATEWAY_RESOURCE = 'urn:careergraph:gateway';

export interface IdentityProviderOptions {
  host: string;
  port: number;
  /** Origins of the gateways whose pages sign in here (their redirect and post-logout URIs). */
  gatewayOrigins: string[];
  /** Where the signing key is kept across restarts; without it a new key is made on each start. */
  keyDir?: string;
  /** Access token lifetime; short in tests so refresh is exercised. */
  accessTokenTtlSeconds?: number;
}

export interface RunningIdentityProvider {
  issuer: string;
  users: DemoUser[];
  stop(): Promise<void>;
}

/**
 * The local OpenID provider of `npm start` and the tests: panva's certified `oidc-provider` with the
 * demo users, a login form, consent skipped for the first-party pages, JWT access tokens for the
 * `careergraph` audience carrying CareerGraph's claims, rotating refresh tokens and RP-initiated
 * logout. Development only: its sessions live in memory and every user has the same password.
 */
export async function startIdentityProvider(options: IdentityProviderOptions): Promise<RunningIdentityProvider> {
  // oidc-provider is ESM-only; the dynamic import keeps this module loadable from CommonJS.
  const { default: Provider, errors } = await import('oidc-provider');
  const issuer = `http://${options.host}:${options.port}`;
  const users = demoUsers();
  const byName = new Map(users.map((user) => [user.username, user]));
  const pageUris = options.gatewayOrigins.flatMap((origin) => PAGE_PATHS.map((page) => `${origin}${page}`));

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: PAGES_CLIENT_ID,
        client_name: 'CareerGraph pages',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: pageUris,
        post_logout_redirect_uris: pageUris,
        id_token_signed_response_alg: SIGNING_ALGORITHM,
      },
    ],
    jwks: { keys: [await signingKey(options.keyDir)] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    scopes: ['openid', 'offline_access', 'email', 'profile'],
    async findAccount(_ctx, id) {
      const user = byName.get(id);
      if (!user) return undefined;
      return { accountId: id, claims: () => ({ sub: id, name: user.name, email: user.email, email_verified: user.claims.email_verified === true }) };
    },
    // The access token is what the gateway reads: CareerGraph's own claim names, so the default
    // claims mapping applies (docs/sign-in.md, "Claims mapping").
    async extraTokenClaims(_ctx, token) {
      if (token.kind !== 'AccessToken' || !token.accountId) return undefined;
      const user = byName.get(token.accountId);
      return user ? { ...user.claims, email: user.email } : undefined;
    },
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => GATEWAY_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== GATEWAY_RESOURCE) throw new errors.InvalidTarget(`only ${GATEWAY_RESOURCE} is served here`);
          return {
            scope: '',
            audience: DEFAULT_AUDIENCE,
            accessTokenTTL: options.accessTokenTtlSeconds ?? 600,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: SIGNING_ALGORITHM } },
          };
        },
      },
      rpInitiatedLogout: { enabled: true, logoutSource: (ctx, form) => void (ctx.body = logoutPage(form)) },
    },
    // First-party pages: whatever they ask for is granted without a consent screen.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { client, session, params, provider: self } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const existing = (ctx.oidc.result?.consent as { grantId?: string } | undefined)?.grantId ?? session.grantIdFor(client.clientId);
      const grant = existing ? await self.Grant.find(existing) : new self.Grant({ clientId: client.clientId, accountId: session.accountId });
      if (!grant) return undefined;
      grant.addOIDCScope(String(params?.scope ?? 'openid'));
      grant.addResourceScope(GATEWAY_RESOURCE, '');
      await grant.save();
      return grant;
    },
    pkce: { required: () => true },
    // The pages refresh silently; rotation (the default for public clients) makes a stolen refresh
    // token useful once at most.
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    ttl: {
      AccessToken: options.accessTokenTtlSeconds ?? 600,
      IdToken: 3600,
      RefreshToken: 8 * 3600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
      Interaction: 600,
      AuthorizationCode: 60,
    },
    clientBasedCORS: (_ctx, origin) => options.gatewayOrigins.includes(origin),
    renderError: (ctx, out) => {
      ctx.type = 'text/plain';
      ctx.body = `${out.error}: ${out.error_description ?? ''}`;
    },
  });

  const callback = provider.callback();
  const server = http.createServer((req, res) => {
    const match = /^\/interaction\/([\w-]+)$/.exec(req.url?.split('?')[0] ?? '');
    if (!match) return void callback(req, res);
    handleLogin(req, res).catch((error: Error) => {
      res.writeHead(400, { 'content-type': 'text/plain' }).end(error.message);
    });
  });

  /** GET shows the form; POST checks the demo password and ends the login interaction. */
  async function handleLogin(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name !== 'login') {
      // Consent is granted by loadExistingGrant; nothing to ask.
      await provider.interactionFinished(req, res, { consent: {} }, { mergeWithLastSubmission: true });
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(loginPage(users, details.uid));
      return;
    }
    const form = new URLSearchParams(await readBody(req));
    const user = byName.get(form.get('username') ?? '');
    if (!user || form.get('password') !== DEMO_PASSWORD) {
      res.writeHead(401, { 'content-type': 'text/html; charset=utf-8' }).end(loginPage(users, details.uid, 'Unknown user or wrong password.'));
      return;
    }
    await provider.interactionFinished(req, res, { login: { accountId: user.username } }, { mergeWithLastSubmission: false });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    issuer,
    users,
    stop: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 10_000) throw new Error('form too large');
  }
  return body;
}

/** The provider's signing key, kept beside the development key so tokens outlive a restart. */
async function signingKey(keyDir: string | undefined): Promise<JWK> {
  const file = keyDir && path.join(keyDir, 'auth', 'identity-provider-key.json');
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as JWK;
  const { privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), alg: SIGNING_ALGORITHM, use: 'sig', kid: `local-idp-${randomBytes(4).toString('hex')}` };
  if (file) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(jwk), { mode: 0o600 });
  }
  return jwk;
}
