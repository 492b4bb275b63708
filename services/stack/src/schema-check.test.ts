import { repoRoot } from '@careergraph/kit';
import { buildSchema } from 'graphql';
import {
  acceptBreakingChanges,
  checkSchema,
  type ClientOperation,
  formatReport,
  readClientOperations,
  schemaCoordinatesUsed,
  schemaFingerprint,
} from './schema-check';

const PUBLISHED = `
type Query {
  opportunity(id: ID!): Opportunity
  opportunities(filter: OpportunityFilter): [Opportunity!]!
}
type Opportunity {
  id: ID!
  title: String!
  slotsRemaining: Int!
  status: OpportunityStatus!
}
enum OpportunityStatus { OPEN CLOSED }
input OpportunityFilter { status: OpportunityStatus }
`;

const slots: ClientOperation = {
  name: 'OpportunitySlots',
  file: 'gateway/operations/partners.graphql',
  document: 'query OpportunitySlots($id: ID!) { opportunity(id: $id) { id slotsRemaining } }',
};
const titles: ClientOperation = {
  name: 'OpenOpportunities',
  file: 'benchmarks/src/operations.ts',
  document: 'query OpenOpportunities($filter: OpportunityFilter) { opportunities(filter: $filter) { ...Title } }\nfragment Title on Opportunity { title }',
};
const operations = [slots, titles];

const check = (current: string, overrides = [] as Parameters<typeof checkSchema>[0]['overrides']) =>
  checkSchema({ published: PUBLISHED, current, operations, overrides });

describe('checkSchema', () => {
  it('fails a breaking change that is not accepted, naming the operation that uses the field and its file', async () => {
    const result = await check(PUBLISHED.replace('slotsRemaining: Int!', 'slotsRemaining: Int'));

    expect(result.ok).toBe(false);
    expect(result.breaking).toEqual([
      expect.objectContaining({ type: 'FIELD_TYPE_CHANGED', coordinate: 'Opportunity.slotsRemaining', override: undefined, operations: [slots] }),
    ]);
    const report = formatReport(result);
    expect(report).toContain("BREAKING  Field 'Opportunity.slotsRemaining' changed type from 'Int!' to 'Int'");
    expect(report).toContain('used by: OpportunitySlots (gateway/operations/partners.graphql)');
    expect(report).toContain('NOT ACCEPTED');
  });

  it('passes a break accepted against this published schema, still naming the operation it touches', async () => {
    const current = PUBLISHED.replace('slotsRemaining: Int!', 'slotsRemaining: Int');
    const overrides = acceptBreakingChanges(await check(current), 'partial answers', '2026-12-07');
    expect(overrides).toEqual([
      {
        against: schemaFingerprint(PUBLISHED),
        type: 'FIELD_TYPE_CHANGED',
        coordinate: 'Opportunity.slotsRemaining',
        change: "Field 'Opportunity.slotsRemaining' changed type from 'Int!' to 'Int'",
        reason: 'partial answers',
        acceptedOn: '2026-12-07',
      },
    ]);

    const result = await check(current, overrides);
    expect(result.ok).toBe(true);
    expect(formatReport(result)).toContain(
      'used by: OpportunitySlots (gateway/operations/partners.graphql)\n      accepted 2026-12-07: partial answers',
    );
  });

  it('does not let an override written against another published schema, or another change to the same field, accept a break', async () => {
    const current = PUBLISHED.replace('slotsRemaining: Int!', 'slotsRemaining: Int');
    const [entry] = acceptBreakingChanges(await check(current), 'partial answers', '2026-12-07');

    const olderContract = await check(current, [{ ...entry, against: schemaFingerprint('type Query { a: Int }') }]);
    expect(olderContract.ok).toBe(false);

    const retyped = await check(PUBLISHED.replace('slotsRemaining: Int!', 'slotsRemaining: Float!'), [entry]);
    expect(retyped.ok).toBe(false);
    expect(retyped.unusedOverrides).toEqual([entry]);
    expect(formatReport(retyped)).toContain('UNUSED OVERRIDE Opportunity.slotsRemaining');
  });

  it('fails an operation the new schema refuses even when the removal is accepted', async () => {
    const current = PUBLISHED.replace('  title: String!\n', '');
    const overrides = acceptBreakingChanges(await check(current), 'retired', '2026-12-07');
    const result = await check(current, overrides);

    expect(result.breaking.map((change) => [change.coordinate, change.operations.map((op) => op.name)])).toEqual([
      ['Opportunity.title', ['OpenOpportunities']],
    ]);
    expect(result.ok).toBe(false);
    expect(result.invalidOperations).toEqual([{ operation: titles, messages: ['Cannot query field "title" on type "Opportunity".'] }]);
    expect(formatReport(result)).toContain('INVALID   OpenOpportunities (benchmarks/src/operations.ts): Cannot query field "title" on type "Opportunity".');
  });

  it('passes a safe addition, and reports a dangerous one with the operations it reaches without failing', async () => {
    const added = await check(PUBLISHED.replace('  title: String!\n', '  title: String!\n  "New."\n  hoursPerWeek: Int\n'));
    expect(added).toMatchObject({ ok: true, breaking: [], dangerous: [], invalidOperations: [] });
    expect(added.safeChanges).toBeGreaterThan(0);

    // A new enum value: a client switching over the values it knows may meet one it does not.
    const widened = await check(PUBLISHED.replace('enum OpportunityStatus { OPEN CLOSED }', 'enum OpportunityStatus { OPEN CLOSED FILLED }'));
    expect(widened.ok).toBe(true);
    expect(widened.dangerous).toEqual([expect.objectContaining({ coordinate: 'OpportunityStatus.FILLED', operations: [titles] })]);
  });

  it('names an operation whose field gains a required argument, or whose input type gains a required field', async () => {
    const argument = await check(PUBLISHED.replace('opportunity(id: ID!)', 'opportunity(id: ID!, district: ID!)'));
    expect(argument.breaking).toEqual([expect.objectContaining({ coordinate: 'Query.opportunity.district', operations: [slots] })]);
    expect(argument.invalidOperations.map((problem) => problem.operation.name)).toEqual(['OpportunitySlots']);

    const input = await check(PUBLISHED.replace('input OpportunityFilter { status: OpportunityStatus }', 'input OpportunityFilter { status: OpportunityStatus, district: ID! }'));
    expect(input.breaking).toEqual([expect.objectContaining({ coordinate: 'OpportunityFilter.district', operations: [titles] })]);
  });

  it('reports deprecated usage as a warning: the operation still validates', async () => {
    const result = await check(PUBLISHED.replace('slotsRemaining: Int!', 'slotsRemaining: Int! @deprecated(reason: "Use openSlots.")'));
    expect(result.ok).toBe(true);
    expect(result.deprecatedUsage).toEqual([{ operation: slots, messages: [expect.stringContaining('slotsRemaining')] }]);
  });
});

describe('acceptBreakingChanges', () => {
  it('needs a reason and a coordinate that is a breaking change', async () => {
    const result = await check(PUBLISHED.replace('slotsRemaining: Int!', 'slotsRemaining: Int'));
    expect(() => acceptBreakingChanges(result, '  ', '2026-12-07')).toThrow(/needs a reason/);
    expect(() => acceptBreakingChanges(result, 'why', '2026-12-07', ['Opportunity.title'])).toThrow('no breaking change at Opportunity.title');
    expect(acceptBreakingChanges(result, 'why', '2026-12-07', ['Opportunity.slotsRemaining'])).toHaveLength(1);
  });
});

describe('schemaCoordinatesUsed', () => {
  it('collects types, fields and arguments through fragments, and every field of an input type sent', () => {
    const used = schemaCoordinatesUsed(buildSchema(PUBLISHED), titles.document);
    expect([...used].sort()).toEqual(
      ['Opportunity', 'Opportunity.title', 'OpportunityFilter', 'OpportunityFilter.status', 'OpportunityStatus', 'Query', 'Query.opportunities', 'Query.opportunities.filter', 'String'].sort(),
    );
  });
});

describe('readClientOperations', () => {
  it('finds the dashboard’s, the playground’s and the benchmark’s operations with the files they are written in', () => {
    const found = readClientOperations(repoRoot);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'DashboardHeadlines', file: 'gateway/operations/analytics.graphql' }),
        expect.objectContaining({ name: 'StudentFullView', file: 'gateway/operations/student-full-view.graphql' }),
        expect.objectContaining({ name: 'DistrictMetrics', file: 'benchmarks/src/operations.ts' }),
      ]),
    );
    // Each one runnable on its own: fragments travel with the operations that spread them.
    const metrics = found.find((op) => op.name === 'SchoolYearMetrics')!.document;
    expect(metrics).toContain('...MetricFigure');
    expect(metrics).toContain('fragment MetricFigure on Metric');
  });
});
