import { pairedResult, parseComparison, parseConfiguration, type Side } from './ab';

const side = (answered: number, seconds: number, cpuMs: Record<string, number>): Side => ({ answered, seconds, cpuMs });

describe('A/B configurations', () => {
  it('reads NAME=value pairs, a JSON object, or nothing for the defaults', () => {
    expect(parseConfiguration('SUBGRAPH_MAX_SOCKETS=8  LOG_LEVEL=warn')).toEqual({ SUBGRAPH_MAX_SOCKETS: '8', LOG_LEVEL: 'warn' });
    expect(parseConfiguration('NODE_OPTIONS=--max-old-space-size=512')).toEqual({ NODE_OPTIONS: '--max-old-space-size=512' });
    expect(parseConfiguration('{"SUBGRAPH_MAX_SOCKETS": 64, "FLAG": true}')).toEqual({ SUBGRAPH_MAX_SOCKETS: '64', FLAG: 'true' });
    expect(parseConfiguration('  ')).toEqual({});
  });

  it('refuses what is not a configuration, saying why', () => {
    expect(() => parseConfiguration('SUBGRAPH_MAX_SOCKETS')).toThrow('"SUBGRAPH_MAX_SOCKETS" is not NAME=value');
    expect(() => parseConfiguration('=8')).toThrow('is not NAME=value');
    expect(() => parseConfiguration('1X=8')).toThrow('"1X" is not an environment variable name');
    expect(() => parseConfiguration('{"A": ')).toThrow('is not valid JSON');
    expect(() => parseConfiguration('{"A": {"b": 1}}')).toThrow('A must be a string, number or boolean');
  });

  it('parses --ab A B and --aa [A], and refuses either incomplete or both', () => {
    expect(parseComparison(['--duration', '2'])).toBeUndefined();
    expect(parseComparison(['--ab', 'X=1', '{"X": 2}', '--rounds', '4'])).toEqual({ a: { X: '1' }, b: { X: '2' }, aa: false });
    expect(parseComparison(['--ab', '', 'X=2'])).toEqual({ a: {}, b: { X: '2' }, aa: false });
    expect(parseComparison(['--aa', 'X=1'])).toEqual({ a: { X: '1' }, b: { X: '1' }, aa: true });
    expect(parseComparison(['--aa', '--rounds', '4'])).toEqual({ a: {}, b: {}, aa: true });
    expect(() => parseComparison(['--ab', 'X=1'])).toThrow('--ab takes two configurations');
    expect(() => parseComparison(['--ab', 'X=1', '--rounds'])).toThrow('--ab takes two configurations');
    expect(() => parseComparison(['--ab', 'X=1', 'X=2', '--aa'])).toThrow('exclude each other');
  });

  it('takes the median over rounds of B/A CPU per answer, per process and in all, and of B/A throughput', () => {
    const result = pairedResult([
      // B half the gateway CPU per answer, the same elsewhere; answers per second 1.5× A's.
      { a: side(100, 5, { gateway: 400, postgres: 200 }), b: side(150, 5, { gateway: 300, postgres: 300 }) },
      // The machine slower in this round: both sides alike.
      { a: side(50, 5, { gateway: 300, postgres: 150 }), b: side(100, 5, { gateway: 300, postgres: 300 }) },
      { a: side(100, 5, { gateway: 400, postgres: 200 }), b: side(100, 5, { gateway: 240, postgres: 200 }) },
      // Nothing answered: no ratio from this round.
      { a: side(0, 5, { gateway: 10, postgres: 0 }), b: side(100, 5, { gateway: 200, postgres: 200 }) },
    ]);
    expect(result.cpuRatio.gateway).toBeCloseTo(0.5);
    expect(result.cpuRatio.postgres).toBeCloseTo(1);
    // Totals per answer: A 6, 9, 6; B 4, 6, 4.4 → ratios 0.667, 0.667, 0.733.
    expect(result.totalRatios.map((x) => Number(x.toFixed(3)))).toEqual([0.667, 0.667, 0.733]);
    expect(result.cpuRatio.total).toBeCloseTo(2 / 3);
    expect(result.throughputRatio).toBeCloseTo(1.5);
    // Over all rounds: A 1110 ms gateway for 250 answers; B 1040 for 450.
    expect(result.a.gateway).toBeCloseTo(1110 / 250);
    expect(result.b.gateway).toBeCloseTo(1040 / 450);
  });

  it("cancels what a stack's place does: each placement's median, combined by geometric mean, and that place's effect", () => {
    // B costs 0.8 of A; the second stack reads 10% cheaper than the first whatever it runs.
    const round = (aTotal: number, bTotal: number, swapped: boolean) => ({ a: side(100, 5, { gateway: aTotal * 100 }), b: side(100, 5, { gateway: bTotal * 100 }), swapped });
    const result = pairedResult([
      round(10, 8 * 0.9, false),
      round(10, 8 * 0.9, false),
      round(10 * 0.9, 8, true),
      round(10 * 0.9, 8, true),
    ]);
    expect(result.cpuRatio.total).toBeCloseTo(0.8);
    expect(result.cpuRatio.gateway).toBeCloseTo(0.8);
    expect(result.stackBias).toBeCloseTo(0.9);
    expect(result.throughputRatio).toBeCloseTo(1);
    // One placement alone: its median, and no place effect to tell.
    expect(pairedResult([round(10, 9, false)]).stackBias).toBeUndefined();
  });
});
