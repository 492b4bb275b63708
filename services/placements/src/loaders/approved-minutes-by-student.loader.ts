import { valueLoader } from '@careergraph/kit';
import type { TimeEntryRepository } from '../repositories/time-entry.repository';
import { perArgument } from './per-argument';

/** Keyed by school year (null: all years). */
export const approvedMinutesByStudentLoader = (timeEntries: TimeEntryRepository) =>
  perArgument((schoolYear) => valueLoader((ids) => timeEntries.approvedMinutesByStudentIds(ids, schoolYear), 0));
