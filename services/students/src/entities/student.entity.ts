import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { DirectoryInformationCategory, DisabilityPlan, Gender, RaceEthnicity, StudentEnrollmentStatus } from '../generated/graphql';

@Entity({ name: 'students' })
export class StudentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'district_student_id', type: 'text' })
  districtStudentId: string;

  @Column({ name: 'legal_first_name', type: 'text' })
  legalFirstName: string;

  @Column({ name: 'legal_last_name', type: 'text' })
  legalLastName: string;

  @Column({ name: 'preferred_name', type: 'text', nullable: true })
  preferredName: string | null;

  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth: string;

  @Column({ name: 'grade_level', type: 'smallint' })
  gradeLevel: number;

  @Column({ type: 'smallint' })
  cohort: number;

  /** ENROLLED, GRADUATED or WITHDRAWN (a graduate's or leaver's gradeLevel and school are the last ones attended). */
  @Column({ name: 'enrollment_status', type: 'text', default: 'ENROLLED' })
  enrollmentStatus: StudentEnrollmentStatus;

  /** The student information system's OneRoster `sourcedId`, for students it rostered. */
  @Column({ name: 'sourced_id', type: 'text', nullable: true })
  sourcedId: string | null;

  @Column({ name: 'school_id', type: 'uuid' })
  schoolId: string;

  @Column({ name: 'english_learner', type: 'boolean' })
  englishLearner: boolean;

  @Column({ name: 'disability_plan', type: 'text' })
  disabilityPlan: DisabilityPlan;

  @Column({ name: 'economically_disadvantaged', type: 'boolean' })
  economicallyDisadvantaged: boolean;

  @Column({ name: 'race_ethnicity', type: 'text' })
  raceEthnicity: RaceEthnicity;

  @Column({ type: 'text' })
  gender: Gender;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ name: 'directory_opt_outs', type: 'text', array: true, default: () => "'{}'" })
  directoryOptOuts: DirectoryInformationCategory[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
