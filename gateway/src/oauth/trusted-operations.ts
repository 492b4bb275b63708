import { createHash } from 'node:crypto';
import { type Caller, ForbiddenError, recordRefusal } from '@careergraph/kit';
import type { NextFunction, Request, Response } from 'express';
// The typed client's persisted documents ("sha256:<hex>" → exact text): the allow-list. Imported,
// so the build copies it beside the compiled gateway.
import persistedDocuments from '../../../clients/typescript/src/generated/persisted-documents.json';
import { isMachineCaller } from './machine-tokens';

const DOCUMENT_ID = /^sha256:([0-9a-f]{64})$/;

/** A machine client sent an operation that is not on the allow-list: FORBIDDEN, rule TRUSTED_OPERATIONS_ONLY. */
export class TrustedOperationsOnlyError extends ForbiddenError {
  constructor(reason: string) {
    super(
      `machine clients may run only the persisted documents of @careergraph/client (persisted-documents.json), sent as {"documentId": "sha256:<hash>"}: ${reason}`,
      { rule: 'TRUSTED_OPERATIONS_ONLY', extensions: { http: { status: 403 } } },
    );
  }
}

/**
 * Trusted operations: the persisted documents of the typed client, by SHA-256 hash. Any caller may
 * send one by id instead of its text; a machine client may send nothing else.
 */
export class TrustedOperations {
  private readonly textByHash: ReadonlyMap<string, string>;

  constructor(documents: Record<string, string> = persistedDocuments) {
    this.textByHash = new Map(Object.entries(documents).map(([id, text]) => [DOCUMENT_ID.exec(id)?.[1] ?? id, text]));
  }

  /**
   * On POST /graphql before the kit's own checks: puts the allow-listed text in place of a
   * `documentId` (GraphQL over HTTP, persisted documents; what the codegen client preset sends) or of
   * an Apollo persisted-query hash sent without its query. An unknown hash sent alone is left to
   * Apollo's own persisted-query cache, which `check` keeps machine clients from.
   */
  readonly resolve = (req: Request, res: Response, next: NextFunction): void => {
    const body = req.method === 'POST' ? (req.body as Record<string, unknown> | undefined) : undefined;
    if (!body || typeof body !== 'object') return next();
    const refuse = (code: string, message: string) => {
      recordRefusal(req, { status: 400, code, reason: message });
      res.status(400).json({ errors: [{ message, extensions: { code } }] });
    };
    if (body.documentId !== undefined) {
      const match = typeof body.documentId === 'string' ? DOCUMENT_ID.exec(body.documentId) : null;
      if (!match) return refuse('BAD_REQUEST', 'documentId must be "sha256:" followed by the 64 lower-case hex digits of the document\'s SHA-256');
      if (body.query !== undefined) return refuse('BAD_REQUEST', 'send either documentId or query, not both');
      const text = this.textByHash.get(match[1]);
      if (text === undefined) return refuse('PERSISTED_QUERY_NOT_FOUND', `no persisted document has the id ${body.documentId}`);
      const { documentId: _id, ...rest } = body;
      req.body = { ...rest, query: text };
      return next();
    }
    const hash = (body.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
    if (body.query === undefined && typeof hash === 'string' && this.textByHash.has(hash)) req.body = { ...body, query: this.textByHash.get(hash) };
    next();
  };

  /** In the request's context: a machine client's operation must be an allow-listed document. */
  checkOperation(req: Request, caller: Caller): void {
    if (!isMachineCaller(caller)) return;
    const query = ((req.method === 'GET' ? req.query : req.body) as { query?: unknown } | undefined)?.query;
    if (typeof query !== 'string') throw new TrustedOperationsOnlyError('the request names no document on the allow-list');
    if (!this.textByHash.has(createHash('sha256').update(query).digest('hex'))) {
      throw new TrustedOperationsOnlyError('this operation is not one of them (free-form queries are for people)');
    }
  }
}
