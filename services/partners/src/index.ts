import { startSubgraph } from '@careergraph/kit';
import { partnersSubgraph } from './server';

void startSubgraph(partnersSubgraph);
