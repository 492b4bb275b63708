import { groupLoader } from '@careergraph/kit';
import type { ProgramRepository } from '../repositories/program.repository';

/** Ids of the programs each school offers; the programs themselves come from programById. */
export const programIdsBySchoolLoader = (programs: ProgramRepository) =>
  groupLoader(
    (schoolIds) => programs.offeringsForSchools(schoolIds),
    (offering) => offering.schoolId,
  );
