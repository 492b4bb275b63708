import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Caller, type CareerGraphClaims, type PolicyCell, policyMatrix, repoRoot, ROLES, type Role } from '@careergraph/kit';
import { SUBGRAPH_PACKAGES } from '@careergraph/stack';
import { buildSchema, type GraphQLFormattedError, type GraphQLObjectType, isObjectType, Kind, parse } from 'graphql';
import { fieldSelection, operationFor } from './support/operation-builder';
import { type RunningSupergraph, startSupergraph } from './support/supergraph-harness';
import { type DemoIdentities, demoIdentities, type Sample, SAMPLES } from './support/policy-samples';

/**
 * Every cell of every subgraph's declarative policy, checked against the running supergraph: each
 * role against each root field (through the gateway, with a token), each entity type (through
 * `_entities`, signed exactly as the gateway signs, since that is the path that reaches any entity
 * by key) and each restricted field. Generated from the policies themselves, so a new rule is
 * covered the day it is written.
 */
const API = buildSchema(readFileSync(path.join(repoRoot, 'schema/api.graphql'), 'utf8'));

let supergraph: RunningSupergraph;
let identities: DemoIdentities;

/** Sample records per `Type:ROLE`, drawn before any cell runs a mutation. */
const samples = new Map<string, Sample>();

beforeAll(async () => {
  supergraph = await startSupergraph({ seedDemo: true });
  identities = await demoIdentities(supergraph.dataSources);
  // The root cells run generated mutations (createPartner and the like), whose new rows could
  // otherwise be drawn as samples: a just-created partner has no worksites yet.
  for (const { subject, coordinate, role } of cells) {
    if (subject === 'root') continue;
    const typeName = coordinate.split('.')[0];
    const key = `${typeName}:${role}`;
    const sample = SAMPLES[typeName];
    if (!sample) throw new Error(`no sample records for ${typeName}: add them to gateway/test/support/policy-samples.ts`);
    if (!samples.has(key)) samples.set(key, await sample(supergraph.dataSources, identities, role));
  }
});

afterAll(async () => {
  await supergraph?.stop();
});

/** The types a subgraph resolves by key: what `_entities` can be asked for. */
function entityTypes(subgraph: string): Set<string> {
  const sdl = parse(readFileSync(path.join(repoRoot, 'schema', `${subgraph}.graphql`), 'utf8'));
  return new Set(
    sdl.definitions.flatMap((definition) =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.directives?.some((d) => d.name.value === 'key') ? [definition.name.value] : [],
    ),
  );
}

/**
 * Every cell of every policy. Rules on value types (metrics, connections' nodes such as TimeEntry)
 * are reached only through their parent entity, so their cells are the parent's; the subgraphs'
 * own authorization tests exercise them.
 */
const cells = SUBGRAPH_PACKAGES.flatMap(({ name, policy }) => {
  const entities = entityTypes(name);
  return policyMatrix(policy)
    .filter((cell) => cell.subject === 'root' || entities.has(cell.coordinate.split('.')[0]))
    .map((cell) => ({ subgraph: name, ...cell }));
});

it('covers every subgraph', () => {
  expect(new Set(cells.map((cell) => cell.subgraph))).toEqual(new Set(SUBGRAPH_PACKAGES.map(({ name }) => name)));
});

function claimsFor(role: Role): CareerGraphClaims & { subject: string } {
  return { subject: `matrix-${role.toLowerCase()}`, role, ...identities.scopes[role] };
}

function callerFor(role: Role): Caller {
  const { subject, role: _role, schoolIds = [], ...scope } = claimsFor(role);
  return { subject, role, scope: { schoolIds, ...scope } };
}

const ruleOf = (errors: readonly GraphQLFormattedError[] | undefined, at: (path: readonly (string | number)[]) => boolean) =>
  (errors ?? []).filter((error) => error.extensions?.code === 'FORBIDDEN' && at(error.path ?? [])).map((error) => error.extensions?.rule);

describe.each(ROLES)('role %s', (role) => {
  const rootCells = cells.filter((cell) => cell.role === role && cell.subject === 'root');
  // An @inaccessible root field is not in the API; the gateway cannot be asked for it at all.
  const reachable = rootCells.filter(({ coordinate }) => {
    const [root, field] = coordinate.split('.') as ['Query' | 'Mutation', string];
    return Boolean((root === 'Query' ? API.getQueryType() : API.getMutationType())?.getFields()[field]);
  });

  it.each(reachable.map((cell) => [cell.coordinate, cell.access, cell]))('root %s: %s', async (_coordinate, access, cell) => {
    const [root, field] = (cell as PolicyCell).coordinate.split('.') as ['Query' | 'Mutation', string];
    const { query, variables } = operationFor(API, root, field);
    const result = await supergraph.requestAs(claimsFor(role), query, variables);
    const refusals = ruleOf(result.errors, (p) => p[0] === field);
    if (access === 'DENY') {
      expect(refusals).toContain('ROLE_POLICY');
      expect((result.data as Record<string, unknown> | null)?.[field] ?? null).toBeNull();
    } else {
      expect(refusals).not.toContain('ROLE_POLICY');
    }
  });

  const typeCells = cells.filter((cell) => cell.role === role && cell.subject !== 'root');
  it.each(typeCells.map((cell) => [cell.subject, cell.coordinate, cell.access, cell]))('%s %s: %s', async (_subject, coordinate, access, cell) => {
    const { subgraph } = cell as (typeof cells)[number];
    const [typeName, fieldName] = (coordinate as string).split('.');
    const { inScope, outOfScope } = samples.get(`${typeName}:${role}`)!;
    const subgraphSchema = API.getType(typeName) as GraphQLObjectType | undefined;
    const field = fieldName ? (subgraphSchema && isObjectType(subgraphSchema) ? subgraphSchema.getFields()[fieldName] : undefined) : undefined;
    if (fieldName && !field) return; // an @inaccessible field: only SERVICE lookups reach it, covered by the subgraph's tests
    const { definitions, selection, variables } = field ? fieldSelection(field) : { definitions: '', selection: 'id', variables: {} };
    const entities = async (id: string) => {
      const query = `query PolicyMatrix($representations: [_Any!]!${definitions ? `, ${definitions.slice(1, -1)}` : ''}) {
        _entities(representations: $representations) { ... on ${typeName} { ${selection} } } }`;
      return supergraph.subgraphRequest<{ _entities: (Record<string, unknown> | null)[] }>(
        subgraph,
        query,
        { representations: [{ __typename: typeName, id }], ...variables },
        callerFor(role),
      );
    };
    const result = await entities(inScope);
    const refusals = ruleOf(result.errors, (p) => p[0] === '_entities');
    if (access === 'DENY') {
      expect(refusals).toContain('ROLE_POLICY');
      return;
    }
    expect(refusals).toEqual([]);
    expect(result.data?._entities[0]).not.toBeNull();
    if (access === 'OWN') {
      expect(outOfScope).toBeDefined();
      const outside = await entities(outOfScope!);
      expect(ruleOf(outside.errors, (p) => p[0] === '_entities')).toContain('OUTSIDE_SCOPE');
    }
  });
});
