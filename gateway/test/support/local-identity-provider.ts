import { createHash, randomBytes } from 'node:crypto';
import net from 'node:net';
import { DEMO_PASSWORD } from '@careergraph/stack/src/identity-provider/demo-users';
import { PAGES_CLIENT_ID } from '@careergraph/stack/src/identity-provider/identity-provider';
import { type SpawnedService, spawnService } from './spawned-service';

export { DEMO_PASSWORD, PAGES_CLIENT_ID };

export interface LocalIdentityProvider {
  issuer: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * `npm start`'s OpenID provider (services/stack/src/identity-provider) in a child process on a free
 * loopback port, its pages' redirect URIs on `gatewayOrigins`: jest cannot load the ESM-only
 * oidc-provider itself.
 */
export async function startLocalIdentityProvider(options: { port?: number; gatewayOrigins: string[]; accessTokenTtlSeconds?: number }): Promise<LocalIdentityProvider> {
  const port = options.port ?? (await freePort());
  const service: SpawnedService = spawnService('services/stack/src/identity-provider/identity-provider-main.ts', {
    IDP_PORT: String(port),
    IDP_GATEWAY_ORIGINS: options.gatewayOrigins.join(','),
    IDP_ACCESS_TOKEN_TTL: String(options.accessTokenTtlSeconds ?? 600),
  });
  await service.logged('identity provider listening');
  return {
    issuer: `http://127.0.0.1:${port}`,
    stop: async () => {
      service.process.kill('SIGTERM');
      await service.exited;
    },
  };
}

export interface SignedIn {
  accessToken: string;
  refreshToken?: string;
  idToken?: string;
  expiresIn: number;
}

/**
 * Signs `username` in through the provider's real authorization code flow with PKCE, as a browser
 * would (following redirects by hand, keeping the provider's cookies), and redeems the code.
 */
export async function signInOverHttp(issuer: string, username: string, redirectUri: string, password = DEMO_PASSWORD): Promise<SignedIn> {
  const cookies = new Map<string, string>();
  const send = async (url: string, init: RequestInit = {}): Promise<Response> => {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  };
  const follow = async (response: Response): Promise<string> => {
    let current = response;
    for (let hops = 0; hops < 10; hops++) {
      const location = current.headers.get('location');
      if (!location) throw new Error(`expected a redirect, got HTTP ${current.status}: ${await current.text()}`);
      const next = new URL(location, current.url || issuer).href;
      if (next.startsWith(redirectUri)) {
        const error = new URL(next).searchParams.get('error');
        if (error) throw new Error(`the provider answered ${error}: ${new URL(next).searchParams.get('error_description')}`);
        return next;
      }
      current = await send(next);
      if (current.status === 200) return next;
    }
    throw new Error('too many redirects');
  };
  const verifier = randomBytes(32).toString('base64url');
  const authorize = new URL('/auth', issuer);
  authorize.search = new URLSearchParams({
    client_id: PAGES_CLIENT_ID,
    response_type: 'code',
    redirect_uri: redirectUri,
    scope: 'openid profile email offline_access',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    state: randomBytes(8).toString('hex'),
  }).toString();
  const loginUrl = await follow(await send(authorize.href));
  const afterLogin = await send(loginUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password }).toString(),
  });
  const callback = new URL(await follow(afterLogin));
  const code = callback.searchParams.get('code');
  if (!code) throw new Error(`no code in ${callback.href}`);
  const token = await fetch(new URL('/token', issuer), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', client_id: PAGES_CLIENT_ID, code, redirect_uri: redirectUri, code_verifier: verifier }).toString(),
  });
  const body = (await token.json()) as { access_token: string; refresh_token?: string; id_token?: string; expires_in: number; error_description?: string };
  if (!token.ok) throw new Error(`token endpoint: HTTP ${token.status} ${body.error_description}`);
  return { accessToken: body.access_token, refreshToken: body.refresh_token, idToken: body.id_token, expiresIn: body.expires_in };
}

/** Redeems a refresh token (rotated: the answer carries the next one). */
export async function refreshOverHttp(issuer: string, refreshToken: string): Promise<SignedIn> {
  const token = await fetch(new URL('/token', issuer), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', client_id: PAGES_CLIENT_ID, refresh_token: refreshToken }).toString(),
  });
  const body = (await token.json()) as { access_token: string; refresh_token?: string; expires_in: number; error_description?: string };
  if (!token.ok) throw new Error(`token endpoint: HTTP ${token.status} ${body.error_description}`);
  return { accessToken: body.access_token, refreshToken: body.refresh_token, expiresIn: body.expires_in };
}
