import { AuditEventEntity } from './audit-event.entity';
import { EvaluationEntity } from './evaluation.entity';
import { PlacementReportingSnapshotEntity } from './placement-reporting-snapshot.entity';
import { PlacementStatusChangeEntity } from './placement-status-change.entity';
import { PlacementEntity } from './placement.entity';
import { ReflectionEntity } from './reflection.entity';
import { TimeEntryEntity } from './time-entry.entity';

export {
  AuditEventEntity,
  EvaluationEntity,
  PlacementEntity,
  PlacementReportingSnapshotEntity,
  PlacementStatusChangeEntity,
  ReflectionEntity,
  TimeEntryEntity,
};

export const placementsEntities = [
  PlacementEntity,
  PlacementStatusChangeEntity,
  TimeEntryEntity,
  EvaluationEntity,
  ReflectionEntity,
  AuditEventEntity,
  PlacementReportingSnapshotEntity,
];
