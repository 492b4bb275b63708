import { createHash } from 'node:crypto';
import { type FSWatcher, watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import type { SupergraphSdlHook } from '@apollo/gateway';
import type { Logger } from '@careergraph/kit';

/** How long a watched folder stays quiet before the file is read (publish it by rename to be exact). */
const WATCH_SETTLE_MS = 100;

export interface SupergraphSourceOptions {
  /** SUPERGRAPH_PATH: the composed supergraph on disk (a mounted ConfigMap, the image's schema/). */
  path: string;
  /** SUPERGRAPH_URL: fetched instead of the file when set. */
  url?: string;
  /** How often the source is checked for a new supergraph; 0 serves the first one until restart. */
  pollMs: number;
  /** The subgraphs this gateway can reach: a supergraph naming any other is refused. */
  subgraphUrls: Record<string, string>;
  logger: Logger;
}

/**
 * The gateway's supergraph, reloaded without a restart so one department's subgraph rolls out
 * without redeploying the gateway (README, "Schema changes and rollouts"). The source is checked
 * every `pollMs`, and a file's folder is watched too so a published file is taken up at once
 * (watching the folder rather than the file survives atomic renames and Kubernetes' ConfigMap
 * symlink swaps; the poll covers file systems without change events). A new supergraph is
 * validated before Apollo swaps it in; one that fails keeps the supergraph in service and logs why.
 * The first load has no previous one to keep: it fails the gateway's start instead.
 */
export function supergraphSource(options: SupergraphSourceOptions): SupergraphSdlHook {
  const source = options.url ?? options.path;
  const read = options.url ? () => fetchSupergraph(options.url!) : () => readFile(options.path, 'utf8');

  return async ({ update }) => {
    const initial = await read();
    validateSupergraph(initial, options.subgraphUrls);
    if (options.pollMs === 0) return { supergraphSdl: initial };

    /** The supergraph in service, and the last one refused (so a bad file is logged once, not every poll). */
    let served = digest(initial);
    let refused: string | undefined;
    let checking: Promise<void> | undefined;
    let again = false;

    const check = async (): Promise<void> => {
      let sdl: string;
      try {
        sdl = await read();
      } catch (error) {
        options.logger.error({ err: error, source }, 'supergraph source unreadable; keeping the supergraph in service');
        return;
      }
      const id = digest(sdl);
      if (id === served || id === refused) return;
      try {
        validateSupergraph(sdl, options.subgraphUrls);
        // Apollo builds the new schema and query planner first and swaps only when that succeeds.
        update(sdl);
        served = id;
        refused = undefined;
        options.logger.info({ source, supergraph: id.slice(0, 12) }, 'supergraph reloaded');
      } catch (error) {
        refused = id;
        options.logger.error({ err: error, source, supergraph: id.slice(0, 12) }, 'new supergraph refused; keeping the supergraph in service');
      }
    };
    /** One check at a time; a change that arrives during one gets one more check after it. */
    const schedule = (): void => {
      if (checking) {
        again = true;
        return;
      }
      checking = check().finally(() => {
        checking = undefined;
        if (again) {
          again = false;
          schedule();
        }
      });
    };

    // A writer's events come in bursts (truncate, write, close): the file is read once they settle.
    let settle: NodeJS.Timeout | undefined;
    const changed = (): void => {
      clearTimeout(settle);
      settle = setTimeout(schedule, WATCH_SETTLE_MS);
      settle.unref();
    };
    const timer = setInterval(schedule, options.pollMs);
    timer.unref();
    let watcher: FSWatcher | undefined;
    if (!options.url) {
      const file = path.basename(options.path);
      watcher = watch(path.dirname(options.path), { persistent: false }, (_event, name) => {
        // ConfigMap updates rename `..data`; anything else in the folder is not ours.
        if (!name || name === file || name.startsWith('..')) changed();
      });
      watcher.on('error', (error) => options.logger.warn({ err: error, source }, 'supergraph folder watch stopped; polling only'));
    }
    return {
      supergraphSdl: initial,
      cleanup: async () => {
        clearInterval(timer);
        clearTimeout(settle);
        watcher?.close();
        await checking;
      },
    };
  };
}

/**
 * Throws unless `sdl` is a valid supergraph whose every subgraph this gateway has a URL for: the
 * checks Apollo's own swap would fail part-way through (its data sources are made after the schema).
 */
export function validateSupergraph(sdl: string, subgraphUrls: Record<string, string>): void {
  const supergraph = Supergraph.build(sdl);
  supergraph.apiSchema();
  const unknown = supergraph
    .subgraphsMetadata()
    .map(({ name }) => name)
    .filter((name) => !subgraphUrls[name]);
  if (unknown.length > 0) {
    throw new Error(`the supergraph names subgraphs with no URL configured: ${unknown.join(', ')} (set ${unknown.map((name) => `${name.toUpperCase()}_URL`).join(', ')})`);
  }
}

async function fetchSupergraph(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return response.text();
}

function digest(sdl: string): string {
  return createHash('sha256').update(sdl).digest('hex');
}
