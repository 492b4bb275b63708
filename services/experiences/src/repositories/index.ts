import { UnitOfWork } from '@careergraph/kit';
import type { DataSource } from 'typeorm';
import { AttendanceRepository } from './attendance.repository';
import { ExperienceRepository } from './experience.repository';
import { RegistrationRepository } from './registration.repository';
import { ReportingRepository } from './reporting.repository';
import { TeamRepository } from './team.repository';

export function createExperiencesRepositories(dataSource: DataSource) {
  return {
    unitOfWork: new UnitOfWork(dataSource, 'experiences'),
    experiences: new ExperienceRepository(dataSource),
    registrations: new RegistrationRepository(dataSource),
    attendance: new AttendanceRepository(dataSource),
    teams: new TeamRepository(dataSource),
    reporting: new ReportingRepository(dataSource),
  };
}

export type ExperiencesRepositories = ReturnType<typeof createExperiencesRepositories>;
