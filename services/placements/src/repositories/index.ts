import { UnitOfWork } from '@careergraph/kit';
import type { DataSource } from 'typeorm';
import { AuditEventRepository } from './audit-event.repository';
import { EvaluationRepository } from './evaluation.repository';
import { PlacementRepository } from './placement.repository';
import { ReportingRepository } from './reporting.repository';
import { type PayPeriods, StipendRepository } from './stipend.repository';
import { TimeEntryRepository } from './time-entry.repository';
import { TrainingAgreementRepository } from './training-agreement.repository';

export function createPlacementsRepositories(dataSource: DataSource, payPeriods: PayPeriods) {
  return {
    unitOfWork: new UnitOfWork(dataSource, 'placements'),
    placements: new PlacementRepository(dataSource),
    timeEntries: new TimeEntryRepository(dataSource),
    evaluations: new EvaluationRepository(dataSource),
    stipends: new StipendRepository(dataSource, payPeriods),
    auditEvents: new AuditEventRepository(dataSource),
    reporting: new ReportingRepository(dataSource),
    agreements: new TrainingAgreementRepository(dataSource),
  };
}

export type PlacementsRepositories = ReturnType<typeof createPlacementsRepositories>;
