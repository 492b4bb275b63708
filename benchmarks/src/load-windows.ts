import { type CpuByProcess, cpuPerAnswer, sumCpu } from './process-cpu';

/**
 * The arithmetic of the bench's load windows: answers, latencies and CPU of several windows summed
 * into one result, and the ratio of each adjacent pair of windows of two gateways.
 */

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** CPU the gateway's own processes spent per answered request (ms): its efficiency, whatever the machine's noise. */
  gatewayCpuMsPerAnswer: number;
  /** CPU ms per answered request of every process serving it (gateway, each subgraph, postgres) and their sum ("total"). */
  cpuMsPerAnswer: CpuByProcess;
}

/** One autocannon window against one gateway. */
export interface LoadWindow {
  answered: number;
  seconds: number;
  /** Of every response, so percentiles over several windows are exact. */
  latencies: number[];
  errors: number;
  non2xx: number;
  /** CPU ms each process spent in the window, by label; the gateway's under "gateway". */
  cpuMs: CpuByProcess;
}

/** The value at percentile `p` of ascending `sorted` (nearest rank); NaN when empty. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Several windows of one gateway as one result: answers over their total time, percentiles over every response. */
export function summarize(windows: LoadWindow[]): LoadResult {
  const latencies = windows.flatMap((w) => w.latencies).sort((a, b) => a - b);
  const answered = windows.reduce((sum, w) => sum + w.answered, 0);
  const cpuMsPerAnswer = cpuPerAnswer(sumCpu(windows.map((w) => w.cpuMs)), answered);
  return {
    requestsPerSecond: answered / windows.reduce((sum, w) => sum + w.seconds, 0),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: windows.reduce((sum, w) => sum + w.errors, 0),
    non2xx: windows.reduce((sum, w) => sum + w.non2xx, 0),
    gatewayCpuMsPerAnswer: cpuMsPerAnswer.gateway ?? NaN,
    cpuMsPerAnswer,
  };
}

/**
 * ours/theirs answers per second for each pair of windows run next to each other (the i-th of each);
 * a pair where either answered nothing has no ratio. Per second, because windows of a number of
 * requests differ in length, not in answers.
 */
export function pairRatios(ours: LoadWindow[], theirs: LoadWindow[]): number[] {
  const perSecond = (window: LoadWindow) => window.answered / window.seconds;
  return ours.flatMap((window, i) => {
    const [a, b] = [perSecond(window), theirs[i] ? perSecond(theirs[i]) : 0];
    return a > 0 && b > 0 ? [a / b] : [];
  });
}
