import { entityLoader } from '@careergraph/kit';
import type { WorksiteRepository } from '../repositories/worksite.repository';

export const worksiteByIdLoader = (worksites: WorksiteRepository) => entityLoader((ids) => worksites.findByIds(ids));
