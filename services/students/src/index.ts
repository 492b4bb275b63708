import { loadSubgraphConfig, startSubgraph, SUBGRAPHS } from '@careergraph/kit';
import { studentsSubgraph } from './server';

const { defaultPort } = SUBGRAPHS.find((s) => s.name === 'students')!;

void startSubgraph({ ...studentsSubgraph, config: loadSubgraphConfig('students', defaultPort) });
