import { bulkInsert, type Logger } from '@careergraph/kit';
import { DEMO_STUDENTS_OPTIONS, type DemoProgram, generateStudentsWorld, type StudentsWorldOptions } from '@careergraph/demo-data';
import type { DataSource } from 'typeorm';
import {
  CourseCompletionEntity,
  ProgramEnrollmentEntity,
  ProgramEntity,
  ProgramSchoolEntity,
  SchoolEntity,
  StudentEntity,
} from '../entities';

/**
 * Loads the students slice of the demo world in one transaction, once: a schema that already has
 * schools is left alone, so a restart keeps whatever the demo user changed.
 */
export async function seedStudentsDemo(dataSource: DataSource, logger: Logger, options: StudentsWorldOptions = DEMO_STUDENTS_OPTIONS): Promise<boolean> {
  if ((await dataSource.getRepository(SchoolEntity).count()) > 0) return false;
  const world = generateStudentsWorld(options);
  await dataSource.transaction(async (manager) => {
    await bulkInsert(manager, SchoolEntity, world.schools as SchoolEntity[]);
    await bulkInsert(manager, ProgramEntity, world.programs.map(({ courses: _courses, ...program }: DemoProgram) => program) as ProgramEntity[]);
    await bulkInsert(manager, ProgramSchoolEntity, world.offerings as ProgramSchoolEntity[]);
    await bulkInsert(manager, StudentEntity, world.students as StudentEntity[]);
    await bulkInsert(manager, ProgramEnrollmentEntity, world.enrollments as ProgramEnrollmentEntity[]);
    await bulkInsert(manager, CourseCompletionEntity, world.completions as CourseCompletionEntity[]);
  });
  logger.info(
    { schools: world.schools.length, students: world.students.length, enrollments: world.enrollments.length },
    'demo data seeded',
  );
  return true;

}
