import { AgreementSignatureEntity } from './agreement-signature.entity';
import { EvaluationEntity } from './evaluation.entity';
import { GuardianSigningLinkEntity } from './guardian-signing-link.entity';
import { PlacementAuditEventEntity } from './placement-audit-event.entity';
import { PlacementReportingSnapshotEntity } from './placement-reporting-snapshot.entity';
import { PlacementStatusChangeEntity } from './placement-status-change.entity';
import { PlacementEntity } from './placement.entity';
import { ReflectionEntity } from './reflection.entity';
import { TimeEntryEntity } from './time-entry.entity';
import { TrainingAgreementEntity } from './training-agreement.entity';

export {
  AgreementSignatureEntity,
  GuardianSigningLinkEntity,
  TrainingAgreementEntity,
  EvaluationEntity,
  PlacementAuditEventEntity,
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
  PlacementAuditEventEntity,
  PlacementReportingSnapshotEntity,
  TrainingAgreementEntity,
  AgreementSignatureEntity,
  GuardianSigningLinkEntity,
];
