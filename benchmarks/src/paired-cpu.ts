/** Paired CPU measurements of one process for the micro-benchmarks: the machine's drift cancels in the paired ratios. */

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** CPU µs (user + system) of this process per request while `run` makes `requests` requests. */
export async function cpuPerRequest(requests: number, run: () => Promise<void>): Promise<number> {
  const start = process.cpuUsage();
  await run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / requests;
}

/**
 * Measures every variant once per round (after one warm-up each), reversing the order every other
 * round so a drift within a round favours none; the samples by variant.
 */
export async function pairedRounds(rounds: number, variants: Record<string, () => Promise<number>>): Promise<Record<string, number[]>> {
  const names = Object.keys(variants);
  for (const name of names) await variants[name]();
  const samples: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const name of round % 2 ? [...names].reverse() : names) samples[name].push(await variants[name]());
  }
  return samples;
}

/** The median of `variant / baseline` over the rounds. */
export function medianRatio(samples: Record<string, number[]>, variant: string, baseline: string): number {
  return median(samples[variant].map((value, round) => value / samples[baseline][round]));
}
