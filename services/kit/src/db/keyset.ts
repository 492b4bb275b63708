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
