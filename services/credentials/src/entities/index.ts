import { AuditEventEntity } from '@careergraph/kit';
import { AwardReportingSnapshotEntity } from './award-reporting-snapshot.entity';
import { CredentialAwardEntity } from './credential-award.entity';
import { CredentialEntity } from './credential.entity';
import { ReadinessDeterminationEntity } from './readiness-determination.entity';
import { ReadinessReportingSnapshotEntity } from './readiness-reporting-snapshot.entity';

export { AwardReportingSnapshotEntity, CredentialAwardEntity, CredentialEntity, ReadinessDeterminationEntity, ReadinessReportingSnapshotEntity };

export const credentialsEntities = [
  CredentialEntity,
  CredentialAwardEntity,
  ReadinessDeterminationEntity,
  AuditEventEntity,
  AwardReportingSnapshotEntity,
  ReadinessReportingSnapshotEntity,
];
