import { entityLoader } from '@careergraph/kit';
import type { SchoolRepository } from '../repositories/school.repository';

export const schoolByIdLoader = (schools: SchoolRepository) => entityLoader((ids) => schools.findByIds(ids));
