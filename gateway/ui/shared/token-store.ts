/**
 * The token lives for the browser tab only (sessionStorage), never in localStorage or a cookie:
 * pasted, or put here by sign-in (./sign-in.ts), which keeps its refresh state under SESSION_KEY.
 */
const KEY = 'careergraph.token';
const SESSION_KEY = 'careergraph.session';
/** Dispatched on window whenever the token is set or cleared (sessionStorage fires no event in its own tab). */
const CHANGED = 'careergraph:token-changed';
const changed = () => window.dispatchEvent(new Event(CHANGED));

export const tokenStore = {
  get: (): string | null => sessionStorage.getItem(KEY),
  /** Sign-in's refresh state (JSON) beside its token; none beside a pasted one. */
  session: (): string | null => sessionStorage.getItem(SESSION_KEY),
  /**
   * A pasted token replaces a signed-in session, so no refresh overwrites it later; sign-in passes
   * its session (refresh state) to keep beside its token.
   */
  set: (token: string, session?: string): void => {
    if (session) sessionStorage.setItem(SESSION_KEY, session);
    else sessionStorage.removeItem(SESSION_KEY);
    sessionStorage.setItem(KEY, token.trim().replace(/^bearer\s+/i, ''));
    changed();
  },
  clear: (): void => {
    sessionStorage.removeItem(SESSION_KEY);
    sessionStorage.removeItem(KEY);
    changed();
  },
  onChange: (listener: () => void): void => window.addEventListener(CHANGED, listener),
};
