import { connectionLoader } from '@careergraph/kit';
import type { TimeEntryEntity, TimeEntryStatus } from '../entities/time-entry.entity';
import { TimeEntryRepository } from '../repositories/time-entry.repository';

/** A placement's `timeEntries(status, first, after)`, batched across the placements of a page. */
export function timeEntriesByPlacementLoader(timeEntries: TimeEntryRepository) {
  return connectionLoader<TimeEntryEntity, { status?: TimeEntryStatus | null }>({
    page: (placementIds, { status }, page) => timeEntries.pageByPlacements(placementIds, { status: status ?? undefined }, page),
    count: (placementIds, { status }) => timeEntries.countByPlacements(placementIds, { status: status ?? undefined }),
    parentOf: (entry) => entry.placementId,
    cursorOf: TimeEntryRepository.cursorOf,
    arity: 2,
  });
}
