import type { DataSource } from 'typeorm';
import { EnrollmentRepository } from './enrollment.repository';
import { ProgramRepository } from './program.repository';
import { SchoolRepository } from './school.repository';
import { StudentRepository } from './student.repository';

export function createStudentsRepositories(dataSource: DataSource) {
  return {
    schools: new SchoolRepository(dataSource),
    students: new StudentRepository(dataSource),
    programs: new ProgramRepository(dataSource),
    enrollments: new EnrollmentRepository(dataSource),
  };
}

export type StudentsRepositories = ReturnType<typeof createStudentsRepositories>;
