/**
 * Builds the installable @careergraph/client into dist/package: the generated sources compiled to
 * CommonJS with declarations, the composed API schema, persisted-documents.json and the README, under
 * a manifest that points at the compiled files. The workspace's own manifest points at the TypeScript
 * sources instead, so the gateway, its pages and its tests use the client with no build step.
 * `npm pack dist/package` (the `pack:tarball` script) makes the tarball frontend teams install.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const packageDir = path.resolve(__dirname, '..');
export const stagedPackageDir = path.join(packageDir, 'dist/package');
const repoRoot = path.resolve(packageDir, '../..');

interface WorkspaceManifest {
  name: string;
  version: string;
  description: string;
  license: string;
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
}

export function buildPackage(): string {
  rmSync(stagedPackageDir, { recursive: true, force: true });
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(packageDir, 'tsconfig.build.json')], {
    encoding: 'utf8',
  });
  if (tsc.status !== 0) throw new Error(`tsc failed to compile @careergraph/client:\n${tsc.stdout}${tsc.stderr}`);

  copyFileSync(path.join(repoRoot, 'schema/api.graphql'), path.join(stagedPackageDir, 'schema.graphql'));
  copyFileSync(path.join(packageDir, 'src/generated/persisted-documents.json'), path.join(stagedPackageDir, 'persisted-documents.json'));
  copyFileSync(path.join(packageDir, 'README.md'), path.join(stagedPackageDir, 'README.md'));

  const workspace = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as WorkspaceManifest;
  const manifest = {
    name: workspace.name,
    version: workspace.version,
    description: workspace.description,
    license: workspace.license,
    main: './index.js',
    types: './index.d.ts',
    exports: {
      '.': { types: './index.d.ts', default: './index.js' },
      './schema.graphql': './schema.graphql',
      './persisted-documents.json': './persisted-documents.json',
      './package.json': './package.json',
    },
    sideEffects: false,
    dependencies: workspace.dependencies,
    peerDependencies: workspace.peerDependencies,
  };
  writeFileSync(path.join(stagedPackageDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return stagedPackageDir;
}

if (require.main === module) {
  console.log(`@careergraph/client built in ${path.relative(process.cwd(), buildPackage()) || '.'}`);
}
