import { Kind, type DocumentNode } from 'graphql';
import { UserInputError } from '../errors/app-errors';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date (YYYY-MM-DD) that exists. */
export function calendarDate(field: string, value: string): string {
  if (!DATE.test(value) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new UserInputError(field, `must be a date like 2010-04-30, got "${value}"`);
  }
  return value;
}

export function oneOf<T extends string>(field: string, value: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) throw new UserInputError(field, `must be one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}

/** A whole number written in a cell. */
export function wholeNumber(field: string, value: string): number {
  if (!/^-?\d+$/.test(value)) throw new UserInputError(field, `must be a whole number, got "${value}"`);
  return Number(value);
}

/** A cell holding a list, e.g. `HEALTH_SCIENCE; FINANCE` (semicolons, since commas separate cells). */
export function listCell(value: string): string[] {
  return value.split(';').map((item) => item.trim()).filter((item) => item !== '');
}

/** The values of an enum of a subgraph's SDL, so a cell is checked against the contract, not a copy of it. */
export function schemaEnumValues(typeDefs: DocumentNode, name: string): string[] {
  for (const definition of typeDefs.definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === name) return (definition.values ?? []).map((value) => value.name.value);
  }
  throw new Error(`the schema has no enum ${name}`);
}
