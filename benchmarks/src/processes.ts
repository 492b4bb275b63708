import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@careergraph/kit';
import { procCpuMs } from './process-cpu';

/** A server the bench started, stopped by its own pid at the end. */
export interface Child {
  name: string;
  url: string;
  process: ChildProcess;
}

const children: Child[] = [];

/** Starts `args` under node with `env` in `cwd`, and waits until `readyUrl` answers 200. */
export async function startChild(name: string, args: string[], env: Record<string, string>, url: string, readyUrl: string, cwd = repoRoot): Promise<Child> {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr = (stderr + String(chunk)).slice(-4000);
  });
  child.once('exit', (code, signal) => {
    if (children.includes(entry)) process.stderr.write(`${name} stopped unexpectedly (${signal ?? code}): ${stderr}\n`);
  });
  const entry = { name, url, process: child };
  children.push(entry);
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}: ${stderr}`);
    const ok = await fetch(readyUrl, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false);
    if (ok) return entry;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${name} was not ready at ${readyUrl} within 90 s: ${stderr}`);
}

/**
 * How the bench runs a process: `compiled`, the JavaScript `npm run build` writes into dist/ run by
 * plain `node`, as the production image runs it; or `tsx`, its TypeScript compiled on load, as
 * `npm start` runs it in development.
 */
export type Runtime = 'compiled' | 'tsx';

/** Node arguments that run an entry point of this repo (or of another copy of it at `root`), given as its TypeScript path. */
export function entryArgs(relative: string, runtime: Runtime, root = repoRoot, extra: string[] = []): string[] {
  return runtime === 'compiled' ? [path.join(root, 'dist', relative.replace(/\.ts$/, '.js')), ...extra] : ['--import', 'tsx', path.join(root, relative), ...extra];
}

/**
 * Compiles the repository at `root` into its dist/ with its own `npm run build`, and, for this
 * repository, the bench's Hive Gateway script beside it (benchmarks/tsconfig.hive-gateway.json), so
 * every gateway's own code runs compiled alike.
 */
export function buildCompiled(root: string): void {
  const steps: [string, string[]][] = [['npm', ['run', '--silent', 'build']]];
  if (root === repoRoot) steps.push([process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(repoRoot, 'benchmarks/tsconfig.hive-gateway.json')]]);
  for (const [command, args] of steps) {
    const run = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status !== 0) throw new Error(`building ${root} for the compiled runtime failed (${command} ${args.join(' ')}); --tsx runs from the TypeScript instead`);
  }
}

export async function stopChildren(): Promise<void> {
  await Promise.all(
    children.splice(0).map(
      ({ process: child }) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
}

/** CPU time (ms) a server and its worker processes have used, from /proc (Linux). */
export function cpuMsOf(child: Child): number {
  // A worker gone since listed counts nothing.
  return [child.process.pid!, ...childPids(child.process.pid!)].reduce((total, pid) => total + (procCpuMs(pid) ?? 0), 0);
}

/** CPU time (ms) every server the bench started has used. */
function serversCpuMs(): number {
  return children.reduce((total, child) => total + cpuMsOf(child), 0);
}

function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/**
 * Waits until the servers have been idle for a second: a load generator that stops drops its
 * requests in flight, but the servers still finish them, and the next measurement must not pay
 * for that work. Gives up after two minutes.
 */
export async function waitUntilIdle(): Promise<void> {
  const deadline = Date.now() + 120_000;
  let before = serversCpuMs();
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = serversCpuMs();
    if (now - before <= 30) return;
    before = now;
  }
}
