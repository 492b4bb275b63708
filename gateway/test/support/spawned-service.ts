import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '@careergraph/kit';

export interface LogLine {
  msg: string;
  url?: string;
  signal?: string;
}

/** A service started from its entry point in its own process, as production runs it, with its JSON log read back. */
export interface SpawnedService {
  process: ChildProcess;
  lines: LogLine[];
  /** Resolves when `count` lines with this message have been logged. */
  logged(msg: string, count?: number): Promise<void>;
  /** The exit code, once the process and any workers writing to its output are gone. */
  exited: Promise<number | null>;
}

/** `entry` (relative to the repository) under node with tsx, logging at info. */
export function spawnService(entry: string, env: Record<string, string>): SpawnedService {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, entry)], {
    cwd: repoRoot,
    env: { ...process.env, NODE_OPTIONS: '', NODE_ENV: 'development', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: LogLine[] = [];
  const waiters: (() => void)[] = [];
  let buffer = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const complete = buffer.split('\n');
    buffer = complete.pop()!;
    for (const line of complete) if (line.startsWith('{')) lines.push(JSON.parse(line) as LogLine);
    for (const wake of waiters.splice(0)) wake();
  });
  // 'close', not 'exit': cluster workers write to the same pipe, and their last lines may still be in it.
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  const logged = async (msg: string, count = 1) => {
    while (lines.filter((line) => line.msg === msg).length < count) {
      await Promise.race([new Promise<void>((resolve) => waiters.push(resolve)), exited.then(() => Promise.reject(new Error(`exited before logging "${msg}" ×${count}`)))]);
    }
  };
  return { process: child, lines, logged, exited };
}
