import { loadSubgraphConfig, startSubgraph, SUBGRAPHS } from '@careergraph/kit';
import { credentialsSubgraph } from './server';

const { defaultPort } = SUBGRAPHS.find((s) => s.name === 'credentials')!;

void startSubgraph({ ...credentialsSubgraph, config: loadSubgraphConfig('credentials', defaultPort) });
