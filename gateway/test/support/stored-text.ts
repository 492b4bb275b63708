import type { DataSource } from 'typeorm';

/**
 * Every table, in every subgraph's database and every schema of it but the system ones, with a row
 * whose text contains `needle`, as "subgraph: schema.table", sorted: where a piece of personal data
 * (an address) or a secret is stored.
 */
export async function tablesHolding(dataSources: Record<string, DataSource>, needle: string): Promise<string[]> {
  const holders: string[] = [];
  for (const [subgraph, dataSource] of Object.entries(dataSources)) {
    const tables: { table_schema: string; table_name: string }[] = await dataSource.query(
      `SELECT table_schema, table_name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    for (const { table_schema, table_name } of tables) {
      const [{ found }] = await dataSource.query(
        `SELECT EXISTS (SELECT 1 FROM "${table_schema}"."${table_name}" t WHERE strpos(t::text, $1) > 0) AS found`,
        [needle],
      );
      if (found) holders.push(`${subgraph}: ${table_schema}.${table_name}`);
    }
  }
  return holders.sort();
}
