import { decodeJwt } from 'jose';
import { freePort, type LocalIdentityProvider, refreshOverHttp, signInOverHttp, startLocalIdentityProvider } from './support/local-identity-provider';
import { type RunningSupergraph, startSupergraph } from './support/supergraph-harness';

/**
 * `npm start`'s OpenID provider, for real in its own process, signing demo users in through the
 * authorization code flow with PKCE; the gateway trusts it beside the development key and reads
 * its tokens' claims into the caller.
 */
describe('signing in at the local OpenID provider', () => {
  let supergraph: RunningSupergraph;
  let provider: LocalIdentityProvider;
  let gatewayUrl: string;
  let redirectUri: string;

  beforeAll(async () => {
    const port = await freePort();
    const issuer = `http://127.0.0.1:${port}`;
    supergraph = await startSupergraph();
    gatewayUrl = await supergraph.startGateway({ additionalIssuers: [{ issuer, jwksUrl: `${issuer}/jwks` }] });
    const origin = new URL(gatewayUrl).origin;
    redirectUri = `${origin}/dashboard`;
    provider = await startLocalIdentityProvider({ port, gatewayOrigins: [origin] });
    // Six subgraphs (and the demo data) on the embedded database take minutes on a busy machine.
  }, 300_000);

  afterAll(async () => {
    await provider?.stop();
    await supergraph?.stop();
  });

  const students = (token: string) =>
    supergraph.request<{ students: { totalCount: number } }, Record<string, never>>('{ students(first: 1) { totalCount } }', {}, gatewayUrl, {
      authorization: `Bearer ${token}`,
    });

  it('issues JWT access tokens for the gateway with CareerGraph claims, which the gateway accepts by role', async () => {
    const staff = await signInOverHttp(provider.issuer, 'school-staff', redirectUri);
    const claims = decodeJwt(staff.accessToken);
    expect(claims).toMatchObject({ iss: provider.issuer, aud: 'careergraph', sub: 'school-staff', role: 'SCHOOL_STAFF', email_verified: true });
    expect(claims.schoolIds).toHaveLength(1);
    const asStaff = await students(staff.accessToken);
    expect(asStaff.errors).toBeUndefined();
    expect(typeof asStaff.data?.students.totalCount).toBe('number');

    // An analyst reaches aggregates only: the same list is refused for that role.
    const analyst = await signInOverHttp(provider.issuer, 'analyst', redirectUri);
    const asAnalyst = await students(analyst.accessToken);
    expect(asAnalyst.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refreshes with a rotating refresh token, and refuses a wrong password', async () => {
    const first = await signInOverHttp(provider.issuer, 'district-admin', redirectUri);
    const next = await refreshOverHttp(provider.issuer, first.refreshToken!);
    expect(next.refreshToken).not.toBe(first.refreshToken);
    expect((await students(next.accessToken)).errors).toBeUndefined();
    await expect(refreshOverHttp(provider.issuer, first.refreshToken!)).rejects.toThrow(/HTTP 400/);
    await expect(signInOverHttp(provider.issuer, 'district-admin', redirectUri, 'guess')).rejects.toThrow(/HTTP 401/);
  });
});
