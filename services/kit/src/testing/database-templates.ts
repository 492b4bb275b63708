import { createHash } from 'node:crypto';
import { access, open, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource, migrate, type ServiceSchema } from '../db/data-source';
import { startEmbeddedPostgres } from '../db/embedded-postgres';

/**
 * Migrated (and seeded) databases built once per test run and copied for each test file, instead of
 * every file running every migration and seed again: on a server a template database copied with
 * `CREATE DATABASE ... TEMPLATE`, on PGlite a `dumpDataDir()` tar each instance starts from.
 *
 * The run's folder comes from jest's globalSetup (jest-global-setup.ts); the globalTeardown removes
 * it and drops the server's templates at the end, so a template never outlives the sources it was
 * built from. Within the run a template is keyed by the schema, the text of its migrations and the
 * seed's name, and built by whichever test process asks first while the others wait on its lock file.
 */
export const TEMPLATES_FOLDER_VARIABLE = 'CAREERGRAPH_TEST_TEMPLATES';

/** Data a template holds on top of the migrations; `name` tells templates of one schema apart. */
export interface TestSeed {
  name: string;
  run(dataSource: DataSource): Promise<unknown>;
}

/** Where a test database of the template comes from: a server database's name, or a PGlite tar. */
export type DatabaseTemplate = { kind: 'server'; database: string } | { kind: 'embedded'; dataDir: Blob };

const SERVER_TEMPLATE_SUFFIX = '.server';
const EMBEDDED_TEMPLATE_SUFFIX = '.tar';

/** The run's folder, or undefined outside jest's globalSetup (then every database is built from scratch). */
export function templatesFolder(): string | undefined {
  return process.env[TEMPLATES_FOLDER_VARIABLE] || undefined;
}

function templateKey(folder: string, definition: ServiceSchema, seed: TestSeed | undefined, serverUrl: string | undefined): string {
  const hash = createHash('sha256').update(`${folder}\n${serverUrl ?? 'embedded'}\n${definition.schema}\nseed:${seed?.name ?? ''}\n`);
  // The migrations' names and text: one schema migrated by another list (a test's own) gets its own template.
  for (const migration of definition.migrations as unknown[]) hash.update(`${typeof migration === 'function' ? `${migration.name}:${migration.toString()}` : String(migration)}\n`);
  return hash.digest('hex').slice(0, 16);
}

/** The template for this schema and seed in the run's folder, built now if no test process has yet. */
export async function databaseTemplate(folder: string, definition: ServiceSchema, seed?: TestSeed): Promise<DatabaseTemplate> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const key = templateKey(folder, definition, seed, serverUrl);
  const file = path.join(folder, key + (serverUrl ? SERVER_TEMPLATE_SUFFIX : EMBEDDED_TEMPLATE_SUFFIX));
  await buildOnce(file, async (partial) => {
    if (serverUrl) await writeFile(partial, await buildServerTemplate(serverUrl, `${process.env.TEST_DATABASE_PREFIX ?? 'cgtest_'}tpl_${key}`, definition, seed));
    else await writeFile(partial, Buffer.from(await (await buildEmbeddedTemplate(definition, seed)).arrayBuffer()));
  });
  return serverUrl ? { kind: 'server', database: await readFile(file, 'utf8') } : { kind: 'embedded', dataDir: new Blob([await readFile(file)]) };
}

/**
 * Runs `build` into a partial file renamed to `file` once complete, unless `file` exists. A lock
 * file holding the builder's pid makes the other processes wait, and is taken over when that
 * process died mid-build (a crashed or killed worker).
 */
async function buildOnce(file: string, build: (partial: string) => Promise<void>): Promise<void> {
  const lock = `${file}.lock`;
  for (;;) {
    if (await access(file).then(() => true, () => false)) return;
    const handle = await open(lock, 'wx').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return undefined;
      throw error;
    });
    if (handle) {
      try {
        await handle.writeFile(String(process.pid));
        await handle.close();
        const partial = `${file}.${process.pid}.partial`;
        await build(partial);
        await rename(partial, file);
      } finally {
        await rm(lock, { force: true });
      }
      return;
    }
    const owner = Number(await readFile(lock, 'utf8').catch(() => ''));
    if (owner && !processAlive(owner)) await rm(lock, { force: true });
    else await sleep(100);
  }
}

/** Whether a process with this pid exists (EPERM: it does, under another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function prepare(url: string, embedded: boolean, definition: ServiceSchema, seed: TestSeed | undefined): Promise<void> {
  const dataSource = createDataSource({ ...definition, url, poolMax: 1, embedded });
  await dataSource.initialize();
  try {
    await migrate(dataSource, definition.schema);
    await seed?.run(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** Creates, migrates and seeds the template database; returns its name. */
async function buildServerTemplate(serverUrl: string, name: string, definition: ServiceSchema, seed: TestSeed | undefined): Promise<string> {
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    await prepare(url.toString(), false, definition, seed);
  } catch (error) {
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    throw error;
  }
  return name;
}

async function buildEmbeddedTemplate(definition: ServiceSchema, seed: TestSeed | undefined): Promise<Blob> {
  const embedded = await startEmbeddedPostgres();
  try {
    await prepare(embedded.url, true, definition, seed);
    return await embedded.dumpDataDir();
  } finally {
    await embedded.close();
  }
}

export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Drops the run's server templates and removes its folder (jest's globalTeardown). */
export async function removeTemplates(folder: string): Promise<void> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const files = await readdir(folder).catch(() => [] as string[]);
  for (const file of files.filter((name) => name.endsWith(SERVER_TEMPLATE_SUFFIX))) {
    if (serverUrl) await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${await readFile(path.join(folder, file), 'utf8')}" WITH (FORCE)`);
  }
  await rm(folder, { recursive: true, force: true });
}
