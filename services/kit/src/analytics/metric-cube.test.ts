import { testCaller } from '../testing/callers';
import { cubeTestDatabase } from '../testing/cube-test-database';
import { type MetricFamilySpec, MetricCube } from './metric-cube';

const S1 = '00000000-0000-4000-8000-000000000001';
const S2 = '00000000-0000-4000-8000-000000000002';
const P = '00000000-0000-4000-8000-0000000000aa';

// Facts: one row per student; S1 has 30 students in grade 9 and 4 in grade 10; S2 has 20 in grade 9
// and 12 in grade 10. 25 of S1's grade 9 and all of S2's are in program P; 'done' marks a rate numerator.
const FACTS = `SELECT '2024-2025'::text AS school_year, school_id, student_id, program_ids, ARRAY['CTE']::text[] AS departments,
    ARRAY[]::text[] AS career_clusters, grade::text AS d_grade_level, done FROM analytics_facts`;

const spec: MetricFamilySpec = {
  name: 'test',
  dimensions: ['GRADE_LEVEL', 'SCHOOL'],
  facts: () => FACTS,
  measures: [
    { name: 'students', kind: 'students' },
    { name: 'doneRate', kind: 'rate', numerator: 'f.done', denominator: 'students' },
  ],
};

const { run, statements } = cubeTestDatabase(async (client) => {
  await client.query(`CREATE TABLE analytics_facts (school_id uuid, student_id uuid, program_ids uuid[], grade int, done boolean)`);
  const rows: string[] = [];
  const add = (school: string, grade: number, n: number, inProgram: (i: number) => boolean, done: (i: number) => boolean) => {
    for (let i = 0; i < n; i++) {
      rows.push(`('${school}', gen_random_uuid(), ${inProgram(i) ? `ARRAY['${P}']::uuid[]` : `ARRAY[]::uuid[]`}, ${grade}, ${done(i)})`);
    }
  };
  add(S1, 9, 30, (i) => i < 25, (i) => i < 15);
  add(S1, 10, 4, () => false, () => true);
  add(S2, 9, 20, () => true, (i) => i < 10);
  add(S2, 10, 12, () => true, (i) => i < 6);
  await client.query(`INSERT INTO analytics_facts VALUES ${rows.join(', ')}`);
});

describe('MetricCube', () => {
  it('gives a DISTRICT_ADMIN exact figures for the district, each school and each group, in one statement', async () => {
    const cube = new MetricCube(spec, run, testCaller('DISTRICT_ADMIN'), 10);
    const district = await cube.metric('2024-2025', {}, 'students');
    const school1 = await cube.metric('2024-2025', { schoolId: S1 }, 'students');
    expect(district.value).toBe(66);
    expect(school1.value).toBe(34);
    expect(school1.groupsBy('GRADE_LEVEL').map((g) => [g.key, g.value, g.suppressed])).toEqual([
      ['10', 4, false],
      ['9', 30, false],
    ]);
    const rate = await cube.metric('2024-2025', {}, 'doneRate');
    expect(rate).toMatchObject({ numerator: 35, denominator: 66, value: 0.5303 });
    expect(statements).toHaveLength(1);
  });

  it('suppresses small cells and their complements for an ANALYST, never as 0', async () => {
    const cube = new MetricCube(spec, run, testCaller('ANALYST'), 10);
    const school1 = await cube.metric('2024-2025', { schoolId: S1 }, 'students');
    expect(school1.value).toBe(34);
    // S1 grade 10 (4) is small; its complement S1 grade 9 goes too; the grade 10 column then needs
    // a second withheld school, and so does the grade 9 column.
    const grades = school1.groupsBy('GRADE_LEVEL');
    expect(grades.every((g) => g.suppressed && g.value === null)).toBe(true);
    const s2 = (await cube.metric('2024-2025', { schoolId: S2 }, 'students')).groupsBy('GRADE_LEVEL');
    expect(s2.every((g) => g.suppressed)).toBe(true);
    const district = (await cube.metric('2024-2025', {}, 'students')).groupsBy('GRADE_LEVEL');
    expect(district.map((g) => [g.key, g.value])).toEqual([
      ['10', 16],
      ['9', 50],
    ]);
  });

  it('withholds a filtered figure whose difference to the unfiltered one is a small group', async () => {
    const cube = new MetricCube(spec, run, testCaller('ANALYST'), 10);
    // School 1 in program P: 25 students, but 34 − 25 = 9 students of S1 are outside P.
    const filtered = await cube.metric('2024-2025', { schoolId: S1, programId: P }, 'students');
    expect(filtered).toMatchObject({ suppressed: true, value: null });
    const exact = new MetricCube(spec, run, testCaller('DISTRICT_ADMIN'), 10);
    expect((await exact.metric('2024-2025', { schoolId: S1, programId: P }, 'students')).value).toBe(25);
  });

  it('gives SCHOOL_STAFF their own school exactly, and what it would unlock elsewhere stays suppressed', async () => {
    const cube = new MetricCube(spec, run, testCaller('SCHOOL_STAFF', { schoolIds: [S1] }), 10);
    const own = (await cube.metric('2024-2025', { schoolId: S1 }, 'students')).groupsBy('GRADE_LEVEL');
    expect(own.map((g) => g.value)).toEqual([4, 30]);
    // No group outside S1 is small, so nothing is withheld from this caller.
    const other = (await cube.metric('2024-2025', { schoolId: S2 }, 'students')).groupsBy('GRADE_LEVEL');
    expect(other.map((g) => g.value)).toEqual([12, 20]);
    // S2 in program P is every S2 student; S1 in P leaves 9 of S1 outside P, which this caller may know.
    const inP = await cube.metric('2024-2025', { schoolId: S1, programId: P }, 'students');
    expect(inP.value).toBe(25);
    const districtInP = await cube.metric('2024-2025', { programId: P }, 'students');
    // District in P (57) differs from the district (66) by S1's 9: withheld, since the caller does not know the district row.
    expect(districtInP).toMatchObject({ suppressed: true, value: null });
  });

  it('says a year with no facts has no data: null figures and no groups, never 0 (issue 14 item 16)', async () => {
    for (const role of ['DISTRICT_ADMIN', 'ANALYST'] as const) {
      const cube = new MetricCube(spec, run, testCaller(role), 10);
      expect(await cube.hasData('1999-2000', {})).toBe(false);
      for (const measure of ['students', 'doneRate']) {
        const metric = await cube.metric('1999-2000', { schoolId: S1, programId: P }, measure);
        expect(metric).toMatchObject({ value: null, numerator: null, denominator: null, suppressed: false });
        expect([...metric.groupsBy('GRADE_LEVEL'), ...metric.groupsBy('SCHOOL')]).toEqual([]);
      }
      // A year with facts has data, whatever the filter: there a 0 is a real zero.
      expect(await cube.hasData('2024-2025', { schoolId: S1, programId: '00000000-0000-4000-8000-0000000000bb' })).toBe(true);
      expect((await cube.metric('2024-2025', { schoolId: S1, programId: '00000000-0000-4000-8000-0000000000bb' }, 'students')).value).toBe(0);
    }
  });

  it('refuses a breakdown the family does not have', async () => {
    const cube = new MetricCube(spec, run, testCaller('ANALYST'), 10);
    const metric = await cube.metric('2024-2025', {}, 'students');
    expect(() => metric.groupsBy('CREDENTIAL_TYPE')).toThrow(/cannot be broken down by CREDENTIAL_TYPE/);
  });
});
