import { AppError } from '../errors/app-errors';
import { decodeCursor, encodeCursor, pageRequest, toConnection } from './connection';

describe('cursors', () => {
  it('round-trips key values and stays opaque', () => {
    const cursor = encodeCursor(['Núñez', 'Ana', '6a1c']);
    expect(cursor).not.toContain('Ana');
    expect(decodeCursor(cursor, 'after', 3)).toEqual(['Núñez', 'Ana', '6a1c']);
  });

  it.each([
    ['not base64 at all!', 'garbage characters'],
    [Buffer.from('hello').toString('base64url'), 'no version prefix'],
    [Buffer.from('c1:{broken').toString('base64url'), 'broken JSON'],
    [Buffer.from('c1:{"a":1}').toString('base64url'), 'not an array'],
    [Buffer.from('c1:[[1]]').toString('base64url'), 'nested values'],
  ])('refuses %s (%s) as BAD_USER_INPUT naming the argument', (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(AppError);
    expect(() => decodeCursor(cursor)).toThrow(/^after: malformed cursor/);
  });

  it('refuses a cursor with the wrong number of keys', () => {
    expect(() => decodeCursor(encodeCursor(['a']), 'after', 2)).toThrow(/malformed cursor/);
  });
});

describe('pageRequest', () => {
  it('defaults and bounds the page size', () => {
    expect(pageRequest({}, { arity: 1 })).toEqual({ first: 20, after: null });
    expect(pageRequest({ first: 100 }, { arity: 1 }).first).toBe(100);
    expect(() => pageRequest({ first: 101 }, { arity: 1 })).toThrow('first: must be between 0 and 100, got 101');
    expect(() => pageRequest({ first: -1 }, { arity: 1 })).toThrow(/first: must be between/);
  });
});

describe('toConnection', () => {
  const count = async () => 3;

  it('uses the extra row only to report a next page', () => {
    const page = { first: 2, after: null };
    const connection = toConnection([{ id: 'a' }, { id: 'b' }, { id: 'c' }], page, (r) => [r.id], count);
    expect(connection.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(decodeCursor(connection.pageInfo.endCursor!)).toEqual(['b']);
  });

  it('reports an empty last page', () => {
    const connection = toConnection([], { first: 2, after: ['z'] }, (r: { id: string }) => [r.id], count);
    expect(connection.edges).toEqual([]);
    expect(connection.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
  });
});
