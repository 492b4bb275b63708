import { startSubgraph } from '@careergraph/kit';
import { integrationsSubgraph } from './server';

void startSubgraph(integrationsSubgraph);
