import { type MetricFamilySpec, SNAPSHOT_FACT_COLUMNS, STUDENT_DIMENSIONS } from '@careergraph/kit';

/**
 * Students attending group experiences per school year: one fact per PRESENT attendance, reported
 * under the snapshot taken when it was first recorded; WBL_CONTINUUM_TYPE is the experience's stage.
 */
export const experienceEngagementFamily: MetricFamilySpec = {
  name: 'experiences',
  dimensions: [...STUDENT_DIMENSIONS, 'SCHOOL', 'WBL_CONTINUUM_TYPE'],
  facts: () => `
    SELECT e.school_year, a.student_id, a.experience_id, ${SNAPSHOT_FACT_COLUMNS}, e.continuum_stage AS d_wbl_continuum_type
    FROM experiences.experience_attendance a
    JOIN experiences.attendance_reporting_snapshots s ON s.attendance_id = a.id
    JOIN experiences.experiences e ON e.id = a.experience_id
    WHERE a.status = 'PRESENT'`,
  measures: [
    { name: 'studentsAttending', kind: 'students' },
    { name: 'studentsInCareerAwareness', kind: 'students', where: `f.d_wbl_continuum_type = 'AWARENESS'` },
    { name: 'studentsInCareerExploration', kind: 'students', where: `f.d_wbl_continuum_type = 'EXPLORATION'` },
    { name: 'studentsInCareerPreparation', kind: 'students', where: `f.d_wbl_continuum_type = 'PREPARATION'` },
    // How many experiences were held discloses the group attending them: guarded by it.
    { name: 'experiencesHeld', kind: 'distinct', expr: 'f.experience_id', guard: 'studentsAttending' },
  ],
};
