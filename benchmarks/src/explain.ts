import type pg from 'pg';
import type { LoggedStatement } from '@careergraph/kit';

/** Tables this large must never be read whole by a benchmark operation. */
const LARGE_TABLE_ROWS = 10_000;

export interface PlanSummary {
  /** The statement, shortened to its first line of SQL. */
  statement: string;
  /** Scan nodes as `Index Scan on students using IDX_...`. */
  scans: string[];
  executionMs: number;
  /** Sequential scans of large tables: each one is a missing or unused index. */
  seqScansOnLargeTables: string[];
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Schema?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

/** EXPLAIN ANALYZE of every distinct statement an operation sent (as the subgraphs logged them). */
export async function explainStatements(client: pg.Client, statements: LoggedStatement[]): Promise<PlanSummary[]> {
  const distinct = new Map(statements.filter((s) => /^\s*(SELECT|WITH)\b/i.test(s.sql)).map((s) => [s.sql, s]));
  const summaries: PlanSummary[] = [];
  for (const { sql, parameters } of distinct.values()) {
    const result = await client.query(`EXPLAIN (ANALYZE, VERBOSE, FORMAT JSON) ${sql}`, (parameters ?? []) as unknown[]);
    const [explained] = result.rows[0]['QUERY PLAN'] as [{ Plan: PlanNode; 'Execution Time': number }];
    const scans: string[] = [];
    const seq: string[] = [];
    const visit = async (node: PlanNode) => {
      if (node['Relation Name']) {
        const table = `${node.Schema ?? ''}.${node['Relation Name']}`;
        scans.push(`${node['Node Type']} on ${table}${node['Index Name'] ? ` using ${node['Index Name']}` : ''}`);
        if (node['Node Type'] === 'Seq Scan' && (await estimatedRows(client, table)) > LARGE_TABLE_ROWS) seq.push(table);
      }
      for (const child of node.Plans ?? []) await visit(child);
    };
    await visit(explained.Plan);
    summaries.push({ statement: sql.replace(/\s+/g, ' ').trim().slice(0, 160), scans, executionMs: explained['Execution Time'], seqScansOnLargeTables: seq });
  }
  return summaries;
}

async function estimatedRows(client: pg.Client, table: string): Promise<number> {
  const result = await client.query<{ rows: number }>(`SELECT reltuples::bigint AS rows FROM pg_class WHERE oid = $1::regclass`, [table]);
  return Number(result.rows[0]?.rows ?? 0);
}
