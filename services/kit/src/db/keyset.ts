import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { PageRequest } from '../pagination/connection';

/**
 * Applies a keyset page to a query: rows strictly after the cursor in the given ascending order,
 * plus one extra row so the connection can tell whether a next page exists. The columns must be
 * NOT NULL and end with a unique one so the order is total (and served by one index).
 */
export function applyKeyset<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  columns: string[],
  page: PageRequest,
): SelectQueryBuilder<T> {
  if (page.after) {
    const params = Object.fromEntries(page.after.map((value, i) => [`keyset${i}`, value]));
    const placeholders = columns.map((_, i) => `:keyset${i}`).join(', ');
    query.andWhere(`(${columns.join(', ')}) > (${placeholders})`, params);
  }
  columns.forEach((column, i) => (i === 0 ? query.orderBy(column, 'ASC') : query.addOrderBy(column, 'ASC')));
  return query.limit(page.first + 1);
}

/**
 * The same keyset page for each of many parents, in ONE statement: rows ranked per parent with
 * `row_number() OVER (PARTITION BY parent ORDER BY columns)` after the cursor, keeping `first + 1`
 * per parent. Returned in the keyset order, so grouping by parent keeps each page's order. `query`
 * is the filtered query without the parent condition; its alias's `id` must be the primary key.
 */
export function applyKeysetPerParent<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  parentColumn: string,
  parentIds: readonly string[],
  columns: string[],
  page: PageRequest,
): SelectQueryBuilder<T> {
  query.andWhere(`${parentColumn} IN (:...keysetParents)`, { keysetParents: [...parentIds] });
  if (page.after) {
    const params = Object.fromEntries(page.after.map((value, i) => [`keyset${i}`, value]));
    const placeholders = columns.map((_, i) => `:keyset${i}`).join(', ');
    query.andWhere(`(${columns.join(', ')}) > (${placeholders})`, params);
  }
  const ranked = query
    .clone()
    .select(`${query.alias}.id`, 'ranked_id')
    .addSelect(`row_number() OVER (PARTITION BY ${parentColumn} ORDER BY ${columns.join(', ')})`, 'ranked_n');
  query.andWhere(`${query.alias}.id IN (SELECT ranked.ranked_id FROM (${ranked.getQuery()}) ranked WHERE ranked.ranked_n <= :keysetLimit)`, {
    keysetLimit: page.first + 1,
  });
  columns.forEach((column, i) => (i === 0 ? query.orderBy(column, 'ASC') : query.addOrderBy(column, 'ASC')));
  return query;
}

/** Row counts per parent in ONE statement (`GROUP BY parent`); parents without rows are absent. */
export async function countPerParent<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  parentColumn: string,
  parentIds: readonly string[],
): Promise<Map<string, number>> {
  const rows: { parent: string; n: number | string }[] = await query
    .andWhere(`${parentColumn} IN (:...countParents)`, { countParents: [...parentIds] })
    .select(parentColumn, 'parent')
    .addSelect('count(*)', 'n')
    .groupBy(parentColumn)
    .getRawMany();
  return new Map(rows.map((row) => [row.parent, Number(row.n)]));
}
