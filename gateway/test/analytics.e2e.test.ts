import { SQL_COUNT_HEADER } from '@careergraph/kit';
import { DashboardHeadlinesDocument, type SchoolYearMetricsQuery, SchoolYearMetricsDocument } from '@careergraph/client';
import { type RunningSupergraph, startSupergraph } from './support/supergraph-harness';

let supergraph: RunningSupergraph;
let year: string;
let lastDay: string;

beforeAll(async () => {
  supergraph = await startSupergraph({ seedDemo: true });
  // The demo year with the most work-based learning, so every family has data.
  const [busiest] = await supergraph.dataSources.placements.query(
    `SELECT school_year FROM placements.placements GROUP BY school_year ORDER BY count(*) DESC, school_year DESC LIMIT 1`,
  );
  year = busiest.school_year;
  lastDay = `${year.slice(5)}-06-30`;
}, 300_000);

afterAll(() => supergraph?.stop(), 60_000);

/**
 * An answer without errors, typed so: object and list fields are nullable in the schema only so
 * that one subgraph's outage costs its own fields (scalar figures keep their nulls).
 */
type Complete<T> = T extends readonly (infer U)[]
  ? Complete<U>[]
  : T extends object
    ? { [K in keyof T]: NonNullable<T[K]> extends object ? Complete<NonNullable<T[K]>> : T[K] }
    : T;
type Year = Complete<NonNullable<SchoolYearMetricsQuery['schoolYear']>>;
interface Figure {
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
  suppressed: boolean;
}

const placementsDb = () => supergraph.dataSources.placements;
const credentialsDb = () => supergraph.dataSources.credentials;
const studentsDb = () => supergraph.dataSources.students;

/**
 * Who is engaged in work-based learning in the year, from the raw rows of two databases: students
 * with a placement that reached ACTIVE, and students who attended a group experience (each under
 * the school and gender of the snapshot of what engaged them).
 */
async function engagementFacts(): Promise<{ student_id: string; school_id: string; gender: string }[]> {
  const placed = await placementsDb().query(
    `SELECT p.student_id, s.school_id, s.gender
       FROM placements.placements p JOIN placements.placement_reporting_snapshots s ON s.placement_id = p.id
      WHERE p.school_year = $1 AND p.status IN ('ACTIVE', 'COMPLETED', 'TERMINATED')`,
    [year],
  );
  const attended = await supergraph.dataSources.experiences.query(
    `SELECT a.student_id, s.school_id, s.gender
       FROM experiences.experience_attendance a JOIN experiences.attendance_reporting_snapshots s ON s.attendance_id = a.id
       JOIN experiences.experiences e ON e.id = a.experience_id
      WHERE e.school_year = $1 AND a.status = 'PRESENT'`,
    [year],
  );
  return [...placed, ...attended];
}

/** Distinct students in each group of `facts`, by `key`. */
function distinctStudents<T extends { student_id: string }>(facts: readonly T[], key: (fact: T) => string): Map<string, number> {
  const groups = new Map<string, Set<string>>();
  for (const fact of facts) groups.set(key(fact), (groups.get(key(fact)) ?? new Set()).add(fact.student_id));
  return new Map([...groups].map(([group, students]) => [group, students.size]));
}

/** Distinct engaged students per school (and '*' for the district), placements and attended experiences counted once. */
async function engagedStudents(): Promise<Map<string, number>> {
  const facts = await engagementFacts();
  return new Map([...distinctStudents(facts, (fact) => fact.school_id), ['*', new Set(facts.map((fact) => fact.student_id)).size]]);
}

/** Perkins concentrators of the year and which took part in WBL by its end, across two databases. */
async function perkins5S3(): Promise<{ concentrators: number; withWbl: number }> {
  const concentrators: { student_id: string }[] = await studentsDb().query(
    `SELECT DISTINCT e.student_id FROM students.program_enrollments e
      WHERE e.school_year = $1 AND (
        SELECT count(*) FROM students.course_completions cc JOIN students.program_enrollments e2 ON e2.id = cc.enrollment_id
         WHERE e2.student_id = e.student_id AND e2.program_id = e.program_id AND e2.school_year <= e.school_year) >= 2`,
    [year],
  );
  const ids = concentrators.map((c) => c.student_id);
  const [wbl] = await placementsDb().query(
    `SELECT count(DISTINCT student_id)::int AS n FROM placements.placements
      WHERE student_id = ANY($1::uuid[]) AND status IN ('ACTIVE', 'COMPLETED', 'TERMINATED') AND start_date <= $2`,
    [ids, lastDay],
  );
  return { concentrators: ids.length, withWbl: wbl.n };
}

/** The graduating class and how many have an advanced course credit or career credential by the year's end. */
async function cohortHeadline(): Promise<{ students: number; advanced: number }> {
  const cohort: { id: string }[] = await studentsDb().query(`SELECT id FROM students.students WHERE cohort = $1`, [Number(year.slice(5))]);
  const [advanced] = await credentialsDb().query(
    `SELECT count(DISTINCT a.student_id)::int AS n FROM credentials.credential_awards a JOIN credentials.credentials c ON c.id = a.credential_id
      WHERE a.student_id = ANY($1::uuid[]) AND a.verification_status <> 'REVOKED' AND a.earned_on <= $2
        AND (c.type IN ('INDUSTRY_CERTIFICATION', 'OCCUPATIONAL_LICENSE', 'APPRENTICESHIP_CERTIFICATE')
             OR (c.type IN ('DUAL_CREDIT_COURSE', 'DUAL_ENROLLMENT_COURSE') AND a.grade IN ('A','B','C','D','P') AND a.credit_hours_earned > 0))`,
    [cohort.map((c) => c.id), lastDay],
  );
  return { students: cohort.length, advanced: advanced.n };
}

async function metrics(role: 'DISTRICT_ADMIN' | 'ANALYST', by = 'GENDER'): Promise<Year> {
  const result = await supergraph.requestAs({ role }, SchoolYearMetricsDocument, { year, by: by as never });
  expect(result.errors).toBeUndefined();
  return result.data!.schoolYear! as Year;
}

/** Every figure in an answer, with the path it sits at. */
function figures(value: unknown, path = ''): [string, Figure & { key?: string }][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => figures(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own: [string, Figure][] = 'suppressed' in record ? [[path, record as unknown as Figure]] : [];
  return [...own, ...Object.entries(record).flatMap(([k, v]) => figures(v, `${path}.${k}`))];
}

describe('analytics through the gateway', () => {
  it('returns one school year of WBL, credential, Perkins and Roadmap metrics, exact for a DISTRICT_ADMIN and matching the raw rows', async () => {
    const answer = await metrics('DISTRICT_ADMIN');
    expect(figures(answer).filter(([, f]) => f.suppressed)).toEqual([]);

    // The demo year has data in every family, so the comparisons below are not of zeros.
    for (const figure of [
      answer.workBasedLearning.studentsEngaged,
      answer.credentialAttainment.studentsAwarded,
      answer.collegeReadiness.mathEligibilityRate,
      answer.perkins.concentrators,
      answer.graduatingCohort.students,
    ]) {
      expect(figure.value).toBeGreaterThan(0);
    }
    const engaged = await engagedStudents();
    expect(answer.workBasedLearning.studentsEngaged.value).toBe(engaged.get('*'));
    for (const school of answer.schools) {
      expect(school.workBasedLearning.studentsEngaged.value).toBe(engaged.get(school.id) ?? 0);
    }
    const genders = answer.workBasedLearning.studentsEngaged.breakdown;
    const byGender = distinctStudents(await engagementFacts(), (fact) => fact.gender);
    expect(Object.fromEntries(genders.map((g) => [g.key, g.value]))).toEqual(Object.fromEntries(byGender));

    const [awards] = await credentialsDb().query(
      `SELECT count(DISTINCT a.student_id)::int AS students,
              coalesce(sum(a.credit_hours_earned) FILTER (WHERE c.type IN ('DUAL_CREDIT_COURSE', 'DUAL_ENROLLMENT_COURSE') AND a.grade IN ('A','B','C','D','P')), 0)::float AS hours
         FROM credentials.credential_awards a JOIN credentials.credentials c ON c.id = a.credential_id
         JOIN credentials.award_reporting_snapshots s ON s.award_id = a.id
        WHERE a.verification_status <> 'REVOKED' AND s.school_year = $1`,
      [year],
    );
    expect(answer.credentialAttainment.studentsAwarded.value).toBe(awards.students);
    expect(answer.credentialAttainment.earlyCollegeCreditHours.value).toBe(awards.hours);
    expect(answer.credentialAttainment.estimatedTuitionSavings.value).toBeCloseTo(awards.hours * 149, 2);

    const [math] = await credentialsDb().query(
      `SELECT count(*) FILTER (WHERE eligible)::int AS eligible, count(*)::int AS determined FROM (
         SELECT DISTINCT ON (d.student_id) d.eligible FROM credentials.readiness_determinations d
           JOIN credentials.readiness_reporting_snapshots s ON s.determination_id = d.id
          WHERE d.subject = 'MATH' AND s.school_year = $1 ORDER BY d.student_id, d.as_of DESC, d.created_at DESC) latest`,
      [year],
    );
    expect(answer.collegeReadiness.mathEligibilityRate).toMatchObject({ numerator: math.eligible, denominator: math.determined });

    const perkins = await perkins5S3();
    expect(answer.perkins.concentrators.value).toBe(perkins.concentrators);
    expect(answer.perkins.indicator5S3).toMatchObject({ numerator: perkins.withWbl, denominator: perkins.concentrators });

    const cohort = await cohortHeadline();
    expect(answer.graduatingCohort.advancedCreditOrCredentialRate).toMatchObject({ numerator: cohort.advanced, denominator: cohort.students });
    // Equity gaps: a group's rate minus the overall rate.
    const overall = answer.graduatingCohort.advancedCreditOrCredentialRate.value!;
    for (const group of answer.graduatingCohort.advancedCreditOrCredentialRate.breakdown) {
      expect(group.gap).toBeCloseTo(group.value! - overall, 3);
    }
  });

  it('suppresses small cells and their complements for an ANALYST, never showing them as numbers', async () => {
    const [exact, analyst] = await Promise.all([metrics('DISTRICT_ADMIN'), metrics('ANALYST')]);
    const withheld = figures(analyst).filter(([, f]) => f.suppressed);
    expect(withheld.length).toBeGreaterThan(0);
    for (const [, f] of withheld) expect([f.value, f.numerator ?? null, f.denominator ?? null]).toEqual([null, null, null]);
    // What is shown is exactly the administrator's figure, and no shown student count is below 10.
    const exactByPath = new Map(figures(exact));
    for (const [path, f] of figures(analyst).filter(([, g]) => !g.suppressed)) {
      expect(f.value).toBe(exactByPath.get(path)!.value);
    }
    const studentCounts = figures(analyst).filter(
      ([path, f]) => !f.suppressed && /studentsEngaged|studentsAwarded|concentrators/.test(path) && f.value != null,
    );
    for (const [, f] of studentCounts) expect(f.value === 0 || f.value! >= 10).toBe(true);
    // Each breakdown has either no withheld group or at least two (a lone one equals total minus the rest).
    for (const [path, f] of figures(analyst)) {
      const breakdown = (f as unknown as { breakdown?: Figure[] }).breakdown;
      if (!breakdown || f.suppressed) continue;
      expect(breakdown.filter((g) => g.suppressed).length === 1 ? path : null).toBeNull();
    }
  });
});

/** Minimal RFC 4180 reader for the export's answers. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (c !== '\r') field += c;
  }
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i]])));
}

describe('a school year with no data (issue 14 item 16)', () => {
  const FAMILIES = ['workBasedLearning', 'credentialAttainment', 'collegeReadiness', 'perkins', 'graduatingCohort'] as const;

  it('says so for a year before any record: hasData false and every figure null, never 0, for every role', async () => {
    for (const role of ['DISTRICT_ADMIN', 'ANALYST'] as const) {
      const result = await supergraph.requestAs({ role }, SchoolYearMetricsDocument, { year: '1999-2000', by: 'GENDER' as never });
      expect(result.errors).toBeUndefined();
      const answer = result.data!.schoolYear! as Year;
      for (const family of FAMILIES) expect([family, answer[family].hasData]).toEqual([family, false]);
      const shown = figures(answer);
      expect(shown.length).toBeGreaterThan(20);
      // Not suppressed either: nothing was withheld, there is nothing to show.
      for (const [path, figure] of shown) expect([path, figure.value, figure.suppressed]).toEqual([path, null, false]);
      expect(answer.workBasedLearning.studentsEngaged.breakdown).toEqual([]);
    }
  });

  it('says a year with records has data', async () => {
    const answer = await metrics('ANALYST');
    for (const family of FAMILIES) expect([family, answer[family].hasData]).toEqual([family, true]);
  });
});

describe('dashboard operations', () => {
  it('answers DashboardHeadlines for an ANALYST: every year, and every high school for one year', async () => {
    const result = await supergraph.requestAs({ role: 'ANALYST' }, DashboardHeadlinesDocument, { year });
    expect(result.errors).toBeUndefined();
    const { schoolYears, schoolYear } = result.data!;
    expect(schoolYears!.map((y) => y.id)).toContain(year);
    expect(schoolYear!.schools!.length).toBeGreaterThan(0);
    const current = schoolYears!.find((y) => y.id === year)!;
    expect(current.workBasedLearning!.studentsEngaged.value).toBe((await engagedStudents()).get('*'));
  });

  it('costs a fixed number of SQL statements however many schools there are (no statement per school)', async () => {
    const schools: { n: number }[] = await studentsDb().query(`SELECT count(*)::int AS n FROM students.students GROUP BY school_id`);
    const result = await supergraph.request(SchoolYearMetricsDocument, { year, by: 'GENDER' as never }, undefined, { [SQL_COUNT_HEADER]: '1' });
    expect(result.errors).toBeUndefined();
    // Five families (each one statement per subgraph request that reaches it) plus their inputs
    // (concentrators, cohort, high schools), across the year's fetch and its schools' fetch: 11 on
    // the demo's 20 schools; nothing in the plan runs per school.
    expect(result.extensions?.sqlStatements).toBeLessThanOrEqual(12);
    expect(schools.length).toBeGreaterThanOrEqual(20);
  });
});

describe('CSV exports', () => {
  const download = async (path: string, role?: 'DISTRICT_ADMIN' | 'ANALYST') => {
    const headers: Record<string, string> = role ? { authorization: `Bearer ${await supergraph.token({ role })}` } : {};
    return fetch(new URL(path, supergraph.gatewayUrl), { headers });
  };

  it('downloads a metric table per school under the caller’s suppression, withheld cells empty and marked', async () => {
    const path = `/exports/work-based-learning.csv?schoolYear=${year}&by=GENDER&perSchool=true`;
    const [analystResponse, adminResponse] = await Promise.all([download(path, 'ANALYST'), download(path, 'DISTRICT_ADMIN')]);
    expect(analystResponse.status).toBe(200);
    expect(analystResponse.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(analystResponse.headers.get('content-disposition')).toBe(`attachment; filename="work-based-learning-${year}.csv"`);
    const analystText = await analystResponse.text();
    const adminText = await adminResponse.text();
    // The body says why when a download is refused (the export's status and the GraphQL error).
    expect({ status: adminResponse.status, body: adminText.slice(0, 300) }).toMatchObject({ status: 200 });
    const analyst = parseCsv(analystText);
    const admin = parseCsv(adminText);
    expect(Object.keys(analyst[0])).toEqual(['school_year', 'school_id', 'school_name', 'metric', 'dimension', 'group', 'value', 'numerator', 'denominator', 'suppressed']);
    expect(analyst).toHaveLength(admin.length);
    expect(admin.every((r) => r.suppressed === 'false')).toBe(true);
    const withheld = analyst.filter((r) => r.suppressed === 'true');
    expect(withheld.length).toBeGreaterThan(0);
    expect(withheld.every((r) => r.value === '' && r.numerator === '' && r.denominator === '')).toBe(true);

    // The same figures as the GraphQL answer: the district total and each school's.
    const graphql = await metrics('ANALYST');
    const district = analyst.find((r) => r.school_id === '' && r.metric === 'studentsEngaged' && r.group === '')!;
    expect(Number(district.value)).toBe(graphql.workBasedLearning.studentsEngaged.value);
    for (const school of graphql.schools) {
      const row = analyst.find((r) => r.school_id === school.id && r.metric === 'studentsEngaged' && r.group === '')!;
      expect(row.school_name).toBe(school.name);
      const figure = school.workBasedLearning.studentsEngaged;
      expect(row.suppressed).toBe(String(figure.suppressed));
      expect(row.value).toBe(figure.value === null || figure.value === undefined ? '' : String(figure.value));
      for (const group of figure.breakdown) {
        const groupRow = analyst.find((r) => r.school_id === school.id && r.metric === 'studentsEngaged' && r.group === group.key)!;
        expect([groupRow.dimension, groupRow.suppressed, groupRow.value]).toEqual(['GENDER', String(group.suppressed), group.value == null ? '' : String(group.value)]);
      }
    }
  });

  it('refuses without a token, for an unknown table and for a bad school year', async () => {
    expect((await download(`/exports/perkins.csv?schoolYear=${year}`)).status).toBe(401);
    expect((await download(`/exports/students.csv?schoolYear=${year}`, 'ANALYST')).status).toBe(404);
    expect((await download(`/exports/perkins.csv?schoolYear=2024`, 'ANALYST')).status).toBe(400);
    expect((await download(`/exports/perkins.csv?schoolYear=2025-2027`, 'ANALYST')).status).toBe(400);
    const rates = await download(`/exports/college-readiness.csv?schoolYear=${year}`, 'DISTRICT_ADMIN');
    expect(rates.status).toBe(200);
    const rows = parseCsv(await rates.text());
    expect(rows.map((r) => r.metric)).toEqual(['mathEligibilityRate', 'englishEligibilityRate']);
  });
});
