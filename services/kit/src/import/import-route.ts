import { createHash } from 'node:crypto';
import express, { type Express, type Request, type Response } from 'express';
import type { Caller } from '../auth/caller';
import { IDENTITY_HEADER, type IdentitySigner } from '../auth/identity-token';
import { requestIdFrom } from '../context/request-context';
import type { Logger } from '../logger';
import { type ImportFiles, importFilesFromZip } from './import-files';
import { ImportRefusedError, type ImportReport } from './import-report';

/** The kinds of upload the district's staff send through the gateway (`POST /imports/<kind>`). */
export type ImportKind = 'oneroster' | 'partners';

/** Largest upload a subgraph takes: a district's OneRoster zip is tens of megabytes. */
export const DEFAULT_IMPORT_MAX_BYTES = 256 * 1024 * 1024;

/**
 * What the gateway's signed identity is bound to for an upload (it binds GraphQL requests to their
 * operation text): the kind and the SHA-256 of the exact bytes, so a signature never carries over
 * to another file.
 */
export function importOperationText(kind: ImportKind, body: Uint8Array): string {
  return `import ${kind} sha256:${createHash('sha256').update(body).digest('hex')}`;
}

/** A zip starts with a local file header, PK\x03\x04 (or PK\x05\x06 when empty). */
function isZip(body: Buffer): boolean {
  return body.length >= 4 && body[0] === 0x50 && body[1] === 0x4b && (body[2] === 0x03 || body[2] === 0x05);
}

/** The answer to an upload: what was (or, dry, would be) changed, or every refused row. */
export interface ImportAnswer {
  dryRun: boolean;
  changes?: ImportReport['changes'];
  error?: string;
  rowErrors?: ImportReport['errors'];
  requestId: string;
}

export interface ImportRouteOptions {
  kind: ImportKind;
  signer: IdentitySigner;
  logger: Logger;
  maxBytes?: number;
  /** Runs the import as `caller` (DISTRICT_ADMIN): validates every row, then writes all or nothing. */
  run(files: ImportFiles, options: { dryRun: boolean; caller: Caller; requestId: string }): Promise<ImportReport>;
}

/**
 * `POST /import/<kind>` on the owning subgraph, reached only through the gateway (which checks the
 * bearer token and signs the caller for these bytes). The body is a zip of CSV files or one CSV
 * file (named by `x-import-filename`); `?dryRun=true` reports without writing. One import at a time
 * per process: a second answers 409 (the rows of both would otherwise race for the same records;
 * across replicas the unique keys make the loser roll back whole).
 */
export function mountImportRoute(app: Express, options: ImportRouteOptions): void {
  let running = false;
  app.post(`/import/${options.kind}`, express.raw({ type: () => true, limit: options.maxBytes ?? DEFAULT_IMPORT_MAX_BYTES }), async (req: Request, res: Response) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    const dryRun = req.query.dryRun === 'true';
    const answer = (status: number, body: Omit<ImportAnswer, 'dryRun' | 'requestId'>) => res.status(status).json({ dryRun, requestId, ...body });
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    let caller: Caller;
    try {
      caller = await options.signer.verify(req.headers[IDENTITY_HEADER], importOperationText(options.kind, body));
    } catch (error) {
      return answer(401, { error: (error as Error).message });
    }
    if (caller.role !== 'DISTRICT_ADMIN') return answer(403, { error: `role ${caller.role} may not import; district administrators do` });
    if (body.length === 0) return answer(400, { error: 'send a zip of CSV files or one CSV file as the request body' });
    if (running) return answer(409, { error: `another ${options.kind} import is running; try again when it has finished` });
    running = true;
    try {
      const files: ImportFiles = isZip(body) ? importFilesFromZip(body) : new Map([[csvName(req, options.kind), body.toString('utf8')]]);
      const report = await options.run(files, { dryRun, caller, requestId });
      options.logger.info({ requestId, kind: options.kind, dryRun, changes: report.changes, subject: caller.subject }, 'import applied');
      return answer(200, { changes: report.changes });
    } catch (error) {
      if (error instanceof ImportRefusedError) return answer(422, { error: error.message, rowErrors: error.report.errors });
      options.logger.error({ err: error, requestId, kind: options.kind }, 'import failed');
      return answer(500, { error: `the import failed (request ${requestId}); nothing was written` });
    } finally {
      running = false;
    }
  });
}

/** The uploaded CSV's base name, which tells a spreadsheet import what the file holds. */
function csvName(req: Request, kind: ImportKind): string {
  const header = req.headers['x-import-filename'];
  const name = typeof header === 'string' ? header.split(/[\\/]/).pop()! : '';
  return /^[A-Za-z0-9._-]{1,100}\.csv$/i.test(name) ? name : `${kind}.csv`;
}
