import { SUBGRAPHS, type SubgraphPackage } from '@careergraph/kit';

/**
 * Every subgraph's code, in the order of the kit's registry (services/kit/src/subgraphs.ts): the
 * workspace `@careergraph/<name>` exports its declaration as `<name>Subgraph` (its server.ts), so
 * registering a subgraph there is all the launcher, the migrate and seed commands and the tests need.
 */
export const SUBGRAPH_PACKAGES: SubgraphPackage[] = SUBGRAPHS.map(({ name }) => {
  // A registry read, not a static import: the list of subgraphs has one home.
  const exported = (require(`@careergraph/${name}`) as Record<string, SubgraphPackage | undefined>)[`${name}Subgraph`];
  if (!exported || exported.name !== name) {
    throw new Error(`@careergraph/${name} must export its declaration as ${name}Subgraph (see "How to add a subgraph" in the README)`);
  }
  return exported;
});
