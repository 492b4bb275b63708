import { valueLoader } from '@careergraph/kit';
import type { CareerInterestsEntity } from '../entities/career-interests.entity';
import type { CareerInterestsRepository } from '../repositories/career-interests.repository';

export const careerInterestsByStudentLoader = (careerInterests: CareerInterestsRepository) =>
  valueLoader<CareerInterestsEntity | null>((ids) => careerInterests.findByStudentIds(ids), null);
