/**
 * `npm run build`: the production build the image runs with plain `node` (services/Dockerfile).
 * Into dist/, laid out as the repository is so every path the code derives from `repoRoot` holds:
 *   - each process compiled to CommonJS by tsc (tsconfig.build.json; tsc rather than a bundler because
 *     TypeORM's entities read the decorator metadata only tsc emits),
 *   - every workspace's package.json with its entry points moved from .ts to the compiled .js,
 *   - the root package.json and package-lock.json, for `npm ci --omit=dev` beside them,
 *   - schema/*.graphql (each subgraph reads its own SDL, the gateway the supergraph),
 *   - the playground and dashboard bundled once (gateway/ui/prebuilt), so the runtime needs no UI toolchain,
 *   - node_modules/@careergraph links to the compiled workspaces, so dist/ also runs in place on a
 *     machine whose third-party packages are in the repository's node_modules (the build test).
 * `npm start` stays on tsx for development and never reads dist/.
 */
import { spawn } from 'node:child_process';
import { access, cp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot, SUBGRAPHS } from '@careergraph/kit';
import { PREBUILT_UI_FOLDER, UiBundle } from '@careergraph/gateway/src/ui/ui-bundle';

interface PackageManifest {
  name: string;
  main?: string;
  exports?: Record<string, string>;
  scripts?: Record<string, string>;
  workspaces?: string[];
}

/** Workspaces whose sources tsconfig.build.json compiles; the others ship their package.json only (npm's workspace links need it). */
const COMPILED = new Set(['services/kit', 'services/demo-data', ...SUBGRAPHS.map(({ name }) => `services/${name}`), 'services/stack', 'gateway']);

export async function buildProduction(outDir = path.join(repoRoot, 'dist')): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await run(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(repoRoot, 'tsconfig.build.json'), '--outDir', outDir]);

  const root = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as PackageManifest;
  // Verbatim: `npm ci` refuses a package.json that disagrees with the lock.
  await cp(path.join(repoRoot, 'package.json'), path.join(outDir, 'package.json'));
  await cp(path.join(repoRoot, 'package-lock.json'), path.join(outDir, 'package-lock.json'));
  for (const workspace of await expandWorkspaces(root.workspaces ?? [])) {
    const manifest = JSON.parse(await readFile(path.join(repoRoot, workspace, 'package.json'), 'utf8')) as PackageManifest;
    const compiled = COMPILED.has(workspace) ? compiledManifest(manifest) : manifest;
    await mkdir(path.join(outDir, workspace), { recursive: true });
    await writeFile(path.join(outDir, workspace, 'package.json'), `${JSON.stringify(compiled, null, 2)}\n`);
    const link = path.join(outDir, 'node_modules', manifest.name);
    await mkdir(path.dirname(link), { recursive: true });
    await symlink(path.relative(path.dirname(link), path.join(outDir, workspace)), link, 'dir');
  }

  await mkdir(path.join(outDir, 'schema'), { recursive: true });
  for (const file of await readdir(path.join(repoRoot, 'schema'))) {
    if (file.endsWith('.graphql')) await cp(path.join(repoRoot, 'schema', file), path.join(outDir, 'schema', file));
  }

  const prebuilt = path.join(outDir, 'gateway', 'ui', PREBUILT_UI_FOLDER);
  await mkdir(prebuilt, { recursive: true });
  for (const [name, asset] of await new UiBundle().build()) await writeFile(path.join(prebuilt, name), asset.body);
}

/** The workspace folders package.json names, with `services/*` read as every folder there holding a package.json (npm's glob). */
async function expandWorkspaces(patterns: readonly string[]): Promise<string[]> {
  const folders: string[] = [];
  for (const pattern of patterns) {
    if (!pattern.endsWith('/*')) {
      folders.push(pattern);
      continue;
    }
    const parent = pattern.slice(0, -2);
    for (const entry of (await readdir(path.join(repoRoot, parent), { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory() && (await exists(path.join(repoRoot, parent, entry.name, 'package.json')))) folders.push(`${parent}/${entry.name}`);
    }
  }
  return folders;
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/** The manifest with `main` and `exports` on the compiled files; test-only entry points (kit's ./testing) dropped, scripts too (they run tsx). */
function compiledManifest(manifest: PackageManifest): PackageManifest {
  const { scripts: _scripts, ...rest } = manifest;
  const toJs = (entry: string) => entry.replace(/\.ts$/, '.js');
  const result: PackageManifest = { ...rest };
  if (manifest.main) result.main = toJs(manifest.main);
  if (manifest.exports) {
    result.exports = Object.fromEntries(
      Object.entries(manifest.exports)
        .filter(([, target]) => target.startsWith('./src/'))
        .map(([key, target]) => [key, toJs(target)]),
    );
  }
  return result;
}

/** Runs a build tool; its output is the error's message when it fails (tsc reports on stdout). */
function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(args[0] ?? command)} exited ${code}:\n${output.trim()}`))));
  });
}

if (require.main === module) {
  const outDir = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
  buildProduction(outDir).then(
    () => process.stdout.write(`built ${path.relative(process.cwd(), outDir ?? path.join(repoRoot, 'dist')) || '.'}\n`),
    (error: unknown) => {
      process.stderr.write(`build failed: ${(error as Error).message}\n`);
      process.exit(1);
    },
  );
}
