import { groupLoader } from '@careergraph/kit';
import type { ProgramRepository } from '../repositories/program.repository';

/** Ids of the schools offering each program; the schools themselves come from schoolById. */
export const schoolIdsByProgramLoader = (programs: ProgramRepository) =>
  groupLoader(
    (programIds) => programs.offeringsForPrograms(programIds),
    (offering) => offering.programId,
  );
