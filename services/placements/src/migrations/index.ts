import { CreatePlacementsSchema1763900000000 } from './1763900000000-create-placements-schema';
import { IndexOpportunityPlacementsOrder1764000000000 } from './1764000000000-index-opportunity-placements-order';
import { SnapshotPlacementProgram1765100000000 } from './1765100000000-snapshot-placement-program';
import { TrainingAgreementSharedContact1765100100000 } from './1765100100000-training-agreement-shared-contact';
import { CreatePlacementsAuditEvents1765100200000 } from './1765100200000-create-placements-audit-events';
import { CreatePlacementReportingSnapshots1766000000000 } from './1766000000000-create-placement-reporting-snapshots';
import { CoverTimeEntryHours1767000000000 } from './1767000000000-cover-time-entry-hours';
import { CreatePlacementsOutbox1769300000000 } from './1769300000000-create-placements-outbox';
import { TrackChanges1769400000000 } from './1769400000000-track-changes';
import { CreateTrainingAgreements1769600000000 } from './1769600000000-create-training-agreements';
import { StudentApplications1769500000000 } from './1769500000000-student-applications';
import { PlacementsOutboxAudience1769800000000 } from './1769800000000-outbox-audience';
import { SumApprovedMinutes1769900000000 } from './1769900000000-sum-approved-minutes';

/** In order; a new migration is appended here. */
export const placementsMigrations = [
  CreatePlacementsSchema1763900000000,
  IndexOpportunityPlacementsOrder1764000000000,
  SnapshotPlacementProgram1765100000000,
  TrainingAgreementSharedContact1765100100000,
  CreatePlacementsAuditEvents1765100200000,
  CreatePlacementReportingSnapshots1766000000000,
  CoverTimeEntryHours1767000000000,
  CreatePlacementsOutbox1769300000000,
  TrackChanges1769400000000,
  StudentApplications1769500000000,
  CreateTrainingAgreements1769600000000,
  PlacementsOutboxAudience1769800000000,
  SumApprovedMinutes1769900000000,
];
