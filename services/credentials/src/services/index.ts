import type { CredentialsSettings } from '../config/credentials-settings';
import type { CredentialsRepositories } from '../repositories';
import { AwardService } from './award.service';
import { BadgeService } from './badge.service';
import { CredentialService } from './credential.service';
import { EarlyCollegeService } from './early-college.service';
import { ReadinessService } from './readiness.service';

export function createCredentialsServices(repositories: CredentialsRepositories, config: CredentialsSettings) {
  return {
    credentials: new CredentialService(repositories),
    awards: new AwardService(repositories),
    readiness: new ReadinessService(repositories),
    earlyCollege: new EarlyCollegeService(config, repositories.reporting),
    badges: new BadgeService(repositories.awards, config.badgeIdentitySalt, config.badgeIssuer),
  };
}

export type CredentialsServices = ReturnType<typeof createCredentialsServices>;
