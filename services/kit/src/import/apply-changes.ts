import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ImportReport } from './import-report';

/** The rows an import writes for one entity: new ones to insert, changed ones to update. */
export interface UpsertPlan<T> {
  creates: T[];
  updates: T[];
}

/**
 * Sorts incoming rows against the stored ones found by `existing` (by the import's key): new,
 * changed in one of `fields`, or unchanged, and counts them in the report. A changed row keeps
 * the stored id and every field the import does not own, so a second run of the same file changes
 * nothing and what staff edited elsewhere stays.
 */
export function planUpserts<T extends { id: string }>(
  report: ImportReport,
  entity: string,
  incoming: Iterable<{ row: T; existing: T | undefined }>,
  fields: readonly (keyof T)[],
): UpsertPlan<T> {
  const plan: UpsertPlan<T> = { creates: [], updates: [] };
  for (const { row, existing } of incoming) {
    if (!existing) {
      plan.creates.push(row);
      report.count(entity, 'created');
    } else if (fields.some((field) => !sameValue(row[field], existing[field]))) {
      const merged = { ...existing };
      for (const field of fields) merged[field] = row[field];
      plan.updates.push(merged);
      report.count(entity, 'updated');
    } else {
      report.count(entity, 'unchanged');
    }
  }
  return plan;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => item === b[i]);
  return (a ?? null) === (b ?? null);
}

const MAX_PARAMETERS = 30_000;

/**
 * Writes `fields` of many rows by id, as `UPDATE ... FROM (VALUES ...)` statements of as many rows
 * as PostgreSQL's parameter limit allows (one statement per few thousand rows, not one per row),
 * on the caller's transaction. `updated_at` is stamped when the entity has one.
 */
export async function updateRows<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: readonly T[],
  fields: readonly (keyof T & string)[],
): Promise<void> {
  if (rows.length === 0) return;
  const metadata = manager.connection.getMetadata(target);
  const columns = ['id', ...fields].map((field) => {
    const column = metadata.findColumnWithPropertyName(field);
    if (!column) throw new Error(`${metadata.name} has no column for ${field}`);
    return column;
  });
  const sets = columns.slice(1).map((column) => `"${column.databaseName}" = v."${column.databaseName}"`);
  if (metadata.updateDateColumn) sets.push(`"${metadata.updateDateColumn.databaseName}" = now()`);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const parameters: unknown[] = [];
    const tuples = chunk.map((row) => {
      const cells = columns.map((column) => {
        const transformer = column.transformer && !Array.isArray(column.transformer) ? column.transformer : undefined;
        parameters.push(transformer ? transformer.to(column.getEntityValue(row)) : column.getEntityValue(row));
        return `$${parameters.length}::${String(column.type)}${column.isArray ? '[]' : ''}`;
      });
      return `(${cells.join(', ')})`;
    });
    await manager.query(
      `UPDATE "${metadata.schema}"."${metadata.tableName}" AS t SET ${sets.join(', ')}
       FROM (VALUES ${tuples.join(', ')}) AS v (${columns.map((column) => `"${column.databaseName}"`).join(', ')})
       WHERE t.id = v.id`,
      parameters,
    );
  }
}
