/**
 * CPU time per process of a bench stack over a load window: each server the bench started (with its
 * worker processes) from /proc, and the PostgreSQL backends serving them, found in pg_stat_activity.
 */
import { readFileSync } from 'node:fs';
import type pg from 'pg';

/** CPU ms by process label ("gateway", a subgraph's name, "postgres"). */
export type CpuByProcess = Record<string, number>;

/** The label of PostgreSQL's backends, all subgraphs' together. */
export const POSTGRES = 'postgres';

/** utime + stime of one pid in ms, from /proc/<pid>/stat (Linux, 100 clock ticks a second); undefined once gone. */
export function procCpuMs(pid: number): number | undefined {
  try {
    // The command name (field 2) may hold spaces; the fields after it are split at ") ".
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** `after - before` per label; a label missing before counts from zero. */
export function cpuDelta(before: CpuByProcess, after: CpuByProcess): CpuByProcess {
  return Object.fromEntries(Object.entries(after).map(([label, ms]) => [label, ms - (before[label] ?? 0)]));
}

/** Per-label sums of several windows. */
export function sumCpu(windows: CpuByProcess[]): CpuByProcess {
  const total: CpuByProcess = {};
  for (const window of windows) for (const [label, ms] of Object.entries(window)) total[label] = (total[label] ?? 0) + ms;
  return total;
}

/** CPU ms per answered request, per label and their sum under "total"; NaN for every label without answers. */
export function cpuPerAnswer(cpu: CpuByProcess, answered: number): CpuByProcess {
  const perAnswer = Object.fromEntries(Object.entries(cpu).map(([label, ms]) => [label, answered > 0 ? ms / answered : NaN]));
  return { ...perAnswer, total: Object.values(perAnswer).reduce((sum, ms) => sum + ms, 0) };
}

/** One PostgreSQL backend seen in one sample: its pid and its CPU so far (ms). */
export interface BackendReading {
  pid: number;
  cpuMs: number;
}

/**
 * The CPU the backends spent between the first sample (at the window's start) and the last. A
 * backend in the first sample counts from its reading there; one that appeared later was forked
 * inside the window, so all of its CPU counts (connecting is part of the cost). A backend counts up
 * to the last sample it was seen in: one that exited between samples loses what it spent after its
 * last one. The subgraphs' pools keep their connections while loaded (they close only idle ones), so
 * under load that loss is at most the tail of the rare backend that exits, and sampling often keeps
 * it short.
 */
export function backendCpuMs(samples: BackendReading[][]): number {
  const start = new Map((samples[0] ?? []).map((reading) => [reading.pid, reading.cpuMs]));
  const last = new Map<number, number>();
  for (const sample of samples) for (const reading of sample) last.set(reading.pid, reading.cpuMs);
  let total = 0;
  for (const [pid, cpuMs] of last) total += cpuMs - (start.get(pid) ?? 0);
  return total;
}

/**
 * The client backends on the sampling client's database but its own: the subgraphs' pools, whatever
 * pool a service opens (not only the kit's `careergraph-<schema>` DataSource). The bench's other
 * connection to the database idles during a window, so it adds nothing; PostgreSQL's background
 * processes (autovacuum, checkpointer, WAL writer) are not client backends and are left out.
 */
const BACKENDS_SQL = `SELECT pid FROM pg_stat_activity
  WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()`;

/**
 * Starts sampling the backends on `client`'s database every `intervalMs` (the first sample is taken
 * before this resolves, so the window starts after it); `stop` takes a last sample and returns their
 * CPU ms over the window (`backendCpuMs`). The client must be the sampler's own.
 */
export async function watchBackends(client: pg.Client, intervalMs = 200): Promise<{ stop(): Promise<number> }> {
  const samples: BackendReading[][] = [];
  const take = async () => {
    const { rows } = await client.query<{ pid: number }>(BACKENDS_SQL);
    samples.push(rows.flatMap(({ pid }) => {
      const cpuMs = procCpuMs(pid);
      return cpuMs === undefined ? [] : [{ pid, cpuMs }];
    }));
  };
  await take();
  let timer: NodeJS.Timeout | undefined;
  let pending = Promise.resolve();
  let failure: unknown;
  const schedule = () => {
    timer = setTimeout(() => {
      pending = take().then(schedule, (error) => void (failure = error));
    }, intervalMs);
  };
  schedule();
  return {
    async stop() {
      clearTimeout(timer);
      await pending;
      clearTimeout(timer);
      if (failure) throw failure;
      await take();
      return backendCpuMs(samples);
    },
  };
}
