import DataLoader from 'dataloader';
import type { Caller } from '../auth/caller';
import { UserInputError } from '../errors/app-errors';
import type { MetricSelection } from './metric-selection';
import { type AdditiveLine, type ProtectedCell, suppressCells } from './suppression';

/** How a metric is disaggregated (the `MetricDimension` enum). SCHOOL is the row of the cube. */
export const METRIC_DIMENSIONS = [
  'GRADE_LEVEL',
  'ECONOMICALLY_DISADVANTAGED',
  'RACE_ETHNICITY',
  'GENDER',
  'ENGLISH_LEARNER',
  'DISABILITY_PLAN',
  'SCHOOL',
  'WBL_CONTINUUM_TYPE',
  'WBL_CONTINUUM_STAGE',
  'WBL_CEDS_TYPE',
  'INDUSTRY',
  'CAREER_CLUSTER',
  'CREDENTIAL_TYPE',
] as const;
export type MetricDimension = (typeof METRIC_DIMENSIONS)[number];

/** The student subgroups every family disaggregates by. */
export const STUDENT_DIMENSIONS: MetricDimension[] = [
  'GRADE_LEVEL',
  'ECONOMICALLY_DISADVANTAGED',
  'RACE_ETHNICITY',
  'GENDER',
  'ENGLISH_LEARNER',
  'DISABILITY_PLAN',
];

/** `MetricFilter`: published dimensions only, so every filtered population is one a breakdown could show. */
export interface MetricFilter {
  schoolId?: string | null;
  programId?: string | null;
  department?: string | null;
  careerCluster?: string | null;
}

/**
 * One aggregate. `students` counts distinct students (a protected population); `sum` and
 * `distinct` are figures about a population and share its suppression; `rate` is the share of a
 * `students` measure's population that also meets `numerator`.
 */
export type MeasureSpec =
  | { name: string; kind: 'students'; where?: string }
  | { name: string; kind: 'sum'; expr: string; guard: string; where?: string; decimals?: number }
  | { name: string; kind: 'distinct'; expr: string; guard: string; where?: string }
  | { name: string; kind: 'rate'; numerator: string; denominator: string };

/**
 * A metric family: one SQL source of facts and the measures computed over it in ONE statement.
 * `facts(param)` returns a subquery with columns school_year, school_id, student_id, program_ids
 * uuid[], departments text[], career_clusters text[] (the student's programs that year, for the
 * filters), one `d_<dimension>` text column per supported dimension, and the measures' inputs.
 * It gets the school years asked for, and may first gather what it needs (e.g. per-student flags
 * from other subgraphs) before returning the SQL.
 */
export interface MetricFamilySpec {
  name: string;
  dimensions: readonly MetricDimension[];
  facts: (param: (value: unknown) => string, years: readonly string[]) => string | Promise<string>;
  measures: readonly MeasureSpec[];
}

export type SqlRunner = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/** A metric as the `Metric` GraphQL type shows it. */
export interface MetricValue {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  suppressed: boolean;
  /** Groups of one dimension for `Metric.breakdown(by:)`. */
  groupsBy(by: MetricDimension): MetricGroupValue[];
}

export interface MetricGroupValue {
  dimension: MetricDimension;
  key: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  suppressed: boolean;
  gap: number | null;
}

const FILTER_COLUMNS = {
  programId: (p: string) => `${p}::uuid = ANY(f.program_ids)`,
  department: (p: string) => `${p}::text = ANY(f.departments)`,
  careerCluster: (p: string) => `${p}::text = ANY(f.career_clusters)`,
} as const;
type FilterName = keyof typeof FILTER_COLUMNS;

const DISTRICT = '*';
const column = (dimension: MetricDimension) => `d_${dimension.toLowerCase()}`;
const cellId = (row: string, dimension: MetricDimension | '', group: string) => `${row}|${dimension}|${group}`;

/** Raw figures of one (year, row, dimension, group) cell: measure → values per filter variant (0 = all filters). */
type RawCell = Map<string, number[]>;

interface RawYear {
  cells: Map<string, RawCell>;
  schools: Set<string>;
  groups: Map<MetricDimension, Set<string>>;
}

/**
 * A grouping set of the cube, by what it groups on besides the year: `''` the district, `S` every
 * school, `D:<dim>` the district's groups of a dimension, `SD:<dim>` every school's.
 */
type GroupingSet = '' | 'S' | `D:${MetricDimension}` | `SD:${MetricDimension}`;

/**
 * What one statement computes. `exact`: the cells read are ones the caller knows, so nothing is
 * suppressed and only they are computed; otherwise suppression reads the whole cube of every
 * protected measure the figures follow, and every filter variant (docs/analytics.md).
 */
interface Computed {
  measures: readonly string[];
  sets: readonly GroupingSet[];
  variants: boolean;
}
interface CubePlan extends Computed {
  exact: boolean;
}

/** Which of the caller's cells are exact: DISTRICT_ADMIN all; staff inside their scope; others none. */
export function knownRows(caller: Caller, filter: MetricFilter): 'ALL' | ReadonlySet<string> {
  switch (caller.role) {
    case 'DISTRICT_ADMIN':
      return 'ALL';
    case 'DEPARTMENT_STAFF':
      return filter.department && filter.department === caller.scope.department ? 'ALL' : new Set();
    case 'SCHOOL_STAFF':
      return new Set(caller.scope.schoolIds);
    default:
      return new Set();
  }
}

/**
 * Computes a family for many (year, filter) keys, one statement per distinct filter, and answers
 * suppressed or exact metrics for the caller. One instance per request (it caches).
 */
export class MetricCube {
  private readonly raw: DataLoader<string, RawYear>;
  private readonly suppressedCache = new Map<string, Map<string, Set<string>>>();
  /** The plans asked so far per (year, filter), for `planned`. */
  private readonly asked = new Map<string, CubePlan[]>();

  constructor(
    private readonly spec: MetricFamilySpec,
    private readonly run: SqlRunner,
    private readonly caller: Caller,
    private readonly threshold: number,
  ) {
    this.raw = new DataLoader<string, RawYear>((keys) => this.load(keys), { cacheKeyFn: (key) => key });
  }

  /**
   * The metric `measure` of `year` for the district (or `filter.schoolId`'s school) under `filter`.
   * With `selection` (what the query reads of the family object) only that is computed; without
   * it, the whole cube, as the answers do not depend on it.
   */
  async metric(year: string, filter: MetricFilter, measure: string, selection?: MetricSelection): Promise<MetricValue> {
    const { rowFilter, variants } = this.normalise(filter);
    // A figure is always computed for the measure it is asked for, whatever the selection says.
    const asked = selection && !selection.fields.includes(measure) ? { ...selection, fields: [...selection.fields, measure] } : selection;
    const { key, plan } = this.planned(year, rowFilter, this.plan(filter, asked));
    const data = await this.raw.load(key);
    const withheld = this.withheld(key, data, filter, variants, plan);
    const row = filter.schoolId ?? DISTRICT;
    return this.value(data, withheld, row, measure);
  }

  /**
   * Whether the family has any fact in `year`, anywhere in the district: the filters are FILTER
   * clauses of the one statement, so its district row (a grouping set every plan computes) exists
   * exactly when the year has a fact.
   */
  async hasData(year: string, filter: MetricFilter, selection?: MetricSelection): Promise<boolean> {
    const { rowFilter } = this.normalise(filter);
    return hasFacts(await this.raw.load(this.planned(year, rowFilter, this.plan(filter, selection)).key));
  }

  /**
   * The statement a plan reads: one already asked for the same year and filter when it computes
   * at least as much (an exact one only for exact plans: it withholds nothing), else its own.
   */
  private planned(year: string, rowFilter: Partial<Record<FilterName, string>>, plan: CubePlan): { key: string; plan: CubePlan } {
    const scope = JSON.stringify([year, rowFilter]);
    const asked = this.asked.get(scope) ?? [];
    const covering = asked.find(
      (p) =>
        (!p.exact || plan.exact) &&
        (p.variants || !plan.variants) &&
        plan.measures.every((m) => p.measures.includes(m)) &&
        plan.sets.every((s) => p.sets.includes(s)),
    );
    if (!covering) this.asked.set(scope, [...asked, plan]);
    const chosen = covering ?? plan;
    return { key: JSON.stringify([year, rowFilter, chosen]), plan: chosen };
  }

  /** What answering `selection` for this caller needs computed (everything without a selection). */
  private plan(filter: MetricFilter, selection: MetricSelection | undefined): CubePlan {
    const all = this.spec.measures.map((m) => m.name);
    const every = this.everySet();
    if (!selection) return { measures: all, sets: every, variants: true, exact: false };
    const asked = this.spec.measures.filter((m) => selection.fields.includes(m.name));
    // Only `hasData` (or nothing the cube answers): the district row alone, no figure to protect.
    if (asked.length === 0) return { measures: [], sets: [''], variants: false, exact: true };
    const row = filter.schoolId ?? DISTRICT;
    const known = knownRows(this.caller, filter);
    if (known === 'ALL' || (row !== DISTRICT && known.has(row))) {
      // The rows the whole operation reads (this one included), so its rows share one statement.
      const district = selection.rows.district || row === DISTRICT;
      const schools = selection.rows.schools || row !== DISTRICT;
      const dimensions = (selection.breakdowns === 'ALL' ? this.spec.dimensions : selection.breakdowns).filter((d) => this.spec.dimensions.includes(d));
      const sets = new Set<GroupingSet>(['']);
      if (schools) sets.add('S');
      for (const d of dimensions) {
        if (d === 'SCHOOL') sets.add('S');
        else {
          if (district) sets.add(`D:${d}`);
          if (schools) sets.add(`SD:${d}`);
        }
      }
      const needed = asked.flatMap((m) => (m.kind === 'rate' ? [m.name, m.denominator] : [m.name]));
      return { measures: all.filter((m) => needed.includes(m)), sets: every.filter((s) => sets.has(s)), variants: false, exact: true };
    }
    // Suppression: each protected measure's pattern reads only its own counts, but every line of
    // the cube, and the lines of all dimensions meet in the row totals.
    const needed = asked.flatMap((m) => [m.name, ...(m.kind === 'rate' ? [m.denominator] : m.kind === 'students' ? [] : [m.guard])]);
    return { measures: all.filter((m) => needed.includes(m)), sets: every, variants: true, exact: false };
  }

  /** Every grouping set, in the order of the statement: district, schools, then each dimension without and with the school. */
  private everySet(): GroupingSet[] {
    const sets: GroupingSet[] = ['', 'S'];
    for (const d of this.spec.dimensions) if (d !== 'SCHOOL') sets.push(`D:${d}`, `SD:${d}`);
    return sets;
  }

  private normalise(filter: MetricFilter) {
    const active = (Object.keys(FILTER_COLUMNS) as FilterName[]).filter((name) => filter[name] != null);
    const rowFilter: Partial<Record<FilterName, string>> = {};
    for (const name of active) rowFilter[name] = String(filter[name]);
    return { rowFilter, variants: variantsOf(active) };
  }

  /**
   * One statement per filter for all the years and plans asked together: it computes the union of
   * the plans, and each key reads its part (a superset of what a plan needs gives the same answers).
   */
  private async load(keys: readonly string[]): Promise<RawYear[]> {
    const byFilter = new Map<string, { years: Set<string>; plans: CubePlan[] }>();
    for (const key of keys) {
      const [year, filter, plan] = JSON.parse(key) as [string, Partial<Record<FilterName, string>>, CubePlan];
      const filterKey = JSON.stringify(filter);
      const group = byFilter.get(filterKey) ?? { years: new Set<string>(), plans: [] };
      group.years.add(year);
      group.plans.push(plan);
      byFilter.set(filterKey, group);
    }
    const results = new Map<string, Map<string, RawYear>>();
    for (const [filterKey, { years, plans }] of byFilter) {
      const filter = JSON.parse(filterKey) as Partial<Record<FilterName, string>>;
      const union: Computed = {
        measures: this.spec.measures.map((m) => m.name).filter((m) => plans.some((p) => p.measures.includes(m))),
        sets: this.everySet().filter((s) => plans.some((p) => p.sets.includes(s))),
        variants: plans.some((p) => p.variants),
      };
      results.set(filterKey, await this.query([...years], filter, union));
    }
    return keys.map((key) => {
      const [year, filter] = JSON.parse(key) as [string, unknown];
      return results.get(JSON.stringify(filter))!.get(year) ?? emptyYear();
    });
  }

  /** The one statement: the plan's grouping sets, measures and filter variants, via GROUPING SETS. */
  private async query(years: string[], filter: Partial<Record<FilterName, string>>, plan: Computed): Promise<Map<string, RawYear>> {
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const facts = await this.spec.facts(param, years);
    const yearsParam = param(years);
    const active = Object.keys(filter) as FilterName[];
    const measures = this.spec.measures.filter((m) => plan.measures.includes(m.name));
    // The filters are FILTER clauses of the measures: with none computed they bind no parameter.
    const predicates = measures.length ? active.map((name) => FILTER_COLUMNS[name](param(filter[name]))) : [];
    // Only suppression reads the wider variants (differencing); the figures are variant 0.
    const variants = plan.variants ? variantsOf(active) : variantsOf(active).slice(0, 1);
    const variantWhere = variants.map((kept) => kept.map((i) => predicates[i]));
    const selects: string[] = [];
    for (const measure of measures) {
      variantWhere.forEach((conditions, v) => {
        const where = (extra?: string) => {
          const all = [...conditions, ...(extra ? [`(${extra})`] : [])];
          return all.length ? ` FILTER (WHERE ${all.join(' AND ')})` : '';
        };
        const alias = `"${measure.name}:${v}"`;
        switch (measure.kind) {
          case 'students':
            selects.push(`count(DISTINCT f.student_id)${where(measure.where)} AS ${alias}`);
            break;
          case 'sum':
            selects.push(`coalesce(sum(${measure.expr})${where(measure.where)}, 0) AS ${alias}`);
            break;
          case 'distinct':
            selects.push(`count(DISTINCT ${measure.expr})${where(measure.where)} AS ${alias}`);
            break;
          case 'rate': {
            const denominator = this.measureSpec(measure.denominator);
            const condition = [denominator.kind === 'students' ? denominator.where : undefined, measure.numerator]
              .filter(Boolean)
              .join(') AND (');
            selects.push(`count(DISTINCT f.student_id)${where(condition)} AS ${alias}`);
            break;
          }
        }
      });
    }
    // Only columns some grouping set groups on may be selected (and passed to GROUPING).
    const bySchool = plan.sets.some((s) => s === 'S' || s.startsWith('SD:'));
    const dims = this.spec.dimensions.filter((d) => d !== 'SCHOOL' && plan.sets.some((s) => s === `D:${d}` || s === `SD:${d}`));
    const sets = plan.sets.map((s) => {
      const dimension = s.slice(s.indexOf(':') + 1) as MetricDimension;
      const on = s === '' ? [] : s === 'S' ? ['f.school_id'] : s.startsWith('SD:') ? ['f.school_id', `f.${column(dimension)}`] : [`f.${column(dimension)}`];
      return `(${['f.school_year', ...on].join(', ')})`;
    });
    const grouped = [...(bySchool ? ['f.school_id'] : []), ...dims.map((d) => `f.${column(d)}`)];
    const columns = [
      'f.school_year',
      ...(bySchool ? ['f.school_id::text AS school_id'] : []),
      ...dims.map((d) => `f.${column(d)}::text AS ${column(d)}`),
      `${grouped.length ? `GROUPING(${grouped.join(', ')})` : '0'} AS grouping_bits`,
      ...selects,
    ];
    const sql = `SELECT ${columns.join(', ')}
      FROM (${facts}) f
      WHERE f.school_year = ANY(${yearsParam}::text[])
      GROUP BY GROUPING SETS (${sets.join(', ')})`;
    const rows = await this.run(sql, params);
    const result = new Map<string, RawYear>();
    const width = grouped.length;
    const offset = bySchool ? 1 : 0;
    for (const row of rows) {
      const year = String(row.school_year);
      const data = result.get(year) ?? emptyYear();
      result.set(year, data);
      const bits = Number(row.grouping_bits);
      const groupedOut = (i: number) => ((bits >> (width - 1 - i)) & 1) === 1;
      const school = !bySchool || groupedOut(0) ? DISTRICT : String(row.school_id);
      if (school !== DISTRICT) data.schools.add(school);
      const dimIndex = dims.findIndex((_, i) => !groupedOut(i + offset));
      const dimension = dimIndex < 0 ? '' : dims[dimIndex];
      const group = dimension === '' ? '' : row[column(dimension)] == null ? 'UNKNOWN' : String(row[column(dimension)]);
      if (dimension !== '') {
        const groups = data.groups.get(dimension) ?? new Set<string>();
        groups.add(group);
        data.groups.set(dimension, groups);
      }
      const cell: RawCell = new Map();
      for (const measure of measures) {
        cell.set(
          measure.name,
          variants.map((_, v) => Number(row[`${measure.name}:${v}`] ?? 0)),
        );
      }
      data.cells.set(cellId(school, dimension, group), cell);
    }
    return result;
  }

  private measureSpec(name: string): MeasureSpec {
    const spec = this.spec.measures.find((m) => m.name === name);
    if (!spec) throw new Error(`${this.spec.name}: no measure ${name}`);
    return spec;
  }

  /** The population measure whose suppression a measure follows (itself for students and rates). */
  private guardOf(measure: MeasureSpec): MeasureSpec {
    return measure.kind === 'sum' || measure.kind === 'distinct' ? this.measureSpec(measure.guard) : measure;
  }

  /** Withheld cell ids per protected measure, for the caller, computed once per (year, filter). */
  private withheld(key: string, data: RawYear, filter: MetricFilter, variants: number[][], plan: CubePlan): Map<string, Set<string>> {
    const cached = this.suppressedCache.get(key);
    if (cached) return cached;
    const known = knownRows(this.caller, filter);
    const result = new Map<string, Set<string>>();
    for (const measure of this.spec.measures) {
      if (measure.kind !== 'students' && measure.kind !== 'rate') continue;
      // An exact plan reads only cells the caller knows, which suppression never withholds.
      if (known === 'ALL' || plan.exact || !plan.measures.includes(measure.name)) {
        result.set(measure.name, new Set());
        continue;
      }
      const cells = new Map<string, ProtectedCell>();
      for (const [id, raw] of data.cells) {
        const row = id.slice(0, id.indexOf('|'));
        const counts = (v: number) => this.protectedCounts(measure, raw, v);
        const own = counts(0);
        const differences = variants.slice(1).flatMap((_, i) => counts(i + 1).map((c, j) => c - own[j]));
        cells.set(id, { counts: own, differences, known: row !== DISTRICT && known.has(row), size: own[own.length - 1] });
      }
      result.set(measure.name, suppressCells(cells, linesOf(data, this.spec.dimensions), this.threshold));
    }
    this.suppressedCache.set(key, result);
    return result;
  }

  /** Student counts a cell discloses: [students], or for a rate [numerator, denominator − numerator, denominator]. */
  private protectedCounts(measure: MeasureSpec, raw: RawCell, variant: number): number[] {
    if (measure.kind === 'rate') {
      const numerator = raw.get(measure.name)![variant];
      const denominator = raw.get(measure.denominator)![variant];
      return [numerator, denominator - numerator, denominator];
    }
    return [raw.get(measure.name)![variant]];
  }

  private value(data: RawYear, withheld: Map<string, Set<string>>, row: string, measureName: string): MetricValue {
    const measure = this.measureSpec(measureName);
    const figure = (dimension: MetricDimension | '', group: string) => {
      // A year with nothing recorded has no figures: null says "no data", where 0 would claim none.
      if (!hasFacts(data)) return { value: null, numerator: null, denominator: null, suppressed: false };
      const id = cellId(row, dimension, group);
      const raw = data.cells.get(id);
      const suppressed = withheld.get(this.guardOf(measure).name)!.has(id);
      if (suppressed) return { value: null, numerator: null, denominator: null, suppressed };
      if (measure.kind === 'rate') {
        const numerator = raw?.get(measure.name)![0] ?? 0;
        const denominator = raw?.get(measure.denominator)![0] ?? 0;
        return { value: denominator === 0 ? null : round(numerator / denominator, 4), numerator, denominator, suppressed };
      }
      const value = raw?.get(measure.name)![0] ?? 0;
      return { value: measure.kind === 'sum' ? round(value, measure.decimals ?? 2) : value, numerator: null, denominator: null, suppressed };
    };
    const total = figure('', '');
    return {
      ...total,
      groupsBy: (by) => {
        if (!this.spec.dimensions.includes(by)) {
          throw new UserInputError('by', `${this.spec.name} metrics cannot be broken down by ${by}`, { rule: 'UNSUPPORTED_DIMENSION' });
        }
        if (!hasFacts(data)) return [];
        if (by === 'SCHOOL') {
          if (row !== DISTRICT) return [{ dimension: by, key: row, ...total, gap: null }];
          return [...data.schools].sort().map((school) => {
            const g = this.value(data, withheld, school, measureName);
            return { dimension: by, key: school, value: g.value, numerator: g.numerator, denominator: g.denominator, suppressed: g.suppressed, gap: gap(measure, g, total) };
          });
        }
        const groups = [...(data.groups.get(by) ?? [])]
          .filter((group) => data.cells.has(cellId(row, by, group)))
          .sort();
        return groups.map((group) => {
          const g = figure(by, group);
          return { dimension: by, key: group, ...g, gap: gap(measure, g, total) };
        });
      },
    };
  }
}

function gap(measure: MeasureSpec, group: { value: number | null; suppressed: boolean }, total: { value: number | null; suppressed: boolean }) {
  if (measure.kind !== 'rate' || group.value == null || total.value == null) return null;
  return round(group.value - total.value, 4);
}

/** Every additive line of a year's cube: each row across a dimension's groups, each group across schools. */
function linesOf(data: RawYear, dimensions: readonly MetricDimension[]): AdditiveLine[] {
  const rows = [DISTRICT, ...data.schools];
  const schools = [...data.schools];
  const lines: AdditiveLine[] = [{ total: cellId(DISTRICT, '', ''), parts: schools.map((s) => cellId(s, '', '')) }];
  for (const dimension of dimensions) {
    if (dimension === 'SCHOOL') continue;
    const groups = [...(data.groups.get(dimension) ?? [])];
    for (const row of rows) lines.push({ total: cellId(row, '', ''), parts: groups.map((g) => cellId(row, dimension, g)) });
    for (const group of groups) {
      lines.push({ total: cellId(DISTRICT, dimension, group), parts: schools.map((s) => cellId(s, dimension, group)) });
    }
  }
  return lines;
}

/** Index sets of the filters kept in each variant: all of them first, then every proper subset. */
function variantsOf(active: readonly unknown[]): number[][] {
  const n = active.length;
  const all = (1 << n) - 1;
  const variants: number[][] = [];
  for (let mask = all; mask >= 0; mask--) {
    variants.push([...Array(n).keys()].filter((i) => (mask >> i) & 1));
  }
  return variants;
}

function hasFacts(data: RawYear): boolean {
  return data.cells.has(cellId(DISTRICT, '', ''));
}

function emptyYear(): RawYear {
  return { cells: new Map(), schools: new Set(), groups: new Map() };
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Resolvers of the shared `Metric` and `MetricGroup` types. */
export const metricResolvers = {
  Metric: {
    breakdown: (metric: MetricValue, args: { by: MetricDimension }) => metric.groupsBy(args.by),
  },
  MetricGroup: {
    school: (group: MetricGroupValue) => (group.dimension === 'SCHOOL' ? { __typename: 'School', id: group.key } : null),
  },
};
