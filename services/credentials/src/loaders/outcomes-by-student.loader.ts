import DataLoader from 'dataloader';
import { parseSchoolYear } from '@careergraph/kit';
import type { ReportingRepository, StudentOutcomeRow } from '../repositories/reporting.repository';

/** One loader per school year: each student's outcomes by the year's end, one statement per batch (null: no awards). */
export function outcomesByStudentLoader(reporting: ReportingRepository) {
  const loaders = new Map<string, DataLoader<string, StudentOutcomeRow | null>>();
  return (schoolYear: string) => {
    const year = parseSchoolYear('schoolYear', schoolYear);
    if (!loaders.has(year.id)) {
      loaders.set(
        year.id,
        new DataLoader<string, StudentOutcomeRow | null>(async (ids) => {
          const rows = await reporting.outcomesByStudent(ids, year.lastDay);
          return ids.map((id) => rows.get(id) ?? null);
        }),
      );
    }
    return loaders.get(year.id)!;
  };
}
