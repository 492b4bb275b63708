import { randomUUID } from 'node:crypto';
import { encodeCursor, schoolYearOf, today } from '@careergraph/kit';
import { type GraphQLEnumType, type GraphQLScalarType, isEnumType } from 'graphql';
import type { DataSource } from 'typeorm';
import { type InputValues, validLeaf } from './operation-builder';

/** mulberry32: a small, fast PRNG whose whole state is the seed, so a run is replayed from it. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const NUL = '\u0000';

/** Strings that have broken parsers, LIKE patterns, encodings and column limits before. */
const STRINGS = [
  '',
  ' ',
  'a',
  'Ana',
  `a${NUL}b`,
  NUL,
  'x'.repeat(300),
  'x'.repeat(5_000),
  'NaN',
  'Infinity',
  'null',
  'undefined',
  '0',
  '-1',
  '%',
  '_',
  '\\',
  "' OR 1=1 --",
  '"; DROP TABLE x; --',
  '😀🏳️‍🌈',
  'مرحبا',
  '\ud800',
  '\n\t\r',
  '<script>alert(1)</script>',
  '9999-99-99',
];

const INTS = [0, -1, 100, 101, 10_000, 2_147_483_647, -2_147_483_648, 2_147_483_648, 2 ** 53, 1e21, 0.5, -0];
const FLOATS = [0, -0, 0.5, 1e308, -1e308, 5e-324, 123456789.123456789];
const DATES_VALID = ['2024-02-29', '2026-01-15', '1970-01-01', today()];
/** Malformed dates, and real ones at the ends of the calendar. */
const DATES_HOSTILE = ['1900-01-01', '9999-12-31', '2025-02-30', '2025-13-01', '2025-1-1', '', 'NaN', 'today', '0001-01-01', '+275760-09-13', '2026-01-15T00:00:00Z', `2026-01-15${NUL}`];
const DATETIMES_VALID = ['2026-01-15T15:00:00Z', '1970-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999+14:00', '2026-01-15T15:00:00-05:00'];
const DATETIMES_BAD = ['2026-01-15', '2026-01-15T25:00:00Z', 'yesterday', '', '1e21', '2026-13-01T00:00:00Z'];
const SCHOOL_YEARS = ['1999-2000', '2025-2026', '2025-2027', '2025', '9999-10000', 'x', ''];
const FORGED_CURSORS = ['YzE6WzAsInp6eiJd', '', '!!!', 'a'.repeat(3_000), Buffer.from('c1:{}').toString('base64url'), Buffer.from('c1:[').toString('base64url')];
/** Values of the wrong type for anything: what a careless or hostile client sends. */
const WRONG_TYPES: unknown[] = [null, true, 'text', 12, 1.5, [], {}, { deep: { er: [1, { x: NUL }] } }, [[[]]]];

/**
 * Argument values for the fuzz test, drawn from a seeded PRNG: mostly well-formed (real ids from the
 * demo world, real cursors seen in earlier answers) so operations reach the services, and often
 * extreme or malformed (huge ints, NUL bytes, long strings, bad dates, forged cursors, random ids,
 * empty lists, deep input objects, values of the wrong type), sometimes written inline as literals.
 */
export class FuzzInputs implements InputValues {
  /** Cursors (`cursor`, `endCursor`) seen in answers, sent back later as genuine ones. */
  readonly cursors: string[] = [];

  constructor(
    readonly random: () => number,
    private readonly ids: string[],
  ) {}

  chance(probability: number): boolean {
    return this.random() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  includeOptional(depth: number): boolean {
    return this.chance(depth < 3 ? 0.4 : 0.15);
  }

  listLength(): number {
    return this.pick([0, 1, 1, 2, 3, 50]);
  }

  inline(): boolean {
    return this.chance(0.3);
  }

  selectionDepth(): number {
    return this.pick([0, 1, 1, 2]);
  }

  /** How likely each value of the current operation is hostile; set per operation by `nextOperation`. */
  private malice = 0.3;

  /**
   * Starts a new operation: some are nearly all well-formed (so they reach the services' domain
   * rules and the database), some half hostile, some almost entirely.
   */
  nextOperation(): void {
    this.malice = this.pick([0.03, 0.3, 0.8]);
  }

  leaf(type: GraphQLScalarType | GraphQLEnumType, name: string): unknown {
    const hostile = this.chance(this.malice);
    if (hostile && this.chance(0.15)) return this.pick(WRONG_TYPES);
    if (name === 'after' || name === 'before') return hostile || !this.cursors.length ? this.forgedCursor() : this.pick(this.cursors);
    if (name === 'schoolYear') return hostile ? this.pick(SCHOOL_YEARS) : schoolYearOf(today()).id;
    if (isEnumType(type)) return hostile ? this.pick(['NOT_A_VALUE', 'null', 'true']) : this.pick(type.getValues()).value;
    switch (type.name) {
      case 'ID':
        if (!hostile && this.ids.length) return this.pick(this.ids);
        return this.pick([randomUUID(), randomUUID().toUpperCase(), 'not-a-uuid', '', `${randomUUID()}${NUL}`, '00000000-0000-0000-0000-000000000000', `{${randomUUID()}}`]);
      case 'String':
        return hostile ? this.pick(STRINGS) : this.pick(['Ana', 'Fuzz note', validLeaf(type, name)]);
      case 'Int':
        return hostile ? this.pick(INTS) : this.pick([1, 2, 5, 20]);
      case 'Float':
        return hostile ? this.pick(FLOATS) : this.pick([1, 2.5, 15]);
      case 'Boolean':
        return hostile ? this.pick(['true', 1]) : this.chance(0.5);
      case 'Date':
        return hostile ? this.pick(DATES_HOSTILE) : this.pick(DATES_VALID);
      case 'DateTime':
        return hostile ? this.pick(DATETIMES_BAD) : this.pick(DATETIMES_VALID);
      case 'JSON':
        return this.pick([{}, [], { a: [1, 'b', null] }, 'text', 0]);
      default:
        return validLeaf(type, name);
    }
  }

  private forgedCursor(): string {
    if (this.chance(0.5)) return this.pick(FORGED_CURSORS);
    // The right encoding around values that fit no column, or another connection's columns.
    return encodeCursor(this.pick([[0, 'zzz'], ['2026-01-01', 'not-a-uuid'], [randomUUID()], [null, null], ['a', randomUUID()], [1e21, true], [`a${NUL}`, randomUUID()]]));
  }

  /** Remembers the cursors in an answer, so later operations page with genuine ones too. */
  collectCursors(text: string): void {
    for (const match of text.matchAll(/"(?:cursor|endCursor|startCursor)":"([A-Za-z0-9_-]+)"/g)) {
      if (this.cursors.length < 500) this.cursors.push(match[1]);
    }
  }
}

/** Up to `perTable` ids from every table with an `id` column, across the subgraphs' databases. */
export async function demoIds(dataSources: Record<string, DataSource>, perTable = 5): Promise<string[]> {
  const ids: string[] = [];
  for (const dataSource of Object.values(dataSources)) {
    const tables = (await dataSource.query(
      `SELECT table_schema, table_name FROM information_schema.columns
        WHERE column_name = 'id' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`,
    )) as { table_schema: string; table_name: string }[];
    for (const { table_schema, table_name } of tables) {
      const rows = (await dataSource.query(`SELECT id::text AS id FROM "${table_schema}"."${table_name}" ORDER BY id LIMIT ${perTable}`)) as { id: string }[];
      ids.push(...rows.map((row) => row.id));
    }
  }
  return ids;
}
