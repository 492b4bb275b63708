import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';

/**
 * Posts to this origin's /graphql. An `Authorization` header still holding the template's empty
 * "Bearer " is left out, so before a token is pasted the IDE can still load the schema through the
 * anonymous introspection the gateway allows in development.
 */
export function playgroundFetcher(): Fetcher {
  const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });
  return (params, options) => fetcher(params, { ...options, headers: withoutEmptyBearer(options?.headers) });
}

function withoutEmptyBearer(headers: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!headers) return headers;
  return Object.fromEntries(
    Object.entries(headers).filter(([name, value]) => name.toLowerCase() !== 'authorization' || !/^\s*(bearer)?\s*$/i.test(String(value))),
  );
}
