import { valueLoader } from '@careergraph/kit';
import type { TimeEntryRepository } from '../repositories/time-entry.repository';

export const hoursByPlacementLoader = (timeEntries: TimeEntryRepository) =>
  valueLoader((ids) => timeEntries.hoursByPlacementIds(ids), { approvedMinutes: 0, pendingMinutes: 0 });
