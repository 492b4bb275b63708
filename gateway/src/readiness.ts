import type { ReadinessReport } from '@careergraph/kit';

export type SubgraphHealth = 'ready' | 'unavailable';

/**
 * Ready when the gateway can serve: its supergraph is loaded (this route exists only once Apollo
 * started with it) and at least one subgraph answers its own /ready (so its database is reachable
 * too). A department that is down costs its own fields, not the whole API: it shows as
 * `unavailable` under `subgraphs` in the body, and the status is `degraded`, still 200. Every
 * gateway replica sees the same subgraphs, so failing readiness for one would only take all of
 * them out of the load balancer together.
 */
export async function gatewayReadiness(urls: Record<string, string>, timeoutMs: number): Promise<ReadinessReport> {
  const names = Object.keys(urls);
  const results = await Promise.allSettled(
    names.map(async (name) => (await fetch(new URL('/ready', urls[name]), { signal: AbortSignal.timeout(timeoutMs) })).ok),
  );
  const subgraphs: Record<string, SubgraphHealth> = {};
  results.forEach((result, index) => {
    subgraphs[names[index]] = result.status === 'fulfilled' && result.value ? 'ready' : 'unavailable';
  });
  const up = Object.values(subgraphs).filter((health) => health === 'ready').length;
  return { ready: up > 0, details: { ...(up > 0 && up < names.length ? { status: 'degraded' } : {}), subgraphs } };
}

