import { type LoadWindow, pairRatios, percentile, summarize } from './load-windows';

const window = (answered: number, seconds: number, latencies: number[], gatewayCpuMs = 0, errors = 0, postgresMs = 0): LoadWindow => ({
  answered,
  seconds,
  latencies,
  errors,
  non2xx: 0,
  cpuMs: { gateway: gatewayCpuMs, postgres: postgresMs },
});

describe('load windows', () => {
  it('takes percentiles by nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99)]).toEqual([50, 95, 99]);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('sums windows into answers over their total time, percentiles over every response, and CPU per answer', () => {
    const result = summarize([window(30, 5, [30, 10, 20], 300, 1, 80), window(10, 5, [40], 100, 0, 40)]);
    expect(result).toEqual({
      requestsPerSecond: 4,
      p50: 20,
      p95: 40,
      p99: 40,
      errors: 1,
      non2xx: 0,
      gatewayCpuMsPerAnswer: 10,
      cpuMsPerAnswer: { gateway: 10, postgres: 3, total: 13 },
    });
    expect(summarize([window(0, 5, [])]).gatewayCpuMsPerAnswer).toBeNaN();
  });

  it('compares each pair of windows per second, leaving out a pair where one side answered nothing', () => {
    // Windows of 16 requests: the same answers, in 20 s for ours and 40 s for theirs.
    expect(pairRatios([window(16, 20, []), window(16, 32, [])], [window(16, 40, []), window(16, 32, [])])).toEqual([2, 1]);
    expect(pairRatios([window(10, 5, []), window(0, 5, [])], [window(5, 5, []), window(5, 5, [])])).toEqual([2]);
  });
});
