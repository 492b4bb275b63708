/**
 * `npm run lock:prune`: the package registry reachable from the district's build machines serves
 * only some platforms' optional native bindings (e.g. unrs-resolver's, used by jest). `npm install`
 * then lists bindings in package-lock.json that it could not record, and `npm ci` refuses the lock.
 * This drops optional dependencies that have no entry in the lock, so `npm ci` installs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@careergraph/kit';

interface LockEntry {
  optionalDependencies?: Record<string, string>;
}

const file = path.join(repoRoot, 'package-lock.json');
const lock = JSON.parse(readFileSync(file, 'utf8')) as { packages: Record<string, LockEntry> };
let pruned = 0;
for (const entry of Object.values(lock.packages)) {
  for (const name of Object.keys(entry.optionalDependencies ?? {})) {
    if (!lock.packages[`node_modules/${name}`]) {
      delete entry.optionalDependencies![name];
      pruned++;
    }
  }
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
process.stdout.write(`pruned ${pruned} unavailable optional dependencies from package-lock.json\n`);
