import type { DataSource } from 'typeorm';
import { AwardRepository } from './award.repository';
import { CredentialRepository } from './credential.repository';
import { ReadinessRepository } from './readiness.repository';

export function createCredentialsRepositories(dataSource: DataSource) {
  return {
    credentials: new CredentialRepository(dataSource),
    awards: new AwardRepository(dataSource),
    readiness: new ReadinessRepository(dataSource),
  };
}

export type CredentialsRepositories = ReturnType<typeof createCredentialsRepositories>;
