import { valueLoader } from '@careergraph/kit';
import type { StipendRepository } from '../repositories/stipend.repository';

export const stipendTotalByPlacementLoader = (stipends: StipendRepository) => valueLoader((ids) => stipends.totalsByPlacementIds(ids), 0);
