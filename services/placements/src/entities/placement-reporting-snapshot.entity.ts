import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A placement's reporting snapshot (analytics only; see docs/analytics.md). */
@Entity({ name: 'placement_reporting_snapshots' })
export class PlacementReportingSnapshotEntity {
  @PrimaryColumn({ name: 'placement_id', type: 'uuid' })
  placementId: string;

  @Column({ name: 'school_id', type: 'uuid' })
  schoolId: string;

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

  @Column({ name: 'wbl_continuum_type', type: 'text' })
  wblContinuumType: string;

  @Column({ name: 'wbl_ceds_type', type: 'text' })
  wblCedsType: string;

  @Column({ name: 'opportunity_career_cluster', type: 'text' })
  opportunityCareerCluster: string;

  @Column({ type: 'text' })
  industry: string;
}
