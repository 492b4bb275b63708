/**
 * The arithmetic of `npm run bench -- --ab <A> <B>`: configurations from the command line, and the
 * median paired ratio B/A of CPU per answer per process over the rounds.
 */
import { median } from './paired-cpu';
import { type CpuByProcess, cpuPerAnswer, sumCpu } from './process-cpu';

/** Environment variables given to every process of one stack. */
export type Configuration = Record<string, string>;

/**
 * A configuration as written on the command line: a JSON object (`{"SUBGRAPH_MAX_SOCKETS": 8}`) or
 * whitespace-separated `NAME=value` pairs (`"SUBGRAPH_MAX_SOCKETS=8 LOG_LEVEL=warn"`); empty for
 * the defaults.
 */
export function parseConfiguration(text: string): Configuration {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (error) {
      throw new Error(`configuration "${text}" is not valid JSON: ${(error as Error).message}`);
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`configuration "${text}" must be a JSON object of environment variables`);
    return Object.fromEntries(
      Object.entries(parsed).map(([name, value]) => {
        if (!['string', 'number', 'boolean'].includes(typeof value)) throw new Error(`configuration "${text}": ${name} must be a string, number or boolean`);
        return [checkName(name, text), String(value)];
      }),
    );
  }
  return Object.fromEntries(
    trimmed
      .split(/\s+/)
      .filter(Boolean)
      .map((pair) => {
        const equals = pair.indexOf('=');
        if (equals <= 0) throw new Error(`configuration "${text}": "${pair}" is not NAME=value`);
        return [checkName(pair.slice(0, equals), text), pair.slice(equals + 1)];
      }),
  );
}

function checkName(name: string, text: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`configuration "${text}": "${name}" is not an environment variable name`);
  return name;
}

/** What `--ab A B` or `--aa [A]` asks for; undefined without either. A/A runs one configuration on both stacks. */
export function parseComparison(argv: string[]): { a: Configuration; b: Configuration; aa: boolean } | undefined {
  const ab = argv.indexOf('--ab');
  const aa = argv.indexOf('--aa');
  if (ab >= 0 && aa >= 0) throw new Error('--ab and --aa exclude each other');
  if (ab >= 0) {
    const [a, b] = argv.slice(ab + 1, ab + 3);
    if (a === undefined || b === undefined || a.startsWith('--') || b.startsWith('--')) throw new Error('--ab takes two configurations, e.g. --ab "SUBGRAPH_MAX_SOCKETS=8" "SUBGRAPH_MAX_SOCKETS=64" (use "" for the defaults)');
    return { a: parseConfiguration(a), b: parseConfiguration(b), aa: false };
  }
  if (aa >= 0) {
    const next = argv[aa + 1];
    const configuration = parseConfiguration(next === undefined || next.startsWith('--') ? '' : next);
    return { a: configuration, b: configuration, aa: true };
  }
  return undefined;
}

/** One stack's window in one round. */
export interface Side {
  answered: number;
  seconds: number;
  cpuMs: CpuByProcess;
}

/** One round's pair of windows; `swapped` when A ran on the second stack (ports 20 above) and B on the first. */
export interface Round {
  a: Side;
  b: Side;
  swapped?: boolean;
}

export interface PairedResult {
  /**
   * B's CPU per answer over A's, per process and for the total: the median over the rounds, or with
   * rounds in both stack placements the geometric mean of each placement's median, so a difference
   * between the two stacks themselves cancels.
   */
  cpuRatio: CpuByProcess;
  /** B's answers per second over A's, likewise. */
  throughputRatio: number;
  /** Each round's total CPU per answer ratio, to show the spread. */
  totalRatios: number[];
  /**
   * With rounds in both placements: the second stack's total CPU per answer over the first's for the
   * same configuration, what a stack's place alone does (1 when it does nothing).
   */
  stackBias?: number;
  /** CPU ms per answer over all rounds, each side. */
  a: CpuByProcess;
  b: CpuByProcess;
}

/**
 * Pairs the two stacks' windows of each round (run back to back, so the machine's speed is nearly
 * the same for both); a round where either side answered nothing has no ratio.
 */
export function pairedResult(rounds: Round[]): PairedResult {
  const paired = rounds.filter(({ a, b }) => a.answered > 0 && b.answered > 0);
  const placements = [paired.filter((round) => !round.swapped), paired.filter((round) => round.swapped)].filter((group) => group.length > 0);
  const cpuRatios = (group: Round[], label: string) =>
    group.flatMap(({ a, b }) => {
      const [perA, perB] = [cpuPerAnswer(a.cpuMs, a.answered)[label], cpuPerAnswer(b.cpuMs, b.answered)[label]];
      return perA > 0 && Number.isFinite(perB) ? [perB / perA] : [];
    });
  const throughputRatios = (group: Round[]) => group.map(({ a, b }) => b.answered / b.seconds / (a.answered / a.seconds));
  const labels = [...new Set(paired.flatMap(({ a, b }) => [...Object.keys(a.cpuMs), ...Object.keys(b.cpuMs), 'total']))];
  const overall = (side: 'a' | 'b') =>
    cpuPerAnswer(sumCpu(rounds.map((round) => round[side].cpuMs)), rounds.reduce((sum, round) => sum + round[side].answered, 0));
  const [placed, swapped] = placements.map((group) => median(cpuRatios(group, 'total')));
  return {
    cpuRatio: Object.fromEntries(labels.map((label) => [label, balanced(placements.map((group) => cpuRatios(group, label)))])),
    throughputRatio: balanced(placements.map(throughputRatios)),
    totalRatios: cpuRatios(paired, 'total'),
    ...(placements.length === 2 && placed > 0 && swapped > 0 ? { stackBias: Math.sqrt(placed / swapped) } : {}),
    a: overall('a'),
    b: overall('b'),
  };
}

/** The geometric mean of each placement's median ratio; NaN without any. */
function balanced(groups: number[][]): number {
  const medians = groups.filter((ratios) => ratios.length > 0).map(median);
  return medians.length ? Math.exp(medians.reduce((sum, m) => sum + Math.log(m), 0) / medians.length) : NaN;
}
