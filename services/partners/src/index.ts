import { loadSubgraphConfig, startSubgraph, SUBGRAPHS } from '@careergraph/kit';
import { partnersSubgraph } from './server';

const { defaultPort } = SUBGRAPHS.find((s) => s.name === 'partners')!;

void startSubgraph({ ...partnersSubgraph, config: loadSubgraphConfig('partners', defaultPort) });
