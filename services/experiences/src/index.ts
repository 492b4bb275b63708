import { startSubgraph } from '@careergraph/kit';
import { experiencesSubgraph } from './server';

void startSubgraph(experiencesSubgraph);
