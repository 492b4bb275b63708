import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { isIsoDate } from '../graphql/scalars';
import { type CursorValue, malformedCursor, type PageRequest } from '../pagination/connection';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[T ]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?(Z|[+-]\d{2}(:?\d{2})?)?$/;
const INTEGER_RANGES: Record<string, number> = { smallint: 2 ** 15, int2: 2 ** 15, integer: 2 ** 31, int: 2 ** 31, int4: 2 ** 31 };

/** Whether a decoded cursor value is one PostgreSQL can compare with the column without an error. */
function fitsColumn(value: CursorValue, column: ColumnMetadata): boolean {
  const type = typeof column.type === 'function' ? column.type.name.toLowerCase() : String(column.type);
  if (column.enum) return typeof value === 'string' && column.enum.map(String).includes(value);
  switch (type) {
    case 'uuid':
      return typeof value === 'string' && UUID.test(value);
    case 'date':
      return typeof value === 'string' && isIsoDate(value);
    case 'timestamptz':
    case 'timestamp':
    case 'timestamp with time zone':
    case 'timestamp without time zone': {
      const match = typeof value === 'string' ? TIMESTAMP.exec(value) : null;
      return match !== null && isIsoDate(match[1]);
    }
    case 'text':
    case 'string':
    case 'varchar':
    case 'character varying':
    case 'citext':
      return typeof value === 'string' && !value.includes('\u0000');
    case 'bigint':
    case 'int8':
      return Number.isSafeInteger(value);
    case 'numeric':
    case 'decimal':
    case 'double precision':
    case 'real':
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
  }
  if (type in INTEGER_RANGES) return Number.isInteger(value) && Math.abs((value as number) + 0.5) < INTEGER_RANGES[type];
  throw new Error(`keyset: no cursor check for the ${type} column ${column.databaseName}`);
}

/**
 * A cursor is client input: each decoded value must fit the column it is compared with, or the
 * comparison would fail in PostgreSQL (a number against a date, text that is not a uuid) as an
 * internal error. `columns` are `alias.column_name`, or expressions over one (`date_trunc(..., e.at)`).
 */
function checkCursor<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, columns: string[], values: CursorValue[]): void {
  columns.forEach((expression, i) => {
    const reference = /\b(\w+)\.(\w+)\b/.exec(expression);
    const alias = reference ? query.expressionMap.aliases.find((a) => a.name === reference[1]) : undefined;
    const column = alias?.hasMetadata ? alias.metadata.findColumnWithDatabaseName(reference![2]) : undefined;
    if (!column) throw new Error(`keyset: ${expression} names no column of the query`);
    if (!fitsColumn(values[i], column)) throw malformedCursor();
  });
}

/** `(columns) > (cursor values)`, after checking the values fit the columns. */
function afterCursor<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, columns: string[], after: CursorValue[]): void {
  checkCursor(query, columns, after);
  const params = Object.fromEntries(after.map((value, i) => [`keyset${i}`, value]));
  const placeholders = columns.map((_, i) => `:keyset${i}`).join(', ');
  query.andWhere(`(${columns.join(', ')}) > (${placeholders})`, params);
}

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
  if (page.after) afterCursor(query, columns, page.after);
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
  // One array parameter rather than an IN list: the statement's text is the same for any number of parents, so it is prepared once.
  query.andWhere(`${parentColumn} = ANY(:keysetParents)`, { keysetParents: [...parentIds] });
  if (page.after) afterCursor(query, columns, page.after);
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
    .andWhere(`${parentColumn} = ANY(:countParents)`, { countParents: [...parentIds] })
    .select(parentColumn, 'parent')
    .addSelect('count(*)', 'n')
    .groupBy(parentColumn)
    .getRawMany();
  return new Map(rows.map((row) => [row.parent, Number(row.n)]));
}
