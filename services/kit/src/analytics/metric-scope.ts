import type { GraphQLResolveInfo } from 'graphql';
import type { Caller } from '../auth/caller';
import { parseSchoolYear } from '../domain/school-year';
import { UserInputError } from '../errors/app-errors';
import { parseId } from '../ids';
import { type MetricFamilySpec, type MetricFilter, MetricCube, type MetricValue, type SqlRunner } from './metric-cube';
import { type MetricSelection, metricSelection } from './metric-selection';

/**
 * What a metric-family object (e.g. `WorkBasedLearningMetrics`) stands for: a school year and a
 * filter, and what the query reads of it (without it, the whole cube is computed).
 */
export interface MetricScope {
  family: string;
  year: string;
  filter: MetricFilter;
  selection?: MetricSelection;
}

/**
 * The scope of a family field: `year` validated, ids validated, and the parent entity's own
 * restriction (`School` → schoolId, `Program` → programId) applied over the client's filter.
 * `info` is the family field's own: the cube computes only what the operation reads of the family.
 */
export function metricScope(
  family: string,
  year: string,
  filter: MetricFilter | null | undefined,
  fixed: Partial<MetricFilter>,
  info: Pick<GraphQLResolveInfo, 'schema' | 'operation' | 'fragments' | 'variableValues' | 'returnType'> | undefined,
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
  return { family, year: parseSchoolYear('schoolYear', year).id, filter: scope, selection: info && metricSelection(info) };
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
    return this.cube(scope.family).metric(scope.year, scope.filter, measure, scope.selection);
  }

  private cube(family: string): MetricCube {
    let cube = this.cubes.get(family);
    if (!cube) {
      const spec = this.specs.find((s) => s.name === family);
      if (!spec) throw new Error(`no metric family ${family}`);
      cube = new MetricCube(spec, this.run, this.caller, this.threshold);
      this.cubes.set(family, cube);
    }
    return cube;
  }

  /** The family's `hasData`: anything recorded in the scope's year, district-wide. */
  hasData(scope: MetricScope): Promise<boolean> {
    return this.cube(scope.family).hasData(scope.year, scope.filter, scope.selection);
  }
}

/** Resolvers of a family type: each field is the measure of the same name, and `hasData`. */
export function metricFamilyResolvers<TContext extends { analytics: MetricCubes }>(measures: readonly string[]) {
  const measureResolvers = Object.fromEntries(
    measures.map((measure) => [measure, (scope: MetricScope, _args: unknown, context: TContext) => context.analytics.metric(scope, measure)]),
  ) as Record<string, (scope: MetricScope, args: unknown, context: TContext) => Promise<MetricValue>>;
  return Object.assign(measureResolvers, {
    hasData: (scope: MetricScope, _args: unknown, context: TContext) => context.analytics.hasData(scope),
  });
}

/** An entity another subgraph owns (or a school year), as a reference: its key only. */
export interface EntityKey {
  id: string;
}
