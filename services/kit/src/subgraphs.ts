/**
 * The subgraphs of the supergraph and their default ports: the one list that composition, the
 * gateway's configuration and the local launcher all read. Adding a subgraph starts here.
 */
export const SUBGRAPHS = [
  { name: 'students', defaultPort: 4001 },
  { name: 'credentials', defaultPort: 4004 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export function defaultSubgraphUrl(port: number): string {
  return `http://127.0.0.1:${port}/graphql`;
}
