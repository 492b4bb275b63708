import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gatewayReadiness } from './readiness';

/** A subgraph stand-in whose /ready answers `status`, or never answers (`hang`). */
async function subgraph(behaviour: number | 'hang'): Promise<{ url: string; server: http.Server }> {
  const server = http.createServer((_req, res) => {
    if (behaviour === 'hang') return;
    res.writeHead(behaviour, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server };
}

describe('gateway readiness', () => {
  const servers: http.Server[] = [];
  const start = async (behaviour: number | 'hang') => {
    const started = await subgraph(behaviour);
    servers.push(started.server);
    return started.url;
  };
  afterAll(async () => {
    for (const server of servers) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('is ready with every subgraph up', async () => {
    const urls = { students: await start(200), partners: await start(200) };
    expect(await gatewayReadiness(urls, 500)).toEqual({ ready: true, details: { subgraphs: { students: 'ready', partners: 'ready' } } });
  });

  it('stays ready, degraded, when some subgraphs are down, hanging or unreachable, naming each', async () => {
    const urls = { students: await start(200), partners: await start(503), placements: await start('hang'), credentials: 'http://127.0.0.1:9/graphql' };
    const started = Date.now();
    expect(await gatewayReadiness(urls, 300)).toEqual({
      ready: true,
      details: { status: 'degraded', subgraphs: { students: 'ready', partners: 'unavailable', placements: 'unavailable', credentials: 'unavailable' } },
    });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('is not ready when no subgraph answers: the gateway could serve nothing', async () => {
    const urls = { students: await start(503), partners: 'http://127.0.0.1:9/graphql' };
    expect(await gatewayReadiness(urls, 300)).toEqual({ ready: false, details: { subgraphs: { students: 'unavailable', partners: 'unavailable' } } });
  });
});
