import { startSubgraph } from '@careergraph/kit';
import { placementsSubgraph } from './server';

void startSubgraph(placementsSubgraph);
