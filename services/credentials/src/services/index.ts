import type { EntityClients } from '../clients';
import type { CredentialsConfig } from '../config';
import type { CredentialsRepositories } from '../repositories';
import { AwardService } from './award.service';
import { BadgeService } from './badge.service';
import { CredentialService } from './credential.service';
import { EarlyCollegeService } from './early-college.service';
import { ReadinessService } from './readiness.service';
import { StudentDirectory } from './student-directory';

export function createCredentialsServices(repositories: CredentialsRepositories, config: CredentialsConfig, clients: EntityClients) {
  const students = new StudentDirectory(clients.students);
  return {
    credentials: new CredentialService(repositories),
    awards: new AwardService(repositories, students),
    readiness: new ReadinessService(repositories, students),
    earlyCollege: new EarlyCollegeService(config, repositories.reporting),
    badges: new BadgeService(repositories.awards, config.badgeIdentitySalt, config.badgeIssuer),
  };
}

export type CredentialsServices = ReturnType<typeof createCredentialsServices>;
