import { numericColumn } from '@careergraph/kit';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Ed-Fi CourseTranscript, reduced to what Perkins participant/concentrator status needs. */
@Entity({ name: 'course_completions' })
export class CourseCompletionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'enrollment_id', type: 'uuid' })
  enrollmentId: string;

  @Column({ name: 'course_code', type: 'text' })
  courseCode: string;

  @Column({ name: 'course_title', type: 'text' })
  courseTitle: string;

  @Column({ name: 'completed_on', type: 'date' })
  completedOn: string;

  @Column({
    name: 'earned_credits',
    type: 'numeric',
    precision: 4,
    scale: 2,
    transformer: numericColumn,
  })
  earnedCredits: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
