import { type MetricFamilySpec, SNAPSHOT_FACT_COLUMNS, STUDENT_DIMENSIONS } from '@careergraph/kit';
import { ENGAGED_STATUSES } from '../repositories/reporting.repository';

/**
 * Work-based learning per school year: one fact per placement that reached ACTIVE, reported under
 * its snapshot, with the approved hours of its time entries.
 */
export const workBasedLearningFamily: MetricFamilySpec = {
  name: 'workBasedLearning',
  dimensions: [...STUDENT_DIMENSIONS, 'SCHOOL', 'WBL_CONTINUUM_TYPE', 'WBL_CEDS_TYPE', 'INDUSTRY', 'CAREER_CLUSTER'],
  facts: (param) => `
    SELECT p.school_year, p.id AS placement_id, p.student_id, p.partner_id, p.status, ${SNAPSHOT_FACT_COLUMNS},
      s.wbl_continuum_type AS d_wbl_continuum_type, s.wbl_ceds_type AS d_wbl_ceds_type, s.industry AS d_industry,
      s.opportunity_career_cluster AS d_career_cluster, coalesce(h.minutes, 0) / 60.0 AS approved_hours
    FROM placements.placements p
    JOIN placements.placement_reporting_snapshots s ON s.placement_id = p.id
    LEFT JOIN LATERAL (
      SELECT sum(t.duration_minutes) AS minutes FROM placements.time_entries t WHERE t.placement_id = p.id AND t.status = 'APPROVED'
    ) h ON true
    WHERE p.status = ANY(${param([...ENGAGED_STATUSES])}::text[])`,
  measures: [
    { name: 'studentsEngaged', kind: 'students' },
    { name: 'hoursApproved', kind: 'sum', expr: 'f.approved_hours', guard: 'studentsEngaged' },
    // Completions disclose a group of their own students, so they are guarded by that group.
    { name: 'studentsCompleting', kind: 'students', where: `f.status = 'COMPLETED'` },
    { name: 'placementsCompleted', kind: 'distinct', expr: 'f.placement_id', where: `f.status = 'COMPLETED'`, guard: 'studentsCompleting' },
    { name: 'partnersHosting', kind: 'distinct', expr: 'f.partner_id', guard: 'studentsEngaged' },
  ],
};
