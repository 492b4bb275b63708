import type { EnvReader } from './config/env';

/**
 * The subgraphs of the supergraph and their default ports: the one list that composition, the
 * gateway's configuration and the local launcher all read. Adding a subgraph starts here.
 */
export const SUBGRAPHS = [
  { name: 'students', defaultPort: 4001 },
  { name: 'partners', defaultPort: 4002 },
  { name: 'placements', defaultPort: 4003 },
  { name: 'credentials', defaultPort: 4004 },
  { name: 'integrations', defaultPort: 4005 },
  { name: 'experiences', defaultPort: 4006 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export function defaultSubgraphUrl(port: number): string {
  return `http://127.0.0.1:${port}/graphql`;
}

/**
 * Where each subgraph answers: `<NAME>_URL`, else loopback at `<NAME>_PORT` or its default port.
 * The gateway routes with it; subgraphs that look up each other's entities use it too.
 */
export function readSubgraphUrls(env: EnvReader): Record<string, string> {
  return Object.fromEntries(
    SUBGRAPHS.map(({ name, defaultPort }) => {
      const prefix = name.toUpperCase();
      const fallback = defaultSubgraphUrl(env.port(`${prefix}_PORT`, defaultPort));
      return [name, env.url(`${prefix}_URL`, ['http:', 'https:'], fallback)!];
    }),
  );
}
