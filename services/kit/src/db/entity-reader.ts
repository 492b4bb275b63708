import type pg from 'pg';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils';
import { recordStatement } from './statement-counter';

/** Column types whose pg value already is what TypeORM hydrates (dates are strings by the kit's type parser). */
const AS_DRIVER_GIVES = new Set([
  'uuid',
  'text',
  'varchar',
  'character varying',
  'int',
  'integer',
  'int4',
  'smallint',
  'int2',
  'bigint',
  'int8',
  'boolean',
  'bool',
  'jsonb',
  'json',
  'date',
  'timestamptz',
  'timestamp with time zone',
]);

/** One column of the row mapping: where its value is read and how it is hydrated. */
interface ColumnMapping {
  name: string;
  property: string;
  /** Absent when the driver's value is stored as it is. */
  hydrate?: (value: unknown) => unknown;
}

/**
 * Reads one entity's rows for the hot read paths (the loaders' by-id and by-parent batches) as
 * plain parameterised SQL on the pg pool instead of TypeORM's query building and hydration per
 * call: the column list and row mapping (column → property, transformers, dates) are built once
 * from the entity's TypeORM metadata, and each statement's text is fixed (`= ANY($1)` rather than
 * an `IN` list per batch size), so the pool's connections prepare it (prepared-statements.ts).
 * Works alike on the embedded database, which the kit reaches through the same pg driver.
 * Writes, transactions and anything not hot stay on TypeORM.
 */
export class EntityReader<T extends ObjectLiteral> {
  private built?: { select: string; columns: ColumnMapping[]; prototype: object; byIds: string };
  /** The columns as a query builder's select names them (`<alias>_<column>`), per alias. */
  private readonly aliased = new Map<string, ColumnMapping[]>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly target: EntityTarget<T>,
  ) {}

  /** The rows with these ids, in no particular order. */
  byIds(ids: readonly string[]): Promise<T[]> {
    return this.query(this.mapping().byIds, [ids]);
  }

  /**
   * The rows matching `condition`, SQL over the table aliased `alias` with `$1…` parameters; its
   * text must not vary with the values (pass lists as one array parameter: `= ANY($1)`).
   */
  where(alias: string, condition: string, parameters: unknown[]): Promise<T[]> {
    return this.query(`${this.mapping().select} ${alias} WHERE ${condition}`, parameters);
  }

  /**
   * The entities a TypeORM select of this entity finds, for the hot lists (keyset pages, a page's
   * rows per parent): the SQL TypeORM builds, run on the pool like the others, its rows mapped here
   * instead of by TypeORM's hydration, which cost more than building the query. The select must be
   * of the entity's own columns: a joined selection would need TypeORM's hydration.
   */
  many(query: SelectQueryBuilder<T>): Promise<T[]> {
    if (query.expressionMap.joinAttributes.some((join) => join.isSelected)) throw new Error('EntityReader.many reads one entity; use getMany() for a query that selects joined entities');
    const [sql, parameters] = query.getQueryAndParameters();
    return this.query(sql, parameters, this.columnsAliased(query.alias));
  }

  private columnsAliased(alias: string): ColumnMapping[] {
    let columns = this.aliased.get(alias);
    if (!columns) {
      columns = this.mapping().columns.map((column) => ({ ...column, name: DriverUtils.buildAlias(this.dataSource.driver, undefined, alias, column.name) }));
      this.aliased.set(alias, columns);
    }
    return columns;
  }

  private async query(sql: string, parameters: unknown[], columns = this.mapping().columns): Promise<T[]> {
    const { prototype } = this.mapping();
    recordStatement(sql, parameters);
    const pool = (this.dataSource.driver as unknown as { master: pg.Pool }).master;
    // Not `pool.query`: it retires the connection on any error, and the embedded database's socket
    // serves one session, so a refused statement would cut off every other query in flight. A
    // statement the server refused (it sends a severity) leaves the session usable, as TypeORM's
    // query runner assumes; only a broken connection is retired.
    const client = await pool.connect();
    let rows: Record<string, unknown>[];
    try {
      ({ rows } = await client.query<Record<string, unknown>>(sql, parameters));
      client.release();
    } catch (error) {
      client.release(typeof (error as { severity?: unknown }).severity === 'string' ? undefined : (error as Error));
      throw error;
    }
    return rows.map((row) => {
      const entity = Object.create(prototype) as Record<string, unknown>;
      for (const column of columns) {
        const value = row[column.name];
        entity[column.property] = column.hydrate ? column.hydrate(value) : value;
      }
      return entity as T;
    });
  }

  private mapping() {
    if (this.built) return this.built;
    const metadata = this.dataSource.getMetadata(this.target);
    const columns = metadata.columns.filter(readable).map((column) => mappingOf(this.dataSource, column));
    const list = columns.map((column) => `"${column.name}"`).join(', ');
    const select = `SELECT ${list} FROM ${tableOf(metadata)}`;
    const [primary] = metadata.primaryColumns;
    this.built = {
      select,
      columns,
      prototype: (metadata.target as { prototype: object }).prototype,
      byIds: `${select} WHERE "${primary.databaseName}" = ANY($1)`,
    };
    return this.built;
  }
}

/** The columns TypeORM itself hydrates on a plain find: no relations, embeddeds or unselected ones. */
function readable(column: ColumnMetadata): boolean {
  return column.isSelect && !column.isVirtual && !column.relationMetadata && !column.embeddedMetadata;
}

function mappingOf(dataSource: DataSource, column: ColumnMetadata): ColumnMapping {
  const mapping: ColumnMapping = { name: column.databaseName, property: column.propertyName };
  const asGiven = !column.transformer && !column.isArray && typeof column.type === 'string' && AS_DRIVER_GIVES.has(column.type);
  if (!asGiven) mapping.hydrate = (value) => dataSource.driver.prepareHydratedValue(value, column);
  return mapping;
}

function tableOf(metadata: EntityMetadata): string {
  return metadata.schema ? `"${metadata.schema}"."${metadata.tableName}"` : `"${metadata.tableName}"`;
}
