/**
 * `npm run import:samples -- <folder> [--scale demo|district]`: writes the generated import files a
 * tester (or the benchmark) feeds to `npm run import`: `oneroster-bulk/`, `oneroster-delta/` and
 * `oneroster-malformed/` (one bad row of every kind, see services/demo-data/src/oneroster.ts) from
 * the demo world's students, and `partners/` (partners.csv, opportunities.csv) from its partners.
 */
import { oneRosterBulkSet, oneRosterDeltaSet, oneRosterMalformedSet, partnerSpreadsheets, worldFoundation } from '@careergraph/demo-data';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

async function writeSet(folder: string, files: Map<string, string>): Promise<void> {
  await mkdir(folder, { recursive: true });
  for (const [name, text] of files) await writeFile(path.join(folder, name), text);
  process.stderr.write(`wrote ${folder} (${[...files.keys()].join(', ')})\n`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const scaleIndex = args.indexOf('--scale');
  const scale = scaleIndex >= 0 ? args[scaleIndex + 1] : 'demo';
  const folder = args.find((arg, i) => !arg.startsWith('--') && i !== scaleIndex + 1);
  if (!folder || (scale !== 'demo' && scale !== 'district')) throw new Error('usage: npm run import:samples -- <folder> [--scale demo|district]');
  const world = worldFoundation(scale);
  const bulk = oneRosterBulkSet(world.students);
  await writeSet(path.join(folder, 'oneroster-bulk'), bulk);
  await writeSet(path.join(folder, 'oneroster-delta'), oneRosterDeltaSet(bulk));
  await writeSet(path.join(folder, 'oneroster-malformed'), oneRosterMalformedSet(bulk).files);
  await writeSet(path.join(folder, 'partners'), partnerSpreadsheets(world.partners));
}

main().catch((error) => {
  process.stderr.write(`import:samples failed: ${(error as Error).message}\n`);
  process.exit(1);
});
