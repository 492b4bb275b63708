import type { Caller } from '../auth/caller';
import { parseSchoolYear } from '../domain/school-year';
import { UserInputError } from '../errors/app-errors';
import { parseId } from '../ids';
import { type MetricFamilySpec, type MetricFilter, MetricCube, type MetricValue, type SqlRunner } from './metric-cube';

/** What a metric-family object (e.g. `WorkBasedLearningMetrics`) stands for: a school year and a filter. */
export interface MetricScope {
  family: string;
  year: string;
  filter: MetricFilter;
}

/**
 * The scope of a family field: `year` validated, ids validated, and the parent entity's own
 * restriction (`School` → schoolId, `Program` → programId) applied over the client's filter.
 */
export function metricScope(
  family: string,
  year: string,
  filter: MetricFilter | null | undefined,
  fixed: Partial<MetricFilter> = {},
): MetricScope {
  const scope: MetricFilter = {};
  const given = { ...(filter ?? {}) };
  for (const [name, value] of Object.entries(fixed) as [keyof MetricFilter, string][]) {
    if (given[name] != null && given[name] !== value) {
      throw new UserInputError(`filter.${name}`, `this ${name === 'schoolId' ? 'school' : 'program'}'s metrics cannot be filtered to another one`);
    }
    given[name] = value;
  }
  if (given.schoolId != null) scope.schoolId = parseId('filter.schoolId', given.schoolId);
  if (given.programId != null) scope.programId = parseId('filter.programId', given.programId);
  if (given.department != null) scope.department = given.department;
  if (given.careerCluster != null) scope.careerCluster = given.careerCluster;
  return { family, year: parseSchoolYear('schoolYear', year).id, filter: scope };
}

/** The metric families of one subgraph for one request: a cube per family, created on first use. */
export class MetricCubes {
  private readonly cubes = new Map<string, MetricCube>();

  constructor(
    private readonly specs: readonly MetricFamilySpec[],
    private readonly run: SqlRunner,
    private readonly caller: Caller,
    private readonly threshold: number,
  ) {}

  metric(scope: MetricScope, measure: string): Promise<MetricValue> {
    let cube = this.cubes.get(scope.family);
    if (!cube) {
      const spec = this.specs.find((s) => s.name === scope.family);
      if (!spec) throw new Error(`no metric family ${scope.family}`);
      cube = new MetricCube(spec, this.run, this.caller, this.threshold);
      this.cubes.set(scope.family, cube);
    }
    return cube.metric(scope.year, scope.filter, measure);
  }
}

/** Resolvers of a family type: each field is the measure of the same name. */
export function metricFamilyResolvers<TContext extends { analytics: MetricCubes }>(measures: readonly string[]) {
  return Object.fromEntries(
    measures.map((measure) => [measure, (scope: MetricScope, _args: unknown, context: TContext) => context.analytics.metric(scope, measure)]),
  ) as Record<string, (scope: MetricScope, args: unknown, context: TContext) => Promise<MetricValue>>;
}

/** An entity another subgraph owns (or a school year), as a reference: its key only. */
export interface EntityKey {
  id: string;
}
