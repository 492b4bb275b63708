import type pg from 'pg';

/** The ids the operations run on: busy but typical rows of the district dataset, picked by SQL. */
export interface Fixtures {
  studentId: string;
  schoolId: string;
  partnerId: string;
  /** The school year with the most placements, for the district metrics. */
  schoolYear: string;
}

export async function pickFixtures(client: pg.Client): Promise<Fixtures> {
  // An enrolled student with enrollments, placements and credentials: the full view reaches every subgraph.
  const student = await client.query<{ id: string }>(`
    SELECT s.id FROM students.students s
    WHERE s.enrollment_status = 'ENROLLED' AND EXISTS (SELECT 1 FROM students.program_enrollments e WHERE e.student_id = s.id)
      AND (SELECT count(*) FROM placements.placements p WHERE p.student_id = s.id) >= 2
      AND EXISTS (SELECT 1 FROM credentials.credential_awards a WHERE a.student_id = s.id)
    ORDER BY s.id LIMIT 1`);
  // A high school's roster: the school with the most enrolled students.
  const school = await client.query<{ school_id: string }>(
    `SELECT school_id FROM students.students WHERE enrollment_status = 'ENROLLED' GROUP BY school_id ORDER BY count(*) DESC, school_id LIMIT 1`,
  );
  // The partner with the most active placements (at least 50, so the page is full).
  const partner = await client.query<{ partner_id: string }>(`
    SELECT partner_id FROM placements.placements WHERE status = 'ACTIVE'
    GROUP BY partner_id ORDER BY count(*) DESC, partner_id LIMIT 1`);
  const year = await client.query<{ school_year: string }>(
    `SELECT school_year FROM placements.placements GROUP BY school_year ORDER BY count(*) DESC, school_year LIMIT 1`,
  );
  if (!student.rows[0] || !school.rows[0] || !partner.rows[0] || !year.rows[0]) throw new Error('the benchmark database holds no district dataset');
  return {
    studentId: student.rows[0].id,
    schoolId: school.rows[0].school_id,
    partnerId: partner.rows[0].partner_id,
    schoolYear: year.rows[0].school_year,
  };
}
