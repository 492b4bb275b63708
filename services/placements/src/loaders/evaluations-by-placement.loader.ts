import { groupLoader } from '@careergraph/kit';
import type { EvaluationRepository } from '../repositories/evaluation.repository';
import { perArgument } from './per-argument';

/** Keyed by `changedSince` as ISO-8601 (null: every evaluation). */
export const evaluationsByPlacementLoader = (evaluations: EvaluationRepository) =>
  perArgument((changedSince) =>
    groupLoader(
      (ids) => evaluations.evaluationsByPlacementIds(ids, changedSince === null ? null : new Date(changedSince)),
      (evaluation) => evaluation.placementId,
    ),
  );
