import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '@careergraph/kit';
import type { Plugin } from 'esbuild';
import { readSavedOperations } from './saved-operations';

export interface UiAsset {
  body: Buffer;
  contentType: string;
}

/** The bundled pages' files by name (`playground.js`, `playground.css`, `dashboard.js`, ...). */
export type UiAssets = ReadonlyMap<string, UiAsset>;

/**
 * `npm run build` writes the bundle here (dist/gateway/ui/prebuilt): a compiled install serves it
 * as it is and needs neither esbuild nor the browser packages nor the UI sources.
 */
export const PREBUILT_UI_FOLDER = 'prebuilt';

export interface UiBundleOptions {
  /** The browser sources (gateway/ui). */
  sourceDir?: string;
  /** The saved operations shipped with the playground (gateway/operations). */
  operationsDir?: string;
  /** Where finished bundles are kept between runs, one folder per input hash (git-ignored). */
  cacheDir?: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * The playground and dashboard, bundled from npm packages by esbuild on first use so that
 * `npm start` needs no build step and nothing is ever fetched from a CDN. A bundle is keyed by a hash
 * of everything it is built from, so a restart reuses it and any source or dependency change rebuilds.
 */
export class UiBundle {
  private assets?: Promise<UiAssets>;
  private readonly sourceDir: string;
  private readonly operationsDir: string;
  private readonly cacheDir: string;

  constructor(options: UiBundleOptions = {}) {
    this.sourceDir = options.sourceDir ?? path.join(repoRoot, 'gateway/ui');
    this.operationsDir = options.operationsDir ?? path.join(repoRoot, 'gateway/operations');
    this.cacheDir = options.cacheDir ?? path.join(this.sourceDir, 'dist');
  }

  /** Every asset, built once per process (concurrent callers share the build). */
  load(): Promise<UiAssets> {
    this.assets ??= this.loadOrBuild().catch((error: unknown) => {
      // A failed build is not cached: the next request tries again.
      this.assets = undefined;
      throw error;
    });
    return this.assets;
  }

  private async loadOrBuild(): Promise<UiAssets> {
    const prebuilt = await readFolder(path.join(this.sourceDir, PREBUILT_UI_FOLDER)).catch(() => undefined);
    if (prebuilt && prebuilt.size > 0) return prebuilt;
    const key = await this.inputHash();
    const folder = path.join(this.cacheDir, key);
    const cached = await readFolder(folder).catch(() => undefined);
    if (cached && cached.size > 0) return cached;
    const assets = await this.build();
    await this.persist(folder, assets).catch(() => {
      // A read-only install (a container image) still serves the bundle from memory.
    });
    return assets;
  }

  /** Bundles the pages afresh (the production build's prebuilt folder, or a development cache miss). */
  async build(): Promise<UiAssets> {
    // Loaded only when bundling, so a compiled install without the UI toolchain never requires it.
    const { build } = await import('esbuild');
    const result = await build({
      absWorkingDir: this.sourceDir,
      entryPoints: { playground: 'playground/main.tsx', dashboard: 'dashboard/main.ts', 'student-record': 'student-record/main.ts' },
      tsconfig: path.join(this.sourceDir, 'tsconfig.json'),
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: ['chrome110', 'firefox110', 'safari16'],
      minify: true,
      legalComments: 'linked',
      write: false,
      outdir: path.join(this.cacheDir, 'out'),
      entryNames: '[name]',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
      plugins: [savedOperationsPlugin(this.operationsDir), apiSchemaPlugin()],
    });
    return new Map(
      result.outputFiles.map((file) => {
        const name = path.basename(file.path);
        return [name, { body: Buffer.from(file.contents), contentType: contentType(name) }];
      }),
    );
  }

  /** Written to a scratch folder and renamed, so a concurrent reader never sees half a bundle. */
  private async persist(folder: string, assets: UiAssets): Promise<void> {
    const scratch = `${folder}.${process.pid}.tmp`;
    await mkdir(scratch, { recursive: true });
    for (const [name, asset] of assets) await writeFile(path.join(scratch, name), asset.body);
    await rename(scratch, folder).catch(async (error: NodeJS.ErrnoException) => {
      await rm(scratch, { recursive: true, force: true });
      // Another process finished the same bundle first.
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    });
    // Older bundles are never served again.
    for (const entry of await readdir(this.cacheDir)) {
      if (entry !== path.basename(folder) && !entry.endsWith('.tmp')) await rm(path.join(this.cacheDir, entry), { recursive: true, force: true });
    }
  }

  private async inputHash(): Promise<string> {
    const { version: esbuildVersion } = await import('esbuild');
    const hash = createHash('sha256').update(`esbuild ${esbuildVersion}\n`);
    const inputs = [
      ...(await filesUnder(this.sourceDir, [this.cacheDir])),
      ...(await filesUnder(this.operationsDir)),
      ...(await filesUnder(path.join(repoRoot, 'clients/typescript/src'))),
      path.join(repoRoot, 'package-lock.json'),
      API_SCHEMA,
    ];
    for (const file of inputs) hash.update(`${file}\n`).update(await readFile(file));
    return hash.digest('hex').slice(0, 16);
  }
}

/** `careergraph:saved-operations`: the analysts' operations, read when the bundle is built. */
function savedOperationsPlugin(operationsDir: string): Plugin {
  return {
    name: 'saved-operations',
    setup(builder) {
      builder.onResolve({ filter: /^careergraph:saved-operations$/ }, (args) => ({ path: args.path, namespace: 'saved-operations' }));
      builder.onLoad({ filter: /.*/, namespace: 'saved-operations' }, () => ({
        contents: JSON.stringify(readSavedOperations(operationsDir)),
        loader: 'json',
        watchFiles: [operationsDir],
      }));
    },
  };
}

const API_SCHEMA = path.join(repoRoot, 'schema/api.graphql');

/** `careergraph:api-schema`: the composed API's SDL, so the IDE knows the schema without introspection. */
function apiSchemaPlugin(): Plugin {
  return {
    name: 'api-schema',
    setup(builder) {
      builder.onResolve({ filter: /^careergraph:api-schema$/ }, (args) => ({ path: args.path, namespace: 'api-schema' }));
      builder.onLoad({ filter: /.*/, namespace: 'api-schema' }, async () => ({ contents: await readFile(API_SCHEMA, 'utf8'), loader: 'text' }));
    },
  };
}

function contentType(name: string): string {
  return CONTENT_TYPES[path.extname(name)] ?? 'text/plain; charset=utf-8';
}

async function readFolder(folder: string): Promise<UiAssets> {
  const names = await readdir(folder);
  const entries = await Promise.all(
    names.map(async (name) => [name, { body: await readFile(path.join(folder, name)), contentType: contentType(name) }] as const),
  );
  return new Map(entries);
}

async function filesUnder(dir: string, skip: string[] = []): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !skip.some((folder) => file.startsWith(`${folder}${path.sep}`)))
    .sort();
}
