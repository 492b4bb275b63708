import type { TimeEntryResolvers } from '../generated/graphql';
import { formatMinute } from '../services/time-entry-rules';
import { toHours } from './hours';

export const TimeEntry: TimeEntryResolvers = {
  placement: async (entry, _, { loaders }) => (await loaders.placementById.load(entry.placementId))!,
  startTime: (entry) => (entry.startMinute === null ? null : formatMinute(entry.startMinute)),
  endTime: (entry) => (entry.endMinute === null ? null : formatMinute(entry.endMinute)),
  hours: (entry) => toHours(entry.durationMinutes),
};
