import { SeededRandom } from './random';

describe('SeededRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = new SeededRandom('demo');
    const b = new SeededRandom('demo');
    const draws = Array.from({ length: 5 }, () => a.int(1, 100));
    expect(Array.from({ length: 5 }, () => b.int(1, 100))).toEqual(draws);
    expect(new SeededRandom('other').int(1, 1_000_000)).not.toBe(new SeededRandom('demo').int(1, 1_000_000));
  });

  it('stays within bounds and honours weights', () => {
    const random = new SeededRandom(7);
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 2000; i++) {
      const n = random.int(3, 5);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(5);
      counts[random.weighted([['a', 9], ['b', 1]] as const)]++;
    }
    expect(counts.a).toBeGreaterThan(counts.b * 5);
    expect(new Set(random.sample([1, 2, 3, 4], 4)).size).toBe(4);
  });
});
