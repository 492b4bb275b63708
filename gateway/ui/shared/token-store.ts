/** The pasted token lives for the browser tab only (sessionStorage), never in localStorage or a cookie. */
const KEY = 'careergraph.token';

export const tokenStore = {
  get: (): string | null => sessionStorage.getItem(KEY),
  set: (token: string): void => sessionStorage.setItem(KEY, token.trim().replace(/^bearer\s+/i, '')),
  clear: (): void => sessionStorage.removeItem(KEY),
};
