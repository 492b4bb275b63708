import { valueLoader } from '@careergraph/kit';
import type { AwardRepository } from '../repositories/award.repository';

/** Early college credit hours per student, summed in one SQL statement per batch. */
export const creditHoursByStudentLoader = (awards: AwardRepository) =>
  valueLoader((studentIds) => awards.earlyCollegeCreditHours(studentIds), 0);
