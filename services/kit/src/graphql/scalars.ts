import { GraphQLError, GraphQLScalarType, Kind, print, type ValueNode } from 'graphql';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD (so 2025-02-30 is refused). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** What a refused value looked like, short enough for a message (a literal is shown as written). */
function shown(value: unknown): string {
  if (value !== null && typeof value === 'object' && 'kind' in value) return print(value as ValueNode).slice(0, 60);
  return (JSON.stringify(value) ?? String(value)).slice(0, 60);
}

function badValue(expectation: string, value: unknown): GraphQLError {
  return new GraphQLError(`${expectation}, got ${shown(value)}`, { extensions: { code: 'BAD_USER_INPUT' } });
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) throw badValue('Date must be a calendar date as YYYY-MM-DD', value);
  return value;
}

/** Calendar dates travel as YYYY-MM-DD strings end to end (PostgreSQL `date` maps to string too). */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseDate(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : ast),
});

function parseDateTime(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(value as string)) {
    throw badValue('DateTime must be an ISO-8601 timestamp', value);
  }
  return date;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, ISO-8601 with time zone.',
  serialize: (value) => (value instanceof Date ? value : parseDateTime(value)).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : ast),
});

export const scalarResolvers = { Date: DateScalar, DateTime: DateTimeScalar };

/** Only plain JSON crosses the wire: no undefined, functions, NaN or class instances like Date. */
function toJson(value: unknown, path = '$'): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (Array.isArray(value)) return value.map((item, i) => toJson(item, `${path}[${i}]`));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value as object).map(([key, item]) => [key, toJson(item, `${path}.${key}`)]));
  }
  throw new GraphQLError(`JSON cannot represent the value at ${path}: ${String(value).slice(0, 40)}`);
}

function literalToJson(ast: ValueNode, variables: Record<string, unknown> | null | undefined): unknown {
  switch (ast.kind) {
    case Kind.NULL:
      return null;
    case Kind.STRING:
    case Kind.ENUM:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.LIST:
      return ast.values.map((item) => literalToJson(item, variables));
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((field) => [field.name.value, literalToJson(field.value, variables)]));
    case Kind.VARIABLE:
      return toJson(variables?.[ast.name.value] ?? null);
  }
}

/** Any JSON value, for documents in external formats (e.g. an Open Badges credential). */
export const JSONScalar = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (value) => toJson(value),
  parseValue: (value) => toJson(value),
  parseLiteral: (ast, variables) => literalToJson(ast, variables),
});
