import type { IncomingMessage, ServerResponse } from 'node:http';
import express from 'express';
import { recordRefusal } from '../telemetry/request-telemetry';

/** A body the reader could not take, shaped like body-parser's errors so one refusal answers both. */
interface UnreadableBody {
  status: number;
  type?: string;
  message: string;
}

/**
 * Whether `req` is a POST whose body the lean reader below takes exactly as `express.json` would:
 * JSON in UTF-8, not compressed. Anything else (another charset, a compressed or non-JSON body,
 * which Apollo's CSRF prevention then refuses) keeps going through Express's parser.
 */
export function isPlainJsonPost(req: IncomingMessage): boolean {
  if (req.method !== 'POST') return false;
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  const type = req.headers['content-type']?.toLowerCase();
  return type === 'application/json' || type?.replace(/\s+/g, '') === 'application/json;charset=utf-8';
}

/**
 * Reads a plain JSON body (see `isPlainJsonPost`) into `req.body` with the same rules as
 * `express.json({ limit, strict: true })`: an empty body is `{}`, only an object or array is
 * accepted, a body over `limit` bytes is refused without reading the rest into memory.
 */
export function readJsonBody(req: IncomingMessage & { body?: unknown }, limit: number, done: (error?: UnreadableBody) => void): void {
  const tooLarge = { status: 413, type: 'entity.too.large', message: 'request entity too large' };
  if (Number(req.headers['content-length']) > limit) {
    // Drained, so the connection can carry the refusal and the next request.
    req.resume();
    return done(tooLarge);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let finished = false;
  const finish = (error?: UnreadableBody) => {
    if (finished) return;
    finished = true;
    done(error);
  };
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > limit) finish(tooLarge);
    else if (!finished) chunks.push(chunk);
  });
  req.on('error', (error) => finish({ status: 400, type: 'request.aborted', message: error.message }));
  req.on('end', () => {
    if (finished) return;
    const text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString('utf8');
    const first = /\S/.exec(text)?.[0];
    if (first === undefined) {
      req.body = {};
      return finish();
    }
    if (first !== '{' && first !== '[') {
      return finish({ status: 400, type: 'entity.parse.failed', message: `Unexpected token '${first}': only a JSON object or array is accepted` });
    }
    try {
      req.body = JSON.parse(text);
    } catch (error) {
      return finish({ status: 400, type: 'entity.parse.failed', message: (error as Error).message });
    }
    finish();
  });
}

/**
 * Answers a body that could not be read as a GraphQL error body (413 REQUEST_TOO_LARGE or 400
 * BAD_REQUEST) before anything else is done with the request; true when it answered.
 */
function refuseUnreadableBody(req: IncomingMessage, res: ServerResponse, error: Partial<UnreadableBody>, maxRequestBytes: number): boolean {
  if (error.type === 'entity.too.large') {
    recordRefusal(req, { status: 413, code: 'REQUEST_TOO_LARGE', reason: `body larger than ${maxRequestBytes} bytes` });
    sendJson(res, 413, {
      errors: [
        {
          message: `the request body is larger than the limit of ${maxRequestBytes} bytes`,
          extensions: { code: 'REQUEST_TOO_LARGE', maximum: maxRequestBytes },
        },
      ],
    });
    return true;
  }
  if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
    recordRefusal(req, { status: error.status, code: 'BAD_REQUEST', reason: `unreadable body: ${error.message}` });
    sendJson(res, error.status, { errors: [{ message: `the request body could not be read: ${error.message}`, extensions: { code: 'BAD_REQUEST' } }] });
    return true;
  }
  return false;
}

/** The lean reader as the hot path's body step: a body it cannot take is refused as Express's would be. */
export function leanJsonBody(maxRequestBytes: number): express.RequestHandler {
  return (req, res, next) =>
    readJsonBody(req, maxRequestBytes, (error) => {
      if (!error) next();
      else if (!refuseUnreadableBody(req, res, error, maxRequestBytes)) next(error);
    });
}

/** Express's JSON parser with the same limit and refusal, for the requests the lean reader leaves to Express. */
export function expressJsonBody(maxRequestBytes: number): [express.RequestHandler, express.ErrorRequestHandler] {
  return [
    express.json({ limit: maxRequestBytes }),
    (error, req, res, next) => {
      if (!refuseUnreadableBody(req, res, error as Partial<UnreadableBody>, maxRequestBytes)) next(error);
    },
  ];
}

/** Writes a JSON answer with node's own response API (no ETag or content negotiation). */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}
