import { UserInputError } from '../errors/app-errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export type CursorValue = string | number | boolean | null;

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Counting is a separate query; it only runs when a client selects `totalCount`. */
  totalCount: () => Promise<number>;
}

export interface PageRequest {
  /** Rows to return. */
  first: number;
  /** Keyset values of the row to start after, decoded from the client's cursor. */
  after: CursorValue[] | null;
}

const CURSOR_PREFIX = 'c1:';

/**
 * Cursors are opaque to clients: base64url of a versioned JSON array of the sort-key values of a
 * row. Only their shape is checked here; the repository compares them against its own order.
 */
export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(CURSOR_PREFIX + JSON.stringify(values), 'utf8').toString('base64url');
}

/** The one answer to any cursor the server did not issue, whatever is wrong with it. */
export function malformedCursor(field = 'after'): UserInputError {
  return new UserInputError(field, 'malformed cursor; pass an endCursor from an earlier page');
}

export function decodeCursor(cursor: string, field = 'after', arity?: number): CursorValue[] {
  const malformed = () => malformedCursor(field);
  if (!/^[A-Za-z0-9_-]{1,2048}$/.test(cursor)) throw malformed();
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(CURSOR_PREFIX)) throw malformed();
  let values: unknown;
  try {
    values = JSON.parse(text.slice(CURSOR_PREFIX.length));
  } catch {
    throw malformed();
  }
  const scalar = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
  if (!Array.isArray(values) || !values.every(scalar)) throw malformed();
  if (arity !== undefined && values.length !== arity) throw malformed();
  return values as CursorValue[];
}

/** Validates `first`/`after` arguments into a page request, enforcing the maximum page size. */
export function pageRequest(
  args: { first?: number | null; after?: string | null },
  options: { arity: number; defaultSize?: number; maxSize?: number },
): PageRequest {
  const { defaultSize = DEFAULT_PAGE_SIZE, maxSize = MAX_PAGE_SIZE } = options;
  const first = args.first ?? defaultSize;
  if (!Number.isInteger(first) || first < 0 || first > maxSize) {
    throw new UserInputError('first', `must be between 0 and ${maxSize}, got ${first}`);
  }
  return { first, after: args.after ? decodeCursor(args.after, 'after', options.arity) : null };
}

/**
 * Builds a connection from rows fetched with `limit first + 1`: the extra row only tells whether a
 * next page exists.
 */
export function toConnection<T>(
  rows: T[],
  page: PageRequest,
  keyOf: (row: T) => CursorValue[],
  totalCount: () => Promise<number>,
): Connection<T> {
  const nodes = rows.slice(0, page.first);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.first,
      hasPreviousPage: page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}
