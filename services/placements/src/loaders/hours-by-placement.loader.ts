import { valueLoader } from '@careergraph/kit';
import type { StipendRepository } from '../repositories/stipend.repository';

/** Approved and pending minutes and the stipend total of each placement (one statement for all three). */
export const hoursByPlacementLoader = (stipends: StipendRepository) =>
  valueLoader((ids) => stipends.hoursByPlacementIds(ids), { approvedMinutes: 0, pendingMinutes: 0, stipendTotal: 0 });
