import type { PlacementsSettings } from '../config/placements-settings';
import type { PlacementsRepositories } from '../repositories';
import { EvaluationService } from './evaluation.service';
import { PlacementService } from './placement.service';
import { TimeEntryService } from './time-entry.service';
import { TrainingAgreementService } from './training-agreement.service';

export function createPlacementsServices(repositories: PlacementsRepositories, settings: PlacementsSettings) {
  const agreements = new TrainingAgreementService(repositories, settings);
  return {
    agreements,
    placements: new PlacementService(repositories, settings, agreements),
    timeEntries: new TimeEntryService(repositories, settings),
    evaluations: new EvaluationService(repositories),
  };
}

export type PlacementsServices = ReturnType<typeof createPlacementsServices>;
