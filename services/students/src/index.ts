import { startSubgraph } from '@careergraph/kit';
import { studentsSubgraph } from './server';

void startSubgraph(studentsSubgraph);
