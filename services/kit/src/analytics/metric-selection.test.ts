import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import type { Caller } from '../auth/caller';
import { testCaller } from '../testing/callers';
import { cubeTestDatabase } from '../testing/cube-test-database';
import { type MetricDimension, type MetricFamilySpec, type MetricFilter, MetricCube } from './metric-cube';
import { type MetricSelection, metricSelection } from './metric-selection';

const YEAR = '2024-2025';
const [S1, S2, S3] = [1, 2, 3].map((n) => `00000000-0000-4000-8000-00000000000${n}`);
const P = '00000000-0000-4000-8000-0000000000aa';

// Students of three schools (40, 25, 12) spread over grades, genders (a small third group) and a
// program, so a suppressed caller meets small cells, complements and differencing.
const FACTS = `SELECT '${YEAR}'::text AS school_year, school_id, student_id, program_ids, departments, career_clusters,
    grade::text AS d_grade_level, gender AS d_gender, done, hours, partner FROM selection_facts`;

const spec: MetricFamilySpec = {
  name: 'test',
  dimensions: ['GRADE_LEVEL', 'GENDER', 'SCHOOL'],
  facts: () => FACTS,
  measures: [
    { name: 'students', kind: 'students' },
    { name: 'doneRate', kind: 'rate', numerator: 'f.done', denominator: 'students' },
    { name: 'hours', kind: 'sum', expr: 'f.hours', guard: 'students', decimals: 1 },
    { name: 'completing', kind: 'students', where: 'f.done' },
    { name: 'partners', kind: 'distinct', expr: 'f.partner', where: 'f.done', guard: 'completing' },
  ],
};
const MEASURES = ['students', 'doneRate', 'hours', 'partners'];
const DIMENSIONS: MetricDimension[] = ['GRADE_LEVEL', 'GENDER', 'SCHOOL'];
const ROWS = { district: true, schools: true };

const { run, statements, query } = cubeTestDatabase(async (client) => {
  await client.query(`CREATE TABLE selection_facts (school_id uuid, student_id uuid, program_ids uuid[], departments text[],
    career_clusters text[], grade int, gender text, done boolean, hours numeric, partner int)`);
  const rows: string[] = [];
  [[S1, 40], [S2, 25], [S3, 12]].forEach(([school, n]) => {
    for (let i = 0; i < Number(n); i++) {
      const inP = i % 3 !== 0;
      rows.push(`('${school}', gen_random_uuid(), ${inP ? `ARRAY['${P}']::uuid[]` : `ARRAY[]::uuid[]`}, ARRAY['${inP ? 'CTE' : 'ARTS'}'],
        ${inP ? `ARRAY['HEALTH']` : `ARRAY[]::text[]`}, ${9 + (i % 4)}, '${i % 9 === 4 ? 'X' : i % 2 ? 'F' : 'M'}', ${i % 2 === 0}, ${(i % 5) + 0.25}, ${i % 4})`);
    }
  });
  await client.query(`INSERT INTO selection_facts VALUES ${rows.join(', ')}`);
});

/** Everything a query could read of the selected figures, as the API would show it. */
async function answers(cube: MetricCube, filter: MetricFilter, selection: MetricSelection | undefined, asked: MetricSelection) {
  const figures = await Promise.all(
    MEASURES.filter((m) => asked.fields.includes(m)).map(async (measure) => {
      const metric = await cube.metric(YEAR, filter, measure, selection);
      const dims = asked.breakdowns === 'ALL' ? DIMENSIONS : asked.breakdowns;
      const { value, numerator, denominator, suppressed } = metric;
      return { measure, value, numerator, denominator, suppressed, groups: dims.map((by) => metric.groupsBy(by)) };
    }),
  );
  return { hasData: await cube.hasData(YEAR, filter, selection), figures };
}

describe('metricSelection', () => {
  it('reads what the operation selects of the family, wherever, through aliases, fragments and variables', async () => {
    const schema = buildSchema(`
      enum MetricDimension { GRADE_LEVEL GENDER SCHOOL }
      input MetricFilter { schoolId: ID programId: ID }
      type Group { key: String }
      type Metric { value: Float breakdown(by: MetricDimension!): [Group!]! }
      type Family { hasData: Boolean! students: Metric doneRate: Metric hours: Metric }
      type Other { students: Metric }
      type School { id: ID family(schoolYear: ID!): Family }
      type SchoolYear { id: ID family(filter: MetricFilter): Family schools: [School!]! other: Other }
      type Query { schoolYear: SchoolYear }`);
    const seen: MetricSelection[] = [];
    const select = (_parent: unknown, _args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
      seen.push(metricSelection(info));
      return null;
    };
    const fieldResolver = (parent: Record<string, unknown>, args: unknown, context: unknown, info: GraphQLResolveInfo) =>
      info.fieldName === 'family' ? select(parent, args, context, info) : parent[info.fieldName];
    const rootValue = { schoolYear: { id: 'y', schools: [{ id: 's' }], other: { students: null } } };
    const ask = async (source: string, variableValues: Record<string, unknown> = {}) => {
      seen.splice(0);
      const result = await graphql({ schema, source, rootValue, variableValues, fieldResolver });
      expect(result.errors).toBeUndefined();
      return seen[0];
    };
    // The year's figures and its schools' together; another type's field of the same name is not the family.
    expect(
      await ask(
        `query ($by: MetricDimension!) {
          schoolYear { family { hasData ...F rate: doneRate { value breakdown(by: $by) { key } } } other { students { breakdown(by: GRADE_LEVEL) { key } } }
            schools { again: family(schoolYear: "y") { hours { ... on Metric { byGrade: breakdown(by: GRADE_LEVEL) { key } } } } } }
        }
        fragment F on Family { students { value breakdown(by: SCHOOL) { key } } }`,
        { by: 'GENDER' },
      ),
    ).toEqual({ fields: ['doneRate', 'hasData', 'hours', 'students'], breakdowns: ['GENDER', 'GRADE_LEVEL', 'SCHOOL'], rows: { district: true, schools: true } });
    // A school row by a filter's schoolId; a program's filter is a district row.
    expect(await ask(`{ schoolYear { family(filter: { schoolId: "s" }) { students { value } } } }`)).toEqual({
      fields: ['students'],
      breakdowns: [],
      rows: { district: false, schools: true },
    });
    expect(await ask(`query ($f: MetricFilter, $by: MetricDimension!) { schoolYear { family(filter: $f) { hours { breakdown(by: $by) { key } } } } }`, { f: { programId: 'p' }, by: 'GENDER' })).toEqual({
      fields: ['hours'],
      breakdowns: ['GENDER'],
      rows: { district: true, schools: false },
    });
  });
});

describe('MetricCube restricted to a selection', () => {
  const callers: [string, Caller][] = [
    ['DISTRICT_ADMIN', testCaller('DISTRICT_ADMIN')],
    ['ANALYST', testCaller('ANALYST')],
    ['SCHOOL_STAFF of S1', testCaller('SCHOOL_STAFF', { schoolIds: [S1] })],
    ['DEPARTMENT_STAFF of CTE', testCaller('DEPARTMENT_STAFF', { department: 'CTE' })],
  ];
  const filters: MetricFilter[] = [{}, { schoolId: S1 }, { schoolId: S3 }, { programId: P }, { schoolId: S2, department: 'CTE' }, { department: 'CTE', careerCluster: 'HEALTH' }];
  const selections: [string, MetricSelection][] = [
    ['hasData only', { fields: ['hasData'], breakdowns: [], rows: ROWS }],
    ['headline values', { fields: ['hasData', ...MEASURES], breakdowns: [], rows: ROWS }],
    ['one measure, one breakdown', { fields: ['doneRate'], breakdowns: ['GENDER'], rows: ROWS }],
    ['a guarded figure by school', { fields: ['partners'], breakdowns: ['SCHOOL'], rows: ROWS }],
    ['every breakdown', { fields: MEASURES, breakdowns: DIMENSIONS, rows: ROWS }],
    ['an unreadable breakdown', { fields: ['hours'], breakdowns: 'ALL', rows: ROWS }],
    // The operation reads district rows only, or schools only: a row of the other kind still gets its own sets.
    ['district rows', { fields: ['students', 'hours'], breakdowns: ['GENDER'], rows: { district: true, schools: false } }],
    ['school rows', { fields: ['doneRate'], breakdowns: ['GRADE_LEVEL', 'SCHOOL'], rows: { district: false, schools: true } }],
  ];

  it.each(callers)('answers %s exactly as the whole cube does, for every selection, filter and row', async (_name, caller) => {
    let suppressed = 0;
    for (const filter of filters) {
      for (const [, selection] of selections) {
        const full = await answers(new MetricCube(spec, run, caller, 10), filter, undefined, selection);
        const restricted = await answers(new MetricCube(spec, run, caller, 10), filter, selection, selection);
        expect(restricted).toEqual(full);
        suppressed += JSON.stringify(full).split('"suppressed":true').length - 1;
      }
    }
    // The comparison covers suppressed figures wherever the caller is not exact everywhere.
    if (caller.role === 'ANALYST' || caller.role === 'SCHOOL_STAFF') expect(suppressed).toBeGreaterThan(0);
  });

  it.each(callers)('answers %s the district and then its schools from one statement, as before the restriction', async (_name, caller) => {
    const headline: MetricSelection = { fields: ['students', 'doneRate'], breakdowns: ['GRADE_LEVEL'], rows: ROWS };
    const rows = [{}, { schoolId: S1 }, { schoolId: S2 }];
    const cube = new MetricCube(spec, run, caller, 10);
    const asked = [];
    // One after another, as a year's figures resolve before its schools' do.
    for (const filter of rows) asked.push(await answers(cube, filter, headline, headline));
    await Promise.all(rows.map((filter) => answers(cube, filter, headline, headline)));
    expect(statements).toHaveLength(1);
    for (const [i, filter] of rows.entries()) expect(asked[i]).toEqual(await answers(new MetricCube(spec, run, caller, 10), filter, undefined, headline));
  });

  it('computes only the district row for exact headline values and hasData, and every grouping set to suppress', async () => {
    const headline: MetricSelection = { fields: ['hasData', 'students', 'doneRate'], breakdowns: [], rows: { district: true, schools: false } };
    await answers(new MetricCube(spec, run, testCaller('DISTRICT_ADMIN'), 10), { programId: P }, headline, headline);
    expect(statements[0]).toMatch(/GROUPING SETS \(\(f\.school_year\)\)$/);
    // Only the figures asked (a rate with its denominator), for the full filter only.
    expect(statements[0].match(/count\(DISTINCT/g)).toHaveLength(2);
    expect(statements[0]).not.toMatch(/sum\(|f\.partner/);

    const grades: MetricSelection = { fields: ['students'], breakdowns: ['GRADE_LEVEL'], rows: { district: false, schools: true } };
    await answers(new MetricCube(spec, run, testCaller('SCHOOL_STAFF', { schoolIds: [S1] }), 10), { schoolId: S1 }, grades, grades);
    expect(statements[1]).toMatch(/GROUPING SETS \(\(f\.school_year\), \(f\.school_year, f\.school_id\), \(f\.school_year, f\.school_id, f\.d_grade_level\)\)$/);

    await answers(new MetricCube(spec, run, testCaller('ANALYST'), 10), { programId: P }, headline, headline);
    expect(statements[2]).toMatch(/f\.d_gender\)\)$/);
    // Suppression differences each figure against the unfiltered population: two variants.
    expect(statements[2].match(/count\(DISTINCT/g)).toHaveLength(4);

    await new MetricCube(spec, run, testCaller('ANALYST'), 10).hasData(YEAR, {}, { fields: ['hasData'], breakdowns: [], rows: ROWS });
    expect(statements[3]).not.toMatch(/count\(|sum\(/);
    expect(await new MetricCube(spec, run, testCaller('ANALYST'), 10).hasData('1999-2000', {}, { fields: ['hasData'], breakdowns: [], rows: ROWS })).toBe(false);
  });

  it('reads every dimension to suppress one: a complement in GENDER withholds a school total, and then its grades', async () => {
    // S1 has 5 F (small) and 40 M, all in grade 9; S2 50 F and 50 M in grades 9 and 10; S3 30 F in
    // grades 9 and 10. S1's F is withheld; across the schools its complement is S3's F, the only
    // gender of S3, so S3's total goes too, and with it S3's grades, though no grade cell is small.
    await query(`CREATE TABLE coupled_facts AS
      SELECT school_id::uuid, gen_random_uuid() AS student_id, gender, grade FROM (VALUES
        ('${S1}', 'F', 9, 5), ('${S1}', 'M', 9, 40), ('${S2}', 'F', 9, 25), ('${S2}', 'F', 10, 25), ('${S2}', 'M', 9, 25),
        ('${S2}', 'M', 10, 25), ('${S3}', 'F', 9, 15), ('${S3}', 'F', 10, 15)) AS g(school_id, gender, grade, n), generate_series(1, n)`);
    const coupled: MetricFamilySpec = {
      name: 'coupled',
      dimensions: ['GRADE_LEVEL', 'GENDER', 'SCHOOL'],
      facts: () => `SELECT '${YEAR}'::text AS school_year, school_id, student_id, ARRAY[]::uuid[] AS program_ids, ARRAY[]::text[] AS departments,
        ARRAY[]::text[] AS career_clusters, grade::text AS d_grade_level, gender AS d_gender FROM coupled_facts`,
      measures: [{ name: 'students', kind: 'students' }],
    };
    const grades: MetricSelection = { fields: ['students'], breakdowns: ['GRADE_LEVEL'], rows: { district: false, schools: true } };
    const shown = async (cube: MetricCube, selection?: MetricSelection) => {
      const metric = await cube.metric(YEAR, { schoolId: S3 }, 'students', selection);
      return [metric.value, ...metric.groupsBy('GRADE_LEVEL').map((g) => g.value)];
    };
    const analyst = testCaller('ANALYST');
    expect(await shown(new MetricCube(coupled, run, analyst, 10))).toEqual([null, null, null]);
    expect(await shown(new MetricCube(coupled, run, analyst, 10), grades)).toEqual([null, null, null]);
    // S3's own staff know its cells: exact, from the grouping sets of S3's grades alone.
    const staff = testCaller('SCHOOL_STAFF', { schoolIds: [S3] });
    expect(await shown(new MetricCube(coupled, run, staff, 10), grades)).toEqual([30, 15, 15]);
    expect(statements.at(-1)).toMatch(/GROUPING SETS \(\(f\.school_year\), \(f\.school_year, f\.school_id\), \(f\.school_year, f\.school_id, f\.d_grade_level\)\)$/);
  });

  it('computes a figure it is asked for even when the selection does not name it', async () => {
    const caller = testCaller('ANALYST');
    const other: MetricSelection = { fields: ['hasData'], breakdowns: [], rows: ROWS };
    const metric = await new MetricCube(spec, run, caller, 10).metric(YEAR, { schoolId: S3 }, 'doneRate', other);
    const full = await new MetricCube(spec, run, caller, 10).metric(YEAR, { schoolId: S3 }, 'doneRate');
    expect({ ...metric, groupsBy: null }).toEqual({ ...full, groupsBy: null });
  });
});
