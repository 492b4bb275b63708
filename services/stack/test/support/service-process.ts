import { type ChildProcess, spawn } from 'node:child_process';
import { repoRoot } from '@careergraph/kit';

/** One JSON line of a service's log. */
export interface LogRecord {
  msg: string;
  url?: string;
  applied?: string[];
  [field: string]: unknown;
}

/**
 * A CareerGraph process started with exactly the environment it is given (nothing inherited from
 * the test runner), its JSON log collected, for tests that run services as a deployment does.
 */
export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  records: LogRecord[];
  /** The first log record with this message; rejects if the process exits first. */
  waitFor(msg: string): Promise<LogRecord>;
  /** Exit code once the process has ended (null when a signal ended it). */
  exited: Promise<number | null>;
  /** Everything it printed that was not a JSON log line (start-up failures go to stderr). */
  output(): string;
  /** SIGTERM, then SIGKILL if it has not ended within 10 s. */
  stop(): Promise<void>;
}

/** `cwd` is the image's WORKDIR stand-in: the repository, or the production build's dist/. */
export function startServiceProcess(name: string, argv: string[], env: Record<string, string>, cwd = repoRoot): ServiceProcess {
  const [command, ...args] = argv;
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const records: LogRecord[] = [];
  const other: string[] = [];
  const changed: (() => void)[] = [];
  let pending = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      if (line.startsWith('{')) records.push(JSON.parse(line) as LogRecord);
      else if (line.trim()) other.push(line);
    }
    for (const wake of changed.splice(0)) wake();
  });
  child.stderr!.on('data', (chunk: Buffer) => other.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  const output = () => [...other, ...records.map((record) => JSON.stringify(record))].join('\n');
  return {
    name,
    child,
    records,
    exited,
    output,
    async waitFor(msg) {
      for (;;) {
        const found = records.find((record) => record.msg === msg);
        if (found) return found;
        const ended = await Promise.race([new Promise<false>((resolve) => changed.push(() => resolve(false))), exited.then(() => true)]);
        if (ended && !records.some((record) => record.msg === msg)) {
          throw new Error(`${name} exited (${child.exitCode ?? child.signalCode}) before logging "${msg}":\n${output()}`);
        }
      }
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.kill('SIGTERM');
      await exited;
      clearTimeout(timer);
    },
  };
}

/** How a subgraph's or the gateway's source entry runs under Node here (tsx, as `npm start` runs it). */
export function nodeEntry(entry: string): string[] {
  return [process.execPath, '--import', 'tsx', entry];
}
