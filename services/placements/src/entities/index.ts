import { EvaluationEntity } from './evaluation.entity';
import { PlacementStatusChangeEntity } from './placement-status-change.entity';
import { PlacementEntity } from './placement.entity';
import { ReflectionEntity } from './reflection.entity';
import { TimeEntryEntity } from './time-entry.entity';

export { EvaluationEntity, PlacementEntity, PlacementStatusChangeEntity, ReflectionEntity, TimeEntryEntity };

export const placementsEntities = [PlacementEntity, PlacementStatusChangeEntity, TimeEntryEntity, EvaluationEntity, ReflectionEntity];
