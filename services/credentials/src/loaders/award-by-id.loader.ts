import { entityLoader } from '@careergraph/kit';
import type { AwardRepository } from '../repositories/award.repository';

export const awardByIdLoader = (awards: AwardRepository) => entityLoader((ids) => awards.findByIds(ids));
