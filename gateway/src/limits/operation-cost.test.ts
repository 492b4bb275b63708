import { buildSchema, getVariableValues, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { operationCost } from './operation-cost';

const schema = buildSchema(`
  type Query {
    students(first: Int = 20, after: String): StudentConnection!
    partners(first: Int): PartnerConnection!
    student(id: ID!): Student
    search(term: String!): [SearchResult!]!
  }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type StudentConnection { edges: [StudentEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type StudentEdge { cursor: String! node: Student! }
  type PartnerConnection { nodes: [Partner!]! }
  type School { id: ID! name: String! }
  type Partner { id: ID! name: String! }
  type Student {
    id: ID!
    preferredName: String!
    school: School!
    enrollments: [Enrollment!]!
    timeEntries(first: Int = 20): TimeEntryConnection!
  }
  type Enrollment { id: ID! school: School! }
  type TimeEntryConnection { edges: [TimeEntryEdge!]! }
  type TimeEntryEdge { node: TimeEntry! }
  type TimeEntry { id: ID! hours: Float! }
  union SearchResult = Student | Partner
`);

const OPTIONS = { defaultPageSize: 25, listSize: 10 };

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const { coerced, errors } = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  expect(errors).toBeUndefined();
  return operationCost(schema, document, operation, coerced!, OPTIONS);
}

describe('operation cost', () => {
  it('counts objects, not scalars, and multiplies below a connection by its `first`', () => {
    // students 1 + 10 edges × (edge 1 + node 1 + school 1); pageInfo 1.
    expect(cost('{ students(first: 10) { totalCount pageInfo { hasNextPage } edges { cursor node { id preferredName school { name } } } } }')).toBe(32);
    expect(cost('{ students(first: 100) { edges { node { school { name } } } } }')).toBe(301);
  });

  it('reads `first` from variables, then the variable default, the schema default, and the configured default page size', () => {
    const query = 'query($n: Int) { students(first: $n) { edges { node { id } } } }';
    expect(cost(query, { n: 4 })).toBe(1 + 4 * 2);
    expect(cost('query($n: Int = 7) { students(first: $n) { edges { node { id } } } }')).toBe(1 + 7 * 2);
    // No variable: the argument's schema default (20).
    expect(cost(query)).toBe(1 + 20 * 2);
    // A paginated field with no default in the schema: the configured page size (25).
    expect(cost('{ partners { nodes { name } } }')).toBe(1 + 25);
  });

  it('multiplies down nested connections and unpaginated lists', () => {
    // students 1 + 10 × (edge 1 + node 1 + timeEntries 1 + 5 × (edge 1 + node 1) + enrollments 10 × (1 + school 1)).
    const query = '{ students(first: 10) { edges { node { timeEntries(first: 5) { edges { node { hours } } } enrollments { school { id } } } } } }';
    expect(cost(query)).toBe(1 + 10 * (1 + 1 + 1 + 5 * 2 + 10 * 2));
    expect(cost(query.replace('first: 5', 'first: 50'))).toBe(1 + 10 * (1 + 1 + 1 + 50 * 2 + 10 * 2));
  });

  it('counts fragments and inline fragments as if written in place', () => {
    const inline = cost('{ students(first: 3) { edges { node { school { id } timeEntries { edges { node { id } } } } } } }');
    const withFragments = cost(`
      query { students(first: 3) { ...Page } }
      fragment Page on StudentConnection { edges { node { ...Row } } }
      fragment Row on Student { school { id } ... on Student { timeEntries { edges { node { id } } } } }
    `);
    expect(withFragments).toBe(inline);
    // Every alternative of a union counts (an upper bound).
    expect(cost('{ search(term: "a") { ... on Student { school { id } } ... on Partner { id } } }')).toBe(10 * (1 + 1));
  });

  it('leaves introspection and __typename free', () => {
    expect(cost('{ __typename __schema { types { name fields { name type { name } } } } }')).toBe(0);
  });

  it('costs a document of fragments spreading each other in linear time, however large the answer', () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1 ? `fragment F${i} on Student { school { id } }` : `fragment F${i} on Student { ...F${i + 1} enrollments { id } ...F${i + 1} }`,
    );
    const query = `{ student(id: "1") { ...F0 } }\n${fragments.join('\n')}`;
    // 2^39 copies of the innermost school: far beyond any limit, and computed at once.
    expect(cost(query)).toBeGreaterThan(2 ** 39);
  });
});
