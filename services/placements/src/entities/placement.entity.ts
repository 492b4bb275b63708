import { numericColumn } from '@careergraph/kit';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { UpdatedAtColumn } from './updated-at.column';

export type PlacementStatus = 'APPLIED' | 'OFFERED' | 'ACCEPTED' | 'ACTIVE' | 'COMPLETED' | 'DECLINED' | 'WITHDRAWN' | 'TERMINATED';
export type CompensationKind = 'WAGE' | 'STIPEND' | 'UNPAID';
export type TransportationSupport = 'NONE' | 'TRANSIT_PASS' | 'DISTRICT_TRANSPORT' | 'MILEAGE_REIMBURSEMENT';
export type Department = 'CTE' | 'ROADMAP' | 'TRADES';
export type StudentContactDetail = 'EMAIL' | 'PHONE';

/** One student on one opportunity; partner, worksite, school, program, department and pay are snapshots taken at creation. */
@Entity({ name: 'placements' })
export class PlacementEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'student_id', type: 'uuid' })
  studentId: string;

  @Column({ name: 'opportunity_id', type: 'uuid' })
  opportunityId: string;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @Column({ name: 'worksite_id', type: 'uuid', nullable: true })
  worksiteId: string | null;

  @Column({ name: 'supervisor_id', type: 'uuid' })
  supervisorId: string;

  @Column({ name: 'school_id', type: 'uuid' })
  schoolId: string;

  /** Null when the opportunity serves no program, or the placement predates the snapshot. */
  @Column({ name: 'program_id', type: 'uuid', nullable: true })
  programId: string | null;

  /** The program's department, which DEPARTMENT_STAFF reach placements by; null with programId. */
  @Column({ type: 'text', nullable: true })
  department: Department | null;

  @Column({ name: 'school_year', type: 'text' })
  schoolYear: string;

  @Column({ type: 'text' })
  status: PlacementStatus;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

  @Column({ name: 'planned_hours', type: 'numeric', precision: 6, scale: 2, transformer: numericColumn })
  plannedHours: number;

  @Column({ name: 'compensation_kind', type: 'text' })
  compensationKind: CompensationKind;

  @Column({
    name: 'hourly_rate',
    type: 'numeric',
    precision: 6,
    scale: 2,
    nullable: true,
    transformer: numericColumn,
  })
  hourlyRate: number | null;

  @Column({ name: 'transportation_support', type: 'text' })
  transportationSupport: TransportationSupport;

  @Column({ name: 'agreement_signed_on', type: 'date', nullable: true })
  agreementSignedOn: string | null;

  @Column({ name: 'parent_consent_on', type: 'date', nullable: true })
  parentConsentOn: string | null;

  @Column({ name: 'employment_certificate_on', type: 'date', nullable: true })
  employmentCertificateOn: string | null;

  @Column({
    name: 'weekly_hour_cap',
    type: 'numeric',
    precision: 4,
    scale: 1,
    nullable: true,
    transformer: numericColumn,
  })
  weeklyHourCap: number | null;

  /** What the training agreement lets the host partner see of the student's contact details. */
  @Column({ name: 'shared_student_contact', type: 'text', array: true, default: () => "'{}'" })
  sharedStudentContact: StudentContactDetail[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
