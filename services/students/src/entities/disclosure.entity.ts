import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One entry of a student's record of disclosures (append-only; see the students README). */
@Entity({ name: 'disclosures' })
export class DisclosureEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'disclosed_at', type: 'timestamptz' })
  disclosedAt: Date;

  @Column({ name: 'request_id', type: 'text' })
  requestId: string;

  @Column({ name: 'student_id', type: 'uuid' })
  studentId: string;

  @Column({ name: 'recipient_subject', type: 'text' })
  recipientSubject: string;

  @Column({ name: 'recipient_role', type: 'text' })
  recipientRole: string;

  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  partnerId: string | null;

  @Column({ name: 'operation_name', type: 'text', nullable: true })
  operationName: string | null;

  @Column({ type: 'text', array: true })
  fields: string[];

  @Column({ name: 'placement_id', type: 'uuid', nullable: true })
  placementId: string | null;

  @Column({ type: 'boolean' })
  allowed: boolean;

  @Column({ name: 'refusal_rules', type: 'text', array: true })
  refusalRules: string[];
}
