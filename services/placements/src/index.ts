import { loadSubgraphConfig, startSubgraph, SUBGRAPHS } from '@careergraph/kit';
import { placementsSubgraph } from './server';

const { defaultPort } = SUBGRAPHS.find((s) => s.name === 'placements')!;

void startSubgraph({ ...placementsSubgraph, config: loadSubgraphConfig('placements', defaultPort) });
