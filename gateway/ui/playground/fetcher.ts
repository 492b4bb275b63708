import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';

/**
 * Posts to this origin's /graphql. An `Authorization` header still holding the template's empty
 * "Bearer " is left out, so before a token is pasted the IDE can still load the schema through the
 * anonymous introspection the gateway allows in development; without one, a signed-in person's
 * token is sent.
 */
export function playgroundFetcher(signedInToken: () => Promise<string | null> = async () => null): Fetcher {
  const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });
  return async (params, options) => {
    const headers = withoutEmptyBearer(options?.headers) ?? {};
    // A token typed into Headers wins; otherwise the signed-in one (the sign-in bar above the IDE).
    const pasted = Object.keys(headers).some((name) => name.toLowerCase() === 'authorization');
    const token = pasted ? null : await signedInToken();
    return fetcher(params, { ...options, headers: token ? { ...headers, Authorization: `Bearer ${token}` } : headers });
  };
}

function withoutEmptyBearer(headers: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!headers) return headers;
  return Object.fromEntries(
    Object.entries(headers).filter(([name, value]) => name.toLowerCase() !== 'authorization' || !/^\s*(bearer)?\s*$/i.test(String(value))),
  );
}
