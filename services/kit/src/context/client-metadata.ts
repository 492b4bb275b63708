import type { IncomingHttpHeaders } from 'node:http';

/**
 * Where a request came from, as the gateway saw it, for records that must say so (e.g. an
 * electronic signature). The gateway sets it on every subgraph request it signs; a subgraph reads
 * it only from a request whose signed identity it verified, so a client's own headers never reach it.
 */
export const CLIENT_METADATA_HEADER = 'x-careergraph-client';

export interface ClientMetadata {
  /** The gateway's socket peer (Express `req.ip`, which honours `trust proxy` where set). */
  address: string | null;
  /** The client's `x-forwarded-for` as sent: a proxy's claim, evidence rather than truth. */
  forwardedFor: string | null;
  userAgent: string | null;
}

const MAX_PART = 512;

const part = (value: string | string[] | undefined | null): string | null => {
  const text = Array.isArray(value) ? value.join(', ') : value;
  return text ? text.slice(0, MAX_PART) : null;
};

/** The metadata of an incoming client request (at the gateway). */
export function clientMetadataOf(req: { ip?: string; headers: IncomingHttpHeaders }): ClientMetadata {
  return { address: part(req.ip), forwardedFor: part(req.headers['x-forwarded-for']), userAgent: part(req.headers['user-agent']) };
}

/** The header value the gateway forwards. */
export function encodeClientMetadata(metadata: ClientMetadata): string {
  return Buffer.from(JSON.stringify(metadata)).toString('base64url');
}

/** The metadata a signed request carries; all null when there is none or it is malformed. */
export function clientMetadataFrom(header: string | string[] | undefined): ClientMetadata {
  const value = Array.isArray(header) ? header[0] : header;
  try {
    const parsed = JSON.parse(Buffer.from(value ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' ? part(v) : null);
    return { address: text(parsed.address), forwardedFor: text(parsed.forwardedFor), userAgent: text(parsed.userAgent) };
  } catch {
    return { address: null, forwardedFor: null, userAgent: null };
  }
}
