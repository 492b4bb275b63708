import { SUBGRAPHS, type SubgraphName, type SubgraphPackage } from '@careergraph/kit';
import { credentialsSubgraph } from '@careergraph/credentials';
import { partnersSubgraph } from '@careergraph/partners';
import { placementsSubgraph } from '@careergraph/placements';
import { studentsSubgraph } from '@careergraph/students';

const PACKAGES: Record<SubgraphName, SubgraphPackage> = {
  students: studentsSubgraph,
  partners: partnersSubgraph,
  placements: placementsSubgraph,
  credentials: credentialsSubgraph,
};

/** Every subgraph's code, in the order of the kit's registry. */
export const SUBGRAPH_PACKAGES: SubgraphPackage[] = SUBGRAPHS.map(({ name }) => PACKAGES[name]);
