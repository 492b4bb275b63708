import * as oauth from 'oauth4webapi';
import { tokenStore } from './token-store';

/** What the gateway puts in the page's `careergraph-sign-in` meta tag (UI_OIDC_* settings). */
export interface SignInSettings {
  issuer: string;
  clientId: string;
  scopes: string;
}

/** The signed-in session beside the access token (tokenStore): for refresh and sign-out, this tab only. */
interface Session {
  refreshToken?: string;
  idToken?: string;
  /** Epoch ms the access token expires. */
  expiresAt: number;
  name?: string;
}

/** The authorization request in flight, kept across the redirect to the provider and back. */
interface Pending {
  state: string;
  nonce: string;
  verifier: string;
}

const PENDING_KEY = 'careergraph.sign-in';
/** Refresh this long before the access token expires, so a request never carries an expired one. */
const REFRESH_EARLY_MS = 30_000;

export function signInSettings(): SignInSettings | undefined {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="careergraph-sign-in"]');
  return meta ? (JSON.parse(meta.content) as SignInSettings) : undefined;
}

const read = <T>(key: string): T | undefined => {
  const value = sessionStorage.getItem(key);
  return value ? (JSON.parse(value) as T) : undefined;
};

/**
 * Sign-in with the district's OpenID provider: authorization code with PKCE (S256), the callback
 * handled on the page itself (its URL is the redirect URI), the access token in sessionStorage
 * where tokenStore reads it, refreshed silently before it expires, and RP-initiated sign-out.
 */
export class SignIn {
  private server?: oauth.AuthorizationServer;
  private refreshTimer?: ReturnType<typeof setTimeout>;
  private readonly client: oauth.Client;
  private readonly options: { [oauth.allowInsecureRequests]?: boolean };

  constructor(
    private readonly settings: SignInSettings,
    /** Called whenever the token changes (signed in, refreshed, signed out). */
    private readonly onChange: () => void,
  ) {
    this.client = { client_id: settings.clientId };
    // Plain HTTP only for a provider on this machine (`npm start`'s); a district's is HTTPS.
    const { protocol, hostname } = new URL(settings.issuer);
    this.options = protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(hostname) ? { [oauth.allowInsecureRequests]: true } : {};
  }

  /** The page's own URL without query: where the provider sends the browser back. */
  private get redirectUri(): string {
    return `${window.location.origin}${window.location.pathname}`;
  }

  private async authorizationServer(): Promise<oauth.AuthorizationServer> {
    if (this.server) return this.server;
    const issuer = new URL(this.settings.issuer);
    this.server = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, this.options));
    return this.server;
  }

  get session(): Session | undefined {
    const stored = tokenStore.session();
    return tokenStore.get() && stored ? (JSON.parse(stored) as Session) : undefined;
  }

  /** Goes to the provider's login. */
  async start(): Promise<void> {
    const server = await this.authorizationServer();
    const pending: Pending = { state: oauth.generateRandomState(), nonce: oauth.generateRandomNonce(), verifier: oauth.generateRandomCodeVerifier() };
    sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
    const url = new URL(server.authorization_endpoint!);
    url.search = new URLSearchParams({
      client_id: this.settings.clientId,
      redirect_uri: this.redirectUri,
      response_type: 'code',
      scope: this.settings.scopes,
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await oauth.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
    }).toString();
    window.location.assign(url.href);
  }

  /**
   * On page load: finishes a sign-in the provider just sent the browser back from (then removes
   * the code from the address bar), or resumes refreshing a session this tab already has.
   */
  async resume(): Promise<void> {
    const pending = read<Pending>(PENDING_KEY);
    const here = new URL(window.location.href);
    if (pending && (here.searchParams.has('code') || here.searchParams.has('error'))) {
      sessionStorage.removeItem(PENDING_KEY);
      window.history.replaceState(null, '', this.redirectUri);
      const server = await this.authorizationServer();
      const params = oauth.validateAuthResponse(server, this.client, here, pending.state);
      const response = await oauth.authorizationCodeGrantRequest(server, this.client, oauth.None(), params, this.redirectUri, pending.verifier, this.options);
      const result = await oauth.processAuthorizationCodeResponse(server, this.client, response, { expectedNonce: pending.nonce, requireIdToken: true });
      const claims = oauth.getValidatedIdTokenClaims(result);
      this.keep(result, String(claims?.name ?? claims?.email ?? claims?.sub ?? ''));
      return;
    }
    this.schedule();
  }

  /** A fresh access token now, if the session can get one; refreshes when it is about to expire. */
  async refresh(): Promise<void> {
    const session = this.session;
    if (!session?.refreshToken) return;
    const server = await this.authorizationServer();
    try {
      const response = await oauth.refreshTokenGrantRequest(server, this.client, oauth.None(), session.refreshToken, this.options);
      // The same person with a fresh token: nothing on the page changes, so no onChange.
      this.keep(await oauth.processRefreshTokenResponse(server, this.client, response), session.name, session.idToken, false);
    } catch (error) {
      // A refresh token the provider no longer honours ends the session: sign in again.
      this.forget();
      throw error;
    }
  }

  /** Clears this tab's tokens and ends the provider's session (RP-initiated logout) if it has one. */
  async signOut(): Promise<void> {
    const idToken = this.session?.idToken;
    this.forget();
    const server = await this.authorizationServer();
    if (!server.end_session_endpoint) return;
    const url = new URL(server.end_session_endpoint);
    url.search = new URLSearchParams({
      client_id: this.settings.clientId,
      post_logout_redirect_uri: this.redirectUri,
      ...(idToken ? { id_token_hint: idToken } : {}),
    }).toString();
    window.location.assign(url.href);
  }

  /** Drops the signed-in session (sign-out, or a refresh the provider refused). */
  private forget(): void {
    clearTimeout(this.refreshTimer);
    tokenStore.clear();
    this.onChange();
  }

  private keep(result: oauth.TokenEndpointResponse, name?: string, idToken?: string, notify = true): void {
    const session: Session = {
      refreshToken: result.refresh_token,
      idToken: result.id_token ?? idToken,
      expiresAt: Date.now() + (result.expires_in ?? 300) * 1000,
      name,
    };
    tokenStore.set(result.access_token, JSON.stringify(session));
    this.schedule();
    if (notify) this.onChange();
  }

  private schedule(): void {
    clearTimeout(this.refreshTimer);
    const session = this.session;
    if (!session?.refreshToken) return;
    const delay = Math.max(0, session.expiresAt - Date.now() - REFRESH_EARLY_MS);
    this.refreshTimer = setTimeout(() => void this.refresh().catch(() => undefined), delay);
  }
}

/**
 * The "Sign in" / "Sign out" controls in `host`, when the gateway configured sign-in; resolves once
 * a returning sign-in is complete, so the page loads with its token. Without settings the host
 * stays empty and pasting a token is the only way in.
 */
export async function mountSignIn(host: HTMLElement | null, onChange: () => void): Promise<SignIn | undefined> {
  const settings = signInSettings();
  if (!host || !settings) return undefined;
  // The page loads once resume() is done; a sign-in completing inside it need not load it twice.
  let resuming = true;
  const signIn = new SignIn(settings, () => {
    render();
    if (!resuming) onChange();
  });
  const signInButton = button('Sign in', 'sign-in-button', () => signIn.start());
  const signOutButton = button('Sign out', 'sign-out-button', () => signIn.signOut());
  const who = document.createElement('span');
  who.className = 'signed-in-as';
  const error = document.createElement('span');
  error.setAttribute('role', 'alert');
  error.className = 'sign-in-error';
  host.replaceChildren(who, signInButton, signOutButton, error);
  function button(label: string, id: string, action: () => Promise<void>): HTMLButtonElement {
    const element = document.createElement('button');
    element.type = 'button';
    element.id = id;
    element.textContent = label;
    element.addEventListener('click', () => {
      error.textContent = '';
      action().catch((failure: Error) => (error.textContent = `Sign-in failed: ${failure.message}`));
    });
    return element;
  }
  function render(): void {
    const session = signIn.session;
    who.textContent = session ? `Signed in as ${session.name || 'you'}` : '';
    signInButton.hidden = Boolean(session);
    signOutButton.hidden = !session;
  }
  // A pasted or forgotten token (the page's own controls) changes what the bar shows.
  tokenStore.onChange(render);
  render();
  try {
    await signIn.resume();
  } catch (failure) {
    error.textContent = `Sign-in failed: ${(failure as Error).message}`;
  }
  resuming = false;
  render();
  return signIn;
}

/**
 * The token to send now: the signed-in one, refreshed first if it is about to expire, or the pasted
 * one. For the playground's requests; the dashboard and the student record read tokenStore and
 * rely on the scheduled refresh.
 */
export async function currentToken(signIn?: SignIn): Promise<string | null> {
  const session = signIn?.session;
  if (signIn && session && session.expiresAt - Date.now() < REFRESH_EARLY_MS) await signIn.refresh().catch(() => undefined);
  return tokenStore.get();
}
