import type { DataSource } from 'typeorm';
import { CareerInterestsRepository } from './career-interests.repository';
import { DisclosureRepository } from './disclosure.repository';
import { EnrollmentRepository } from './enrollment.repository';
import { ProgramRepository } from './program.repository';
import { ReportingRepository } from './reporting.repository';
import { SchoolRepository } from './school.repository';
import { StudentRepository } from './student.repository';

export function createStudentsRepositories(dataSource: DataSource) {
  return {
    schools: new SchoolRepository(dataSource),
    students: new StudentRepository(dataSource),
    programs: new ProgramRepository(dataSource),
    enrollments: new EnrollmentRepository(dataSource),
    disclosures: new DisclosureRepository(dataSource),
    careerInterests: new CareerInterestsRepository(dataSource),
    reporting: new ReportingRepository(dataSource),
  };
}

export type StudentsRepositories = ReturnType<typeof createStudentsRepositories>;
