import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { processAlive, removeTemplates, TEMPLATES_FOLDER_VARIABLE } from './database-templates';

const FOLDER_PREFIX = 'careergraph-templates-';
const OWNER_FILE = 'owner.pid';

/**
 * jest's globalSetup: a folder for this run's database templates (database-templates.ts), named to
 * the test processes through the environment they inherit. Templates are built there on first use.
 * Folders of runs that died before their globalTeardown (an interrupted jest) are removed first:
 * PGlite templates are tens of megabytes each.
 */
export default async function setUpDatabaseTemplates(): Promise<void> {
  for (const name of await readdir(tmpdir())) {
    if (!name.startsWith(FOLDER_PREFIX)) continue;
    const folder = path.join(tmpdir(), name);
    const owner = Number(await readFile(path.join(folder, OWNER_FILE), 'utf8').catch(() => ''));
    // Housekeeping only: a folder that cannot be removed now must not stop this run.
    if (owner && !processAlive(owner)) await removeTemplates(folder).catch(() => undefined);
  }
  const folder = await mkdtemp(path.join(tmpdir(), FOLDER_PREFIX));
  await writeFile(path.join(folder, OWNER_FILE), String(process.pid));
  process.env[TEMPLATES_FOLDER_VARIABLE] = folder;
}
