import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An award's reporting snapshot (analytics only; see docs/analytics.md). */
@Entity({ name: 'award_reporting_snapshots' })
export class AwardReportingSnapshotEntity {
  @PrimaryColumn({ name: 'award_id', type: 'uuid' })
  awardId: string;

  @Column({ name: 'school_id', type: 'uuid' })
  schoolId: string;

  @Column({ name: 'school_year', type: 'text' })
  schoolYear: string;

  @Column({ name: 'grade_level', type: 'smallint' })
  gradeLevel: number;

  @Column({ name: 'economically_disadvantaged', type: 'boolean' })
  economicallyDisadvantaged: boolean;

  @Column({ name: 'race_ethnicity', type: 'text' })
  raceEthnicity: string;

  @Column({ type: 'text' })
  gender: string;

  @Column({ name: 'english_learner', type: 'boolean' })
  englishLearner: boolean;

  @Column({ name: 'disability_plan', type: 'text' })
  disabilityPlan: string;

  @Column({ name: 'program_ids', type: 'uuid', array: true })
  programIds: string[];

  @Column({ type: 'text', array: true })
  departments: string[];

  @Column({ name: 'career_clusters', type: 'text', array: true })
  careerClusters: string[];
}
