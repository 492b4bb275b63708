import { type ProtectedCell, primarySuppressed, suppressCells } from './suppression';

const count = (n: number, extra: Partial<ProtectedCell> = {}): ProtectedCell => ({ counts: [n], size: n, ...extra });
const rate = (numerator: number, denominator: number): ProtectedCell => ({
  counts: [numerator, denominator - numerator, denominator],
  size: denominator,
});

describe('primary suppression', () => {
  it('withholds counts from 1 to threshold − 1 and publishes 0 and the threshold itself', () => {
    expect([0, 1, 9, 10, 250].map((n) => primarySuppressed(count(n), 10))).toEqual([false, true, true, false, false]);
  });

  it('withholds a rate whose numerator, complement or denominator is small', () => {
    expect(primarySuppressed(rate(4, 50), 10)).toBe(true);
    expect(primarySuppressed(rate(47, 50), 10)).toBe(true);
    expect(primarySuppressed(rate(5, 8), 10)).toBe(true);
    expect(primarySuppressed(rate(20, 50), 10)).toBe(false);
    expect(primarySuppressed(rate(0, 50), 10)).toBe(false);
  });

  it('withholds a large cell whose difference to a wider filter is small (differencing)', () => {
    expect(primarySuppressed(count(40, { differences: [3] }), 10)).toBe(true);
    expect(primarySuppressed(count(40, { differences: [0, 12] }), 10)).toBe(false);
  });

  it('never withholds what the caller already knows row by row', () => {
    expect(primarySuppressed(count(3, { known: true }), 10)).toBe(false);
  });

  it('follows a configured threshold', () => {
    expect(primarySuppressed(count(9, {}), 5)).toBe(false);
    expect(primarySuppressed(count(4, {}), 5)).toBe(true);
  });
});

describe('complementary suppression', () => {
  it('withholds the smallest other part when a single part of a total is withheld', () => {
    const cells = new Map([
      ['total', count(75)],
      ['a', count(40)],
      ['b', count(30)],
      ['c', count(5)],
    ]);
    const withheld = suppressCells(cells, [{ total: 'total', parts: ['a', 'b', 'c'] }], 10);
    expect([...withheld].sort()).toEqual(['b', 'c']);
  });

  it('leaves a breakdown alone when two or more parts are already withheld', () => {
    const cells = new Map([
      ['total', count(50)],
      ['a', count(42)],
      ['b', count(4)],
      ['c', count(4)],
    ]);
    expect([...suppressCells(cells, [{ total: 'total', parts: ['a', 'b', 'c'] }], 10)].sort()).toEqual(['b', 'c']);
  });

  it('propagates across crossing lines until no line has a lone withheld cell', () => {
    // Two schools × two groups, with the district row and column totals.
    const cells = new Map([
      ['D', count(100)],
      ['S1', count(55)],
      ['S2', count(45)],
      ['D.g1', count(60)],
      ['D.g2', count(40)],
      ['S1.g1', count(52)],
      ['S1.g2', count(3)],
      ['S2.g1', count(8)],
      ['S2.g2', count(37)],
    ]);
    const lines = [
      { total: 'D', parts: ['S1', 'S2'] },
      { total: 'D', parts: ['D.g1', 'D.g2'] },
      { total: 'S1', parts: ['S1.g1', 'S1.g2'] },
      { total: 'S2', parts: ['S2.g1', 'S2.g2'] },
      { total: 'D.g1', parts: ['S1.g1', 'S2.g1'] },
      { total: 'D.g2', parts: ['S1.g2', 'S2.g2'] },
    ];
    const withheld = suppressCells(cells, lines, 10);
    expect([...withheld].sort()).toEqual(['S1.g1', 'S1.g2', 'S2.g1', 'S2.g2']);
    for (const line of lines) {
      expect([line.total, ...line.parts].filter((id) => withheld.has(id))).not.toHaveLength(1);
    }
  });

  it('gives up a total rather than a cell the caller knows, so known cells never unlock a withheld one', () => {
    const cells = new Map([
      ['total', count(50)],
      ['mine', count(45, { known: true })],
      ['theirs', count(5)],
    ]);
    expect([...suppressCells(cells, [{ total: 'total', parts: ['mine', 'theirs'] }], 10)].sort()).toEqual(['theirs', 'total']);
  });

  it('withholds rates built on withheld counts the same way', () => {
    const cells = new Map([
      ['total', rate(30, 80)],
      ['a', rate(26, 60)],
      ['b', rate(4, 20)],
    ]);
    expect([...suppressCells(cells, [{ total: 'total', parts: ['a', 'b'] }], 10)].sort()).toEqual(['a', 'b']);
  });
});
