import { numericColumn } from '@careergraph/kit';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { UpdatedAtColumn } from './updated-at.column';

export type PlacementStatus = 'APPLIED' | 'OFFERED' | 'ACCEPTED' | 'ACTIVE' | 'COMPLETED' | 'DECLINED' | 'WITHDRAWN' | 'TERMINATED';
export type CompensationKind = 'WAGE' | 'STIPEND' | 'UNPAID';
export type TransportationSupport = 'NONE' | 'TRANSIT_PASS' | 'DISTRICT_TRANSPORT' | 'MILEAGE_REIMBURSEMENT';
export type Department = 'CTE' | 'ROADMAP' | 'TRADES';
export type StudentContactDetail = 'EMAIL' | 'PHONE';
export type Weekday = 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';

/** When a student applying can work, beyond the placement's dates: what a partner needs to schedule them. */
export interface Availability {
  weekdays: Weekday[];
  hoursPerWeek: number;
  notes: string | null;
}

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

  /** Null only for a student's application not offered yet (the partner assigns one with the offer). */
  @Column({ name: 'supervisor_id', type: 'uuid', nullable: true })
  supervisorId: string | null;

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

  /** The student's own words when they applied themselves; null for placements staff created. */
  @Column({ name: 'application_statement', type: 'text', nullable: true })
  applicationStatement: string | null;

  /** The student's availability when they applied themselves; null for placements staff created. */
  @Column({ type: 'jsonb', nullable: true })
  availability: Availability | null;

  /** The student's idempotency key for the application, so a retried applyToOpportunity returns it. */
  @Column({ name: 'application_key', type: 'text', nullable: true })
  applicationKey: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
