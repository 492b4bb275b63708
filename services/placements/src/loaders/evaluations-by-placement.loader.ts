import { groupLoader } from '@careergraph/kit';
import type { EvaluationRepository } from '../repositories/evaluation.repository';

export const evaluationsByPlacementLoader = (evaluations: EvaluationRepository) =>
  groupLoader((ids) => evaluations.evaluationsByPlacementIds(ids), (evaluation) => evaluation.placementId);
