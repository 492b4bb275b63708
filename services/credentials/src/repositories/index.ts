import { AuditEventReader, UnitOfWork } from '@careergraph/kit';
import type { DataSource } from 'typeorm';
import { AwardRepository } from './award.repository';
import { CredentialRepository } from './credential.repository';
import { ReadinessRepository } from './readiness.repository';
import { ReportingRepository } from './reporting.repository';

export function createCredentialsRepositories(dataSource: DataSource) {
  return {
    unitOfWork: new UnitOfWork(dataSource, 'credentials'),
    credentials: new CredentialRepository(dataSource),
    awards: new AwardRepository(dataSource),
    readiness: new ReadinessRepository(dataSource),
    auditEvents: new AuditEventReader(dataSource),
    reporting: new ReportingRepository(dataSource),
  };
}

export type CredentialsRepositories = ReturnType<typeof createCredentialsRepositories>;
