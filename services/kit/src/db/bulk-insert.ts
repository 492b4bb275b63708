import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Inserts many rows as multi-row INSERT statements of `chunkSize` rows, for seeds and imports.
 * Runs inside the caller's transaction, so a failed load leaves nothing behind.
 */
export async function bulkInsert<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: T[],
  chunkSize = 1000,
): Promise<void> {
  for (let start = 0; start < rows.length; start += chunkSize) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(start, start + chunkSize) as never)
      .updateEntity(false)
      .execute();
  }
}
