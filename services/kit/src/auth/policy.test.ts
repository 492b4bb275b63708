import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, parse } from 'graphql';
import type { Caller, Role } from './caller';
import { definePolicy, enforcePolicy, type FieldDecision, policyMatrix, type SubgraphPolicy } from './policy';
import { defineScope, rowsWhere } from './row-scope';

const pupilScope = defineScope<{ schoolId: string }>({
  entity: 'Pupil',
  columns: { schoolId: 'school_id' },
  rules: { SCHOOL_STAFF: (caller) => rowsWhere({ schoolId: caller.schoolIds }) },
});

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query { pupil(id: ID!): Pupil  pupils: [Pupil!]! }
  type Mutation { renamePupil(id: ID!, name: String!): Pupil }
  type Pupil @key(fields: "id") { id: ID! name: String! schoolId: ID! birthday: String }
`);

const PUPILS = [
  { id: 'p1', name: 'Ana', schoolId: 's1', birthday: '2010-01-01' },
  { id: 'p2', name: 'Ben', schoolId: 's2', birthday: '2011-02-02' },
];

const resolvers = {
  Query: { pupil: (_: unknown, { id }: { id: string }) => PUPILS.find((p) => p.id === id), pupils: () => PUPILS },
  Mutation: { renamePupil: (_: unknown, { id, name }: { id: string; name: string }) => ({ ...PUPILS.find((p) => p.id === id)!, name }) },
  Pupil: { __resolveReference: ({ id }: { id: string }) => PUPILS.find((p) => p.id === id) },
};

function build(observed: FieldDecision<unknown>[] = [], policy?: SubgraphPolicy) {
  return enforcePolicy(
    buildSubgraphSchema({ typeDefs, resolvers: resolvers as never }),
    policy ??
      definePolicy({
        subgraph: 'test',
        Query: { pupil: { DISTRICT_ADMIN: 'ALL', SCHOOL_STAFF: 'OWN' }, pupils: { DISTRICT_ADMIN: 'ALL' } },
        Mutation: { renamePupil: { DISTRICT_ADMIN: 'ALL' } },
        types: {
          Pupil: {
            access: { DISTRICT_ADMIN: 'ALL', SCHOOL_STAFF: 'OWN' },
            fields: { birthday: { DISTRICT_ADMIN: 'ALL' } },
            scope: pupilScope,
            observe: (decision) => observed.push(decision),
          },
        },
      }),
  );
}

const as = (role: Role | 'SERVICE', schoolIds: string[] = []): { caller: Caller } => ({ caller: { subject: 'u', role, scope: { schoolIds } } });
const run = (schema: ReturnType<typeof build>, source: string, context: { caller: Caller }) => graphql({ schema, source, contextValue: context });

describe('enforcePolicy', () => {
  it('lets a role through to what its rules grant', async () => {
    const result = await run(build(), '{ pupils { id name birthday } }', as('DISTRICT_ADMIN'));
    expect(result).toEqual({ data: { pupils: PUPILS.map(({ id, name, birthday }) => ({ id, name, birthday })) } });
  });

  it('refuses a root field a role is not granted, and a mutation, with FORBIDDEN and rule ROLE_POLICY', async () => {
    const schema = build();
    const read = await run(schema, '{ pupils { id } }', as('SCHOOL_STAFF', ['s1']));
    expect(read.data).toBeNull();
    expect(read.errors?.[0]).toMatchObject({ message: 'role SCHOOL_STAFF may not read Query.pupils', extensions: { code: 'FORBIDDEN', rule: 'ROLE_POLICY' } });
    const write = await run(schema, 'mutation { renamePupil(id: "p1", name: "X") { id } }', as('ANALYST'));
    expect(write.errors?.[0].message).toBe('role ANALYST may not call Mutation.renamePupil');
  });

  it('serves an OWN role only its records, and nulls a narrower field with an error at its path while the rest arrives', async () => {
    const observed: FieldDecision<unknown>[] = [];
    const schema = build(observed);
    const own = await run(schema, '{ pupil(id: "p1") { id name birthday } }', as('SCHOOL_STAFF', ['s1']));
    expect(own.data).toEqual({ pupil: { id: 'p1', name: 'Ana', birthday: null } });
    expect(own.errors).toHaveLength(1);
    expect(own.errors?.[0]).toMatchObject({ path: ['pupil', 'birthday'], extensions: { code: 'FORBIDDEN', rule: 'ROLE_POLICY' } });
    expect(observed.map((d) => [d.fieldName, d.allowed])).toEqual([
      ['id', true],
      ['name', true],
      ['birthday', false],
    ]);

    const other = await run(schema, '{ pupil(id: "p2") { name } }', as('SCHOOL_STAFF', ['s1']));
    expect(other.data).toEqual({ pupil: null });
    expect(other.errors?.[0]).toMatchObject({ message: 'Pupil.name is outside the scope of this SCHOOL_STAFF', extensions: { rule: 'OUTSIDE_SCOPE' } });
  });

  it('guards _entities: a role without the type is refused, an OWN role only gets its records, SERVICE reads all', async () => {
    const schema = build();
    const query = `{ _entities(representations: [{ __typename: "Pupil", id: "p1" }, { __typename: "Pupil", id: "p2" }]) { ... on Pupil { id birthday } } }`;
    const staff = await run(schema, query, as('SCHOOL_STAFF', ['s1']));
    expect(staff.data?._entities).toEqual([{ id: 'p1', birthday: null }, null]);
    expect(staff.errors?.map((e) => [e.path?.join('.'), e.extensions?.rule])).toEqual(
      expect.arrayContaining([
        ['_entities.0.birthday', 'ROLE_POLICY'],
        ['_entities.1', 'OUTSIDE_SCOPE'],
      ]),
    );
    const partner = await run(schema, query, as('PARTNER_USER'));
    expect(partner.data?._entities).toEqual([null, null]);
    expect(partner.errors?.[0].message).toBe('role PARTNER_USER may not read Pupil');
    const service = await run(schema, query, as('SERVICE'));
    expect(service).toEqual({ data: { _entities: PUPILS.map(({ id, birthday }) => ({ id, birthday })) } });
  });

  it('refuses to start when a root field or entity has no rule, or a rule names what is not there', () => {
    expect(() =>
      build([], definePolicy({ subgraph: 'test', Query: { pupil: { DISTRICT_ADMIN: 'ALL' }, ghost: {} }, types: { Pupil: { access: { SCHOOL_STAFF: 'OWN' } } } })),
    ).toThrow(
      [
        'The test policy is incomplete:',
        '- Query.pupils has no rule',
        '- Query.ghost is not in the schema',
        '- Mutation.renamePupil has no rule',
        '- Pupil grants SCHOOL_STAFF OWN access but declares no scope',
      ].join('\n'),
    );
  });

  it('tabulates every role against every rule for the policy-matrix tests', () => {
    const cells = policyMatrix(
      definePolicy({ subgraph: 'test', Query: { pupils: { DISTRICT_ADMIN: 'ALL' } }, types: { Pupil: { access: { STUDENT: 'OWN' }, fields: { birthday: {} } } } }),
    );
    expect(cells).toHaveLength(3 * 6);
    expect(cells.filter((c) => c.access !== 'DENY')).toEqual([
      { subject: 'root', coordinate: 'Query.pupils', role: 'DISTRICT_ADMIN', access: 'ALL' },
      { subject: 'entity', coordinate: 'Pupil', role: 'STUDENT', access: 'OWN' },
    ]);
  });
});
