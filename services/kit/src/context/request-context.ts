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
  /** When the gateway stops waiting for this request (epoch ms, from DEADLINE_HEADER); absent when it sent none. */
  deadline?: number;
}

/**
 * The header the gateway puts its wait for a subgraph request in (ms): the subgraph's own lookups
 * of other subgraphs must answer within it, or their part of the answer arrives after nobody listens.
 */
export const DEADLINE_HEADER = 'x-careergraph-timeout-ms';

/** Longest budget accepted from the header: the gateway's report deadline is a minute by default. */
const MAX_BUDGET_MS = 10 * 60_000;

/** The request's deadline from DEADLINE_HEADER as received now; undefined when absent or malformed. */
export function deadlineFrom(header: string | string[] | undefined, now = Date.now()): number | undefined {
  const value = Number(Array.isArray(header) ? header[0] : header);
  return Number.isInteger(value) && value > 0 && value <= MAX_BUDGET_MS ? now + value : undefined;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/** Keeps a well-formed incoming `x-request-id` (set by the gateway) so logs correlate across services. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}
