import { type MetricFamilySpec, SNAPSHOT_FACT_COLUMNS, STUDENT_DIMENSIONS } from '@careergraph/kit';
import { ENGAGED_STATUSES } from '../repositories/reporting.repository';
import type { AttendanceFacts } from './attendance-facts';

/** The continuum stage of an opportunity's local continuum type (a group experience has its own). */
const STAGE_OF_CONTINUUM_TYPE = `CASE s.wbl_continuum_type
    WHEN 'CAREER_AWARENESS' THEN 'AWARENESS'
    WHEN 'CAREER_EXPLORATION' THEN 'EXPLORATION'
    WHEN 'TEAM_BASED_CHALLENGE' THEN 'EXPLORATION'
    ELSE 'PREPARATION' END`;

/**
 * Work-based learning per school year: one fact per placement that reached ACTIVE, reported under
 * its snapshot, with the approved minutes a trigger keeps per placement (SumApprovedMinutes
 * migration); and one per kind of group experience a student attended under a snapshot (the
 * experiences subgraph's rows, asked before the statement, their engagements unnested here), so
 * studentsEngaged counts a student once whether engaged by a placement, an experience or both.
 * Hours, completions and partners are the placements' alone.
 */
export function workBasedLearningFamily(attendance: AttendanceFacts): MetricFamilySpec {
  return {
    name: 'workBasedLearning',
    dimensions: [...STUDENT_DIMENSIONS, 'SCHOOL', 'WBL_CONTINUUM_TYPE', 'WBL_CONTINUUM_STAGE', 'WBL_CEDS_TYPE', 'INDUSTRY', 'CAREER_CLUSTER'],
    facts: async (param, years) => `
      SELECT p.school_year, p.id AS placement_id, p.student_id, p.partner_id, p.status, ${SNAPSHOT_FACT_COLUMNS},
        s.wbl_continuum_type AS d_wbl_continuum_type, ${STAGE_OF_CONTINUUM_TYPE} AS d_wbl_continuum_stage, s.wbl_ceds_type AS d_wbl_ceds_type,
        s.industry AS d_industry, s.opportunity_career_cluster AS d_career_cluster, coalesce(h.minutes, 0) / 60.0 AS approved_hours
      FROM placements.placements p
      JOIN placements.placement_reporting_snapshots s ON s.placement_id = p.id
      LEFT JOIN placements.placement_approved_minutes h ON h.placement_id = p.id
      WHERE p.status = ANY(${param([...ENGAGED_STATUSES])}::text[])
      UNION ALL
      SELECT x."schoolYear", NULL, x."studentId", NULL, NULL, x."schoolId", x."programIds", x.departments, x."careerClusters",
        x."gradeLevel"::text, x."economicallyDisadvantaged"::text, x."raceEthnicity", x.gender, x."englishLearner"::text, x."disabilityPlan",
        g."continuumType", g."continuumStage", g."cedsType", NULL, NULL, 0
      FROM jsonb_to_recordset(${param(JSON.stringify(await attendance.of(years)))}::jsonb) AS x(
        "schoolYear" text, "studentId" uuid, "schoolId" uuid, "gradeLevel" smallint, "economicallyDisadvantaged" boolean, "raceEthnicity" text,
        gender text, "englishLearner" boolean, "disabilityPlan" text, "programIds" uuid[], departments text[], "careerClusters" text[],
        engagements jsonb)
      CROSS JOIN LATERAL jsonb_to_recordset(x.engagements) AS g("continuumType" text, "continuumStage" text, "cedsType" text)`,
    measures: [
      { name: 'studentsEngaged', kind: 'students' },
      { name: 'hoursApproved', kind: 'sum', expr: 'f.approved_hours', guard: 'studentsEngaged' },
      // Completions disclose a group of their own students, so they are guarded by that group.
      { name: 'studentsCompleting', kind: 'students', where: `f.status = 'COMPLETED'` },
      { name: 'placementsCompleted', kind: 'distinct', expr: 'f.placement_id', where: `f.status = 'COMPLETED'`, guard: 'studentsCompleting' },
      { name: 'partnersHosting', kind: 'distinct', expr: 'f.partner_id', guard: 'studentsEngaged' },
    ],
  };
}
