import DataLoader from 'dataloader';
import { parseSchoolYear } from '@careergraph/kit';
import type { ReportingRepository } from '../repositories/reporting.repository';
import { perArgument } from './per-argument';

/** Keyed by school year: whether each student took part in work-based learning by its end (Perkins 5S3). */
export const workBasedLearningByStudentLoader = (reporting: ReportingRepository) =>
  perArgument((schoolYear) => {
    const lastDay = parseSchoolYear('schoolYear', schoolYear ?? '').lastDay;
    return new DataLoader<string, boolean>(async (ids) => {
      const engaged = await reporting.studentsWithWorkBasedLearning(ids, lastDay);
      return ids.map((id) => engaged.has(id));
    });
  });
