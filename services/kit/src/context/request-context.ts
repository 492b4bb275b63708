import type { ClientMetadata } from './client-metadata';
import { randomUUID } from 'node:crypto';
import type { Caller } from '../auth/caller';
import type { Logger } from '../logger';

/** What every resolver gets: who is asking (verified from the gateway's signature), a request id for the logs, and fresh DataLoaders. */
export interface RequestContext<TLoaders = unknown> {
  requestId: string;
  caller: Caller;
  logger: Logger;
  loaders: TLoaders;
  /** Where the request came from, as the gateway forwarded it (absent in in-process calls). */
  client?: ClientMetadata;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/** Keeps a well-formed incoming `x-request-id` (set by the gateway) so logs correlate across services. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}
