import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import {
  type Caller,
  DEFAULT_IMPORT_MAX_BYTES,
  IDENTITY_HEADER,
  type IdentitySigner,
  type ImportKind,
  importOperationText,
  type Logger,
  requestIdFrom,
} from '@careergraph/kit';
import express, { type Express, type Request, type Response } from 'express';

/** Which subgraph owns each upload: rosters the students subgraph, spreadsheets the partners subgraph. */
const OWNERS: Record<ImportKind, string> = { oneroster: 'students', partners: 'partners' };

export interface ImportRoutesOptions {
  subgraphUrls: Record<string, string>;
  signer: IdentitySigner;
  /** The gateway's bearer-token check, the same one /graphql uses. */
  authenticate(authorization: string): Promise<Caller>;
  logger: Logger;
  maxBytes?: number;
  /** A district roster takes minutes; the answer waits for the whole run. */
  timeoutMs?: number;
}

/**
 * `POST /imports/oneroster` (a OneRoster 1.2 CSV zip) and `POST /imports/partners` (a spreadsheet
 * CSV, or a zip of them), `?dryRun=true` to see the changes without writing: for district
 * administrators (a person's token or a district machine client's). The gateway checks the token,
 * signs the caller for these exact bytes and forwards them to the owning subgraph, which validates
 * every row and writes all or nothing; its JSON answer (changes, or every refused row with file,
 * line and column) comes back as it is.
 */
export function mountImportRoutes(app: Express, options: ImportRoutesOptions): void {
  const limit = options.maxBytes ?? DEFAULT_IMPORT_MAX_BYTES;
  app.post('/imports/:kind', express.raw({ type: () => true, limit }), async (req: Request, res: Response) => {
    const kind = req.params.kind as ImportKind;
    const owner = Object.hasOwn(OWNERS, kind) ? OWNERS[kind] : undefined;
    if (!owner) return res.status(404).json({ error: `no import "${String(req.params.kind).slice(0, 40)}"; send oneroster or partners` });
    const requestId = requestIdFrom(req.headers['x-request-id']);
    let caller: Caller;
    try {
      if (!req.headers.authorization) throw new Error('send "Authorization: Bearer <token>"');
      caller = await options.authenticate(req.headers.authorization);
    } catch (error) {
      return res.status(401).setHeader('www-authenticate', 'Bearer').json({ error: (error as Error).message, requestId });
    }
    if (caller.role !== 'DISTRICT_ADMIN') {
      return res.status(403).json({ error: `role ${caller.role} may not import; district administrators do`, requestId });
    }
    const target = options.subgraphUrls[owner];
    if (!target) return res.status(503).json({ error: `no URL is configured for the ${owner} subgraph`, requestId });
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const url = new URL(`/import/${kind}`, target);
    if (req.query.dryRun === 'true') url.searchParams.set('dryRun', 'true');
    const headers: Record<string, string> = {
      'content-type': 'application/octet-stream',
      'content-length': String(body.length),
      'x-request-id': requestId,
      [IDENTITY_HEADER]: await options.signer.sign(caller, importOperationText(kind, body)),
    };
    const filename = req.headers['x-import-filename'];
    if (typeof filename === 'string') headers['x-import-filename'] = filename;
    try {
      const answer = await forward(url, headers, body, options.timeoutMs ?? 15 * 60_000);
      res.status(answer.status).setHeader('content-type', 'application/json').send(answer.body);
    } catch (error) {
      options.logger.warn({ err: error, requestId, kind }, 'import upload could not reach its subgraph');
      res.status(503).json({ error: `the ${owner} subgraph did not answer the import (${(error as Error).message}); check its status before retrying`, requestId });
    }
  });
}

function forward(url: URL, headers: Record<string, string>, body: Buffer, timeoutMs: number): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const outgoing = send(url, { method: 'POST', headers, timeout: timeoutMs }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 502, body: Buffer.concat(chunks) }));
      incoming.on('error', reject);
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}
