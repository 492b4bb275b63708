/** Built by the gateway's bundler from gateway/operations/*.graphql (gateway/src/ui/saved-operations.ts). */
declare module 'careergraph:saved-operations' {
  const operations: Array<{ name: string; kind: 'query' | 'mutation' | 'subscription'; group: string; document: string }>;
  export default operations;
}

/** The API contract (schema/api.graphql), bundled so the IDE never needs introspection, which production turns off. */
declare module 'careergraph:api-schema' {
  const sdl: string;
  export default sdl;
}
