import { startSubgraph } from '@careergraph/kit';
import { credentialsSubgraph } from './server';

void startSubgraph(credentialsSubgraph);
