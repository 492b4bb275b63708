import { StudentReportingSnapshotColumns } from '@careergraph/kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A placement's reporting snapshot (analytics only; see docs/analytics.md). */
@Entity({ name: 'placement_reporting_snapshots' })
export class PlacementReportingSnapshotEntity extends StudentReportingSnapshotColumns {
  @PrimaryColumn({ name: 'placement_id', type: 'uuid' })
  placementId: string;

  @Column({ name: 'wbl_continuum_type', type: 'text' })
  wblContinuumType: string;

  @Column({ name: 'wbl_ceds_type', type: 'text' })
  wblCedsType: string;

  @Column({ name: 'opportunity_career_cluster', type: 'text' })
  opportunityCareerCluster: string;

  @Column({ type: 'text' })
  industry: string;
}
