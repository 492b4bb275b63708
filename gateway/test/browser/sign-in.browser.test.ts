/// <reference lib="dom" />
import { decodeJwt } from 'jose';
import type { Browser, Page } from 'playwright-core';
import { uiContentSecurityPolicy } from '../../src/ui/ui-routes';
import type { UiSignInConfig } from '../../src/config';
import { DEMO_PASSWORD, freePort, type LocalIdentityProvider, PAGES_CLIENT_ID, startLocalIdentityProvider } from '../support/local-identity-provider';
import { type RunningSupergraph, startSupergraph } from '../support/supergraph-harness';
import { accessibilityViolations, closeOfflinePage, describeInBrowser, launchChromium, type OfflineContext, openOfflinePage, pasteToken } from './browser-support';

/** Short-lived access tokens, so the page's silent refresh (30 s before expiry) runs within the test. */
const ACCESS_TOKEN_TTL_SECONDS = 40;

/**
 * Signing in on the dashboard through `npm start`'s OpenID provider (a real one, in its own process)
 * in headless Chromium with the network cut off: authorization code with PKCE, the callback on the
 * page, silent refresh, and sign-out at the provider.
 */
describeInBrowser('signing in on the dashboard at the identity provider', () => {
  let supergraph: RunningSupergraph;
  let provider: LocalIdentityProvider;
  let signIn: UiSignInConfig;
  let origin: string;
  let browser: Browser;
  let offline: OfflineContext;
  let page: Page;

  beforeAll(async () => {
    const port = await freePort();
    const issuer = `http://127.0.0.1:${port}`;
    signIn = { issuer, clientId: PAGES_CLIENT_ID, scopes: 'openid profile email offline_access' };
    supergraph = await startSupergraph({ seedDemo: true });
    origin = new URL(await supergraph.startGateway({ additionalIssuers: [{ issuer, jwksUrl: `${issuer}/jwks` }], uiSignIn: signIn })).origin;
    provider = await startLocalIdentityProvider({ port, gatewayOrigins: [origin], accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS });
    browser = await launchChromium();
    // Six subgraphs (and the demo data) on the embedded database take minutes on a busy machine.
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await provider?.stop();
    await supergraph?.stop();
  });

  beforeEach(async () => ({ offline, page } = await openOfflinePage(browser)));
  afterEach(() => closeOfflinePage(offline));

  const storedToken = () => page.evaluate(() => sessionStorage.getItem('careergraph.token'));

  /** From the dashboard to the provider's form and back, signed in as `username`. */
  async function signInAs(username: string): Promise<string> {
    const response = await page.goto(`${origin}/dashboard`, { waitUntil: 'load' });
    expect(response?.headers()['content-security-policy']).toBe(uiContentSecurityPolicy(signIn));
    await page.waitForFunction(() => document.body.dataset.state === 'no-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${signIn.issuer}/interaction/**`);
    await page.getByLabel('User').selectOption(username);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${origin}/dashboard`);
    // Settled: figures loaded, or a failure the page shows (a refused token, a failed sign-in).
    // The dashboard's first load is a few heavy operations: slow on a busy machine.
    await page.waitForFunction(() => ['loaded', 'error'].includes(document.body.dataset.state ?? '') || document.querySelector('.sign-in-error')?.textContent, undefined, {
      timeout: 150_000,
    });
    expect({
      state: await page.evaluate(() => document.body.dataset.state),
      status: await page.locator('#status').textContent(),
      signIn: await page.locator('.sign-in-error').textContent(),
    }).toMatchObject({ state: 'loaded', signIn: '' });
    // The code and state left the address bar; the token is this tab's only.
    expect(page.url()).toBe(`${origin}/dashboard`);
    expect(await page.evaluate(() => localStorage.getItem('careergraph.token'))).toBeNull();
    return (await storedToken())!;
  }

  /** The by-year table shows one row per school year the API answers this caller. */
  async function expectFigures(token: string): Promise<void> {
    const api = await supergraph.request<{ schoolYears: { id: string }[] }, Record<string, never>>('{ schoolYears { id } }', {}, `${origin}/graphql`, {
      authorization: `Bearer ${token}`,
    });
    const years = await page.locator('#by-year-table tbody tr th, #by-year-table tbody tr td:first-child').allTextContents();
    expect(api.data!.schoolYears.length).toBeGreaterThan(0);
    expect(years.length).toBeGreaterThanOrEqual(api.data!.schoolYears.length);
  }

  it('signs an analyst in, shows the figures, refreshes the token silently, and signs out at the provider', async () => {
    const token = await signInAs('analyst');
    expect(decodeJwt(token)).toMatchObject({ iss: signIn.issuer, role: 'ANALYST', aud: 'careergraph' });
    await expectFigures(token);
    expect(await page.locator('.signed-in-as').textContent()).toBe('Signed in as Demo analyst');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Refreshed before it expires, with a token the gateway still accepts.
    const refreshed = await page.waitForFunction((first) => {
      const now = sessionStorage.getItem('careergraph.token');
      return now && now !== first ? now : undefined;
    }, token, { timeout: 2 * ACCESS_TOKEN_TTL_SECONDS * 1000 });
    const next = (await refreshed.jsonValue()) as string;
    expect(decodeJwt(next)).toMatchObject({ role: 'ANALYST' });
    await expectFigures(next);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${signIn.issuer}/session/end**`);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${origin}/dashboard**`);
    await page.waitForFunction(() => document.body.dataset.state === 'no-token');
    expect(await page.evaluate(() => [sessionStorage.getItem('careergraph.token'), sessionStorage.getItem('careergraph.session')])).toEqual([null, null]);
    expect(await page.getByRole('button', { name: 'Sign in' }).isVisible()).toBe(true);
  });

  it('signs school staff in with their school in the token, and a pasted token still works beside it', async () => {
    const token = await signInAs('school-staff');
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ role: 'SCHOOL_STAFF' });
    expect(claims.schoolIds).toHaveLength(1);
    await expectFigures(token);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Pasting replaces the signed-in session (no refresh will overwrite the pasted token).
    const pasted = await supergraph.token({ role: 'DISTRICT_ADMIN' });
    await pasteToken(page, pasted);
    expect(await page.evaluate(() => [sessionStorage.getItem('careergraph.token'), sessionStorage.getItem('careergraph.session')])).toEqual([pasted, null]);
    expect(await page.getByRole('button', { name: 'Sign in' }).isVisible()).toBe(true);
  });
});
