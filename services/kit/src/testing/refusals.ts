import type { DataSource } from 'typeorm';

/**
 * A digest of every table in a service's schema (row count and a hash of all rows), so a test can
 * show a refused mutation changed nothing at all, updates included. The migrations table is left
 * out; it only changes when migrations run.
 */
export async function schemaState(dataSource: DataSource, schema: string): Promise<Record<string, string>> {
  const tables: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = $1 AND table_type = 'BASE TABLE' AND table_name <> 'migrations'
      ORDER BY table_name`,
    [schema],
  );
  if (tables.length === 0) return {};
  const rows: { name: string; state: string }[] = await dataSource.query(
    tables
      .map(
        ({ table_name: table }) =>
          `SELECT '${table}' AS name, count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS state
             FROM "${schema}"."${table}" t`,
      )
      .join(' UNION ALL '),
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.state]));
}

export interface ExpectedRefusal {
  code: string;
  /** The input path the error must name (and lead its message with). */
  field?: string;
  rule?: string;
}

interface ExecutionResult {
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * Runs an operation that must be refused and checks the one error's code, field and rule, and that
 * the schema is exactly as it was. Returns the error for further checks.
 */
export async function expectRefused(
  execute: () => Promise<ExecutionResult>,
  database: { dataSource: DataSource; schema: string },
  expected: ExpectedRefusal,
) {
  const before = await schemaState(database.dataSource, database.schema);
  const result = await execute();
  expect(result.errors).toHaveLength(1);
  const [error] = result.errors!;
  expect(error.extensions).toMatchObject({
    code: expected.code,
    ...(expected.field ? { field: expected.field } : {}),
    ...(expected.rule ? { rule: expected.rule } : {}),
  });
  if (expected.field) expect(error.message).toContain(expected.field);
  expect(await schemaState(database.dataSource, database.schema)).toEqual(before);
  return error;
}
