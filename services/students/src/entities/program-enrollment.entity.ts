import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Ed-Fi StudentCTEProgramAssociation: one student in one program for one school year. */
@Entity({ name: 'program_enrollments' })
export class ProgramEnrollmentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'student_id', type: 'uuid' })
  studentId: string;

  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Column({ name: 'school_year', type: 'text' })
  schoolYear: string;

  @Column({ name: 'begin_date', type: 'date' })
  beginDate: string;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Column({ name: 'exit_reason', type: 'text', nullable: true })
  exitReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
