import { entityLoader } from '@careergraph/kit';
import type { ProgramRepository } from '../repositories/program.repository';

export const programByIdLoader = (programs: ProgramRepository) => entityLoader((ids) => programs.findByIds(ids));
