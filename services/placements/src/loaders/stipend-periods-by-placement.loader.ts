import { groupLoader } from '@careergraph/kit';
import type { StipendRepository } from '../repositories/stipend.repository';

export const stipendPeriodsByPlacementLoader = (stipends: StipendRepository) =>
  groupLoader((ids) => stipends.periodsByPlacementIds(ids), (period) => period.placementId);
