import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  CourseCompletionEntity,
  ProgramEnrollmentEntity,
  ProgramEntity,
  ProgramSchoolEntity,
  SchoolEntity,
  StudentEntity,
} from '../src/entities';

let sequence = 0;
const next = () => ++sequence;

/** Small factories: each makes one valid row with overridable fields, and saves it. */
export function studentsFactories(dataSource: DataSource) {
  return {
    async school(overrides: Partial<SchoolEntity> = {}): Promise<SchoolEntity> {
      const n = next();
      return dataSource.getRepository(SchoolEntity).save({
        id: randomUUID(),
        name: `Test High School ${n}`,
        districtSchoolId: `T${n}`,
        network: 'Test Network',
        kind: 'HIGH',
        gradeLow: 9,
        gradeHigh: 12,
        street: `${n} Test St`,
        city: 'Chicago',
        state: 'IL',
        postalCode: '60601',
        ...overrides,
      });
    },

    async program(schools: SchoolEntity[], overrides: Partial<ProgramEntity> = {}): Promise<ProgramEntity> {
      const program = await dataSource.getRepository(ProgramEntity).save({
        id: randomUUID(),
        name: `Test Program ${next()}`,
        careerCluster: 'MANUFACTURING',
        cipCode: '48.0508',
        department: 'CTE',
        ...overrides,
      });
      await dataSource
        .getRepository(ProgramSchoolEntity)
        .save(schools.map((school) => ({ programId: program.id, schoolId: school.id })));
      return program;
    },

    async student(school: SchoolEntity, overrides: Partial<StudentEntity> = {}): Promise<StudentEntity> {
      const n = next();
      return dataSource.getRepository(StudentEntity).save({
        id: randomUUID(),
        districtStudentId: `S${n}`,
        legalFirstName: `First${n}`,
        legalLastName: `Last${n}`,
        preferredName: null,
        dateOfBirth: '2009-05-01',
        gradeLevel: 11,
        cohort: 2028,
        schoolId: school.id,
        englishLearner: false,
        disabilityPlan: 'NONE',
        economicallyDisadvantaged: true,
        raceEthnicity: 'HISPANIC_OR_LATINO',
        gender: 'FEMALE',
        email: null,
        phone: null,
        directoryOptOuts: [],
        ...overrides,
      });
    },

    async enrollment(student: StudentEntity, program: ProgramEntity, overrides: Partial<ProgramEnrollmentEntity> = {}) {
      return dataSource.getRepository(ProgramEnrollmentEntity).save({
        id: randomUUID(),
        studentId: student.id,
        programId: program.id,
        schoolYear: '2025-2026',
        beginDate: '2025-08-25',
        endDate: null,
        exitReason: null,
        ...overrides,
      });
    },

    async completion(enrollment: ProgramEnrollmentEntity, overrides: Partial<CourseCompletionEntity> = {}) {
      return dataSource.getRepository(CourseCompletionEntity).save({
        id: randomUUID(),
        enrollmentId: enrollment.id,
        courseCode: `C-${next()}`,
        courseTitle: 'Course',
        completedOn: '2025-12-18',
        earnedCredits: 1,
        ...overrides,
      });
    },
  };
}
