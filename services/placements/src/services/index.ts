import type { PlacementsSettings } from '../config/placements-settings';
import type { PlacementsRepositories } from '../repositories';
import { EvaluationService } from './evaluation.service';
import { PlacementService } from './placement.service';
import { TimeEntryService } from './time-entry.service';

export function createPlacementsServices(repositories: PlacementsRepositories, settings: PlacementsSettings) {
  return {
    placements: new PlacementService(repositories, settings),
    timeEntries: new TimeEntryService(repositories, settings),
    evaluations: new EvaluationService(repositories),
  };
}

export type PlacementsServices = ReturnType<typeof createPlacementsServices>;
