import { readFileSync } from 'node:fs';
import path from 'node:path';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { type QueryPlan, QueryPlanner } from '@apollo/query-planner';
import { repoRoot } from '@careergraph/kit';
import { parse } from 'graphql';
import { OPERATIONS } from '../../benchmarks/src/operations';

/**
 * How the committed supergraph plans the queries whose shape matters for latency: what the gateway
 * serving it (ours or any other) will send, without starting anything.
 */
const supergraph = Supergraph.build(readFileSync(path.join(repoRoot, 'schema/supergraph.graphql'), 'utf8'));
const planner = new QueryPlanner(supergraph);

function planOf(query: string): QueryPlan['node'] {
  return planner.buildQueryPlan(operationFromDocument(supergraph.schema, parse(query))).node;
}

describe('query plans of the supergraph', () => {
  it("asks students, placements and credentials for one school year's metrics side by side", () => {
    // Through students first, the placements and credentials metrics waited for Perkins and the cohort.
    const node = planOf(OPERATIONS.find((op) => op.name === 'districtMetrics')!.query);
    expect(node?.kind).toBe('Parallel');
    const fetches = node?.kind === 'Parallel' ? node.nodes : [];
    expect(fetches.map((fetch) => fetch.kind)).toEqual(['Fetch', 'Fetch', 'Fetch']);
    expect(fetches.map((fetch) => (fetch.kind === 'Fetch' ? fetch.serviceName : '')).sort()).toEqual(['credentials', 'placements', 'students']);
  });

  it('still asks students alone for what only it knows of a year', () => {
    const node = planOf('query Y($id: ID!) { schoolYear(id: $id) { id startDate endDate } }');
    expect(node).toMatchObject({ kind: 'Fetch', serviceName: 'students' });
  });
});
