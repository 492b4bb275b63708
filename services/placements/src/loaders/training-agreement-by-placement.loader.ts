import { entityLoader } from '@careergraph/kit';
import type { TrainingAgreementRepository } from '../repositories/training-agreement.repository';

/** Each placement's current agreement version with its signatures (null: none prepared or recorded). */
export const trainingAgreementByPlacementLoader = (agreements: TrainingAgreementRepository) =>
  entityLoader((ids) => agreements.currentByPlacementIds(ids), (current) => current.agreement.placementId);
