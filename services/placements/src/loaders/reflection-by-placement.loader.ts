import { entityLoader } from '@careergraph/kit';
import type { EvaluationRepository } from '../repositories/evaluation.repository';

export const reflectionByPlacementLoader = (evaluations: EvaluationRepository) =>
  entityLoader((ids) => evaluations.reflectionsByPlacementIds(ids), (reflection) => reflection.placementId);
