import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';
import { databaseOutage } from './driver-errors';

/** A loopback port nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** What a PostgreSQL server restarting under the client looks like on the wire: the connection drops. */
async function droppingServer(): Promise<{ port: number; close(): Promise<void> }> {
  const server = net.createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function connectError(port: number): Promise<unknown> {
  const client = new Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
  return client.connect().then(
    () => client.end().then(() => undefined),
    (error: unknown) => error,
  );
}

describe('databaseOutage', () => {
  it('classifies a refused connection, as pg and as TypeORM raise it', async () => {
    const port = await closedPort();
    const refused = await connectError(port);
    expect((refused as Error).message).toContain(`127.0.0.1:${port}`);
    expect(databaseOutage(refused)).toBe('unreachable');
    const dataSource = new DataSource({ type: 'postgres', url: `postgres://postgres@127.0.0.1:${port}/postgres` });
    const initialize = await dataSource.initialize().then(() => undefined, (error: unknown) => error);
    expect(databaseOutage(initialize)).toBe('unreachable');
  });

  it('classifies a connection the server drops', async () => {
    const server = await droppingServer();
    try {
      const dropped = await connectError(server.port);
      expect((dropped as Error).message).toMatch(/^Connection terminated/);
      expect(databaseOutage(dropped)).toBe('unreachable');
      expect(databaseOutage(new Error('wrapped', { cause: dropped }))).toBe('unreachable');
    } finally {
      await server.close();
    }
  });

  it('classifies restart, shutdown and too-many-connections SQLSTATEs, and the statement timeout, inside QueryFailedError', () => {
    const failed = (code: string) => new QueryFailedError('SELECT 1', [], Object.assign(new Error('server said no'), { code }));
    expect(databaseOutage(failed('57P01'))).toBe('unreachable');
    expect(databaseOutage(failed('57P03'))).toBe('unreachable');
    expect(databaseOutage(failed('53300'))).toBe('unreachable');
    expect(databaseOutage(failed('08006'))).toBe('unreachable');
    expect(databaseOutage(failed('57014'))).toBe('timeout');
  });

  it('leaves statement errors and bugs alone', () => {
    const unique = new QueryFailedError('INSERT', [], Object.assign(new Error('duplicate key value'), { code: '23505' }));
    expect(databaseOutage(unique)).toBeUndefined();
    expect(databaseOutage(new TypeError('x is undefined'))).toBeUndefined();
    expect(databaseOutage(undefined)).toBeUndefined();
  });
});
