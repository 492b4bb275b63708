import type { ExperiencesRepositories } from '../repositories';
import { AttendanceService } from './attendance.service';
import { ExperienceService } from './experience.service';
import { RegistrationService } from './registration.service';

export function createExperiencesServices(repositories: ExperiencesRepositories) {
  const experiences = new ExperienceService(repositories);
  return {
    experiences,
    registrations: new RegistrationService(repositories, experiences),
    attendance: new AttendanceService(repositories, experiences),
  };
}

export type ExperiencesServices = ReturnType<typeof createExperiencesServices>;
