import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';

/** The CSV files of one import, by base name (`users.csv`), as text. */
export type ImportFiles = Map<string, string>;

/** A folder of CSV files, a zip of them (a OneRoster bulk or delta set), or one CSV file. */
export async function readImportFiles(location: string): Promise<ImportFiles> {
  const info = await stat(location);
  if (info.isDirectory()) {
    const files: ImportFiles = new Map();
    for (const name of (await readdir(location)).sort()) {
      if (name.toLowerCase().endsWith('.csv')) files.set(name, await readFile(path.join(location, name), 'utf8'));
    }
    return files;
  }
  const content = await readFile(location);
  return location.toLowerCase().endsWith('.zip') ? importFilesFromZip(content) : new Map([[path.basename(location), content.toString('utf8')]]);
}

/** The CSV files of a zip (an upload or a file on disk); folders inside the zip are flattened. */
export function importFilesFromZip(zip: Uint8Array): ImportFiles {
  const entries = unzipSync(zip, { filter: (entry) => entry.name.toLowerCase().endsWith('.csv') });
  return new Map(Object.entries(entries).map(([name, bytes]) => [path.posix.basename(name), strFromU8(bytes)]));
}
