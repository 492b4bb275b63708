import { bulkInsert, copyLoader, type LoadProgress, type Logger, type RowLoader } from '@careergraph/kit';
import {
  DEMO_STUDENTS_OPTIONS,
  type DemoProgram,
  generateCareerInterests,
  generateStudentsWorld,
  type StudentsWorld,
  type StudentsWorldOptions,
  worldFoundation,
} from '@careergraph/demo-data';
import type { DataSource } from 'typeorm';
import {
  CareerInterestsEntity,
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
  await loadStudentsWorld(dataSource, world, bulkInsert);
  logger.info(
    { schools: world.schools.length, students: world.students.length, enrollments: world.enrollments.length },
    'demo data seeded',
  );
  return true;
}

/** The students slice of the district-scale world, through COPY. */
export async function seedStudentsDistrict(dataSource: DataSource, logger: Logger, progress?: LoadProgress): Promise<boolean> {
  if ((await dataSource.getRepository(SchoolEntity).count()) > 0) return false;
  const world = worldFoundation('district').students;
  await loadStudentsWorld(dataSource, world, copyLoader(progress));
  logger.info(
    { schools: world.schools.length, students: world.students.length, enrollments: world.enrollments.length, completions: world.completions.length },
    'district data seeded',
  );
  return true;
}

async function loadStudentsWorld(dataSource: DataSource, world: StudentsWorld, load: RowLoader): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await load(manager, SchoolEntity, world.schools as SchoolEntity[]);
    await load(manager, ProgramEntity, world.programs.map(({ courses: _courses, ...program }: DemoProgram) => program) as ProgramEntity[]);
    await load(manager, ProgramSchoolEntity, world.offerings as ProgramSchoolEntity[]);
    await load(manager, StudentEntity, world.students as StudentEntity[]);
    await load(manager, ProgramEnrollmentEntity, world.enrollments as ProgramEnrollmentEntity[]);
    await load(manager, CourseCompletionEntity, world.completions as CourseCompletionEntity[]);
    await load(manager, CareerInterestsEntity, generateCareerInterests(world) as CareerInterestsEntity[]);
  });
}
