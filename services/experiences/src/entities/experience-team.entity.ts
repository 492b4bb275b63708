import { numericColumn } from '@careergraph/kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A team of a team challenge and its result; its members are experience_team_members rows. */
@Entity({ name: 'experience_teams' })
export class ExperienceTeamEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'experience_id', type: 'uuid' })
  experienceId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'integer', nullable: true })
  rank: number | null;

  @Column({ type: 'numeric', precision: 10, scale: 2, nullable: true, transformer: numericColumn })
  score: number | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;
}

/** A student on a team (one team per student and challenge). */
@Entity({ name: 'experience_team_members' })
export class ExperienceTeamMemberEntity {
  @PrimaryColumn({ name: 'experience_id', type: 'uuid' })
  experienceId: string;

  @PrimaryColumn({ name: 'student_id', type: 'uuid' })
  studentId: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;
}
