import { CreateCredentialsSchema1764000000000 } from './1764000000000-create-credentials-schema';
import { CreateCredentialsAuditEvents1765200000000 } from './1765200000000-create-credentials-audit-events';
import { AddCredentialAwardsDepartment1765200000001 } from './1765200000001-add-credential-awards-department';
import { CreateReportingSnapshots1766100000000 } from './1766100000000-create-reporting-snapshots';
import { AddBadgeStatusIndex1766500000000 } from './1766500000000-add-badge-status-index';
import { CreateCredentialsOutbox1769300000000 } from './1769300000000-create-credentials-outbox';
import { CredentialsOutboxAudience1769800000000 } from './1769800000000-outbox-audience';

/** In order; a new migration is appended here. */
export const credentialsMigrations = [
  CreateCredentialsSchema1764000000000,
  CreateCredentialsAuditEvents1765200000000,
  AddCredentialAwardsDepartment1765200000001,
  CreateReportingSnapshots1766100000000,
  AddBadgeStatusIndex1766500000000,
  CreateCredentialsOutbox1769300000000,
  CredentialsOutboxAudience1769800000000,
];
