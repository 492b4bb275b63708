import { type Caller, IDENTITY_HEADER, type IdentitySigner, type Logger, serviceCaller } from '@careergraph/kit';
import { decodeJwt } from 'jose';

/** How long one person's partner and brokered employers are reused: a membership or brokerage change shows within it. */
const CACHE_MS = 60_000;
/** Enough for every partner user signed in at once; the oldest entry goes first beyond it. */
const MAX_ENTRIES = 10_000;

const PARTNER_ACCESS = `query PartnerAccess($subject: String!, $partnerId: ID) {
  partnerAccess(subject: $subject, partnerId: $partnerId) { partnerId brokeredPartnerIds }
}`;

interface Access {
  partnerId: string | null;
  brokeredPartnerIds: string[];
}

/**
 * Completes a PARTNER_USER's scope from the partners subgraph before the caller is signed for the
 * subgraphs: the partner they act for (their token's `partnerId` claim, else the membership an
 * accepted invitation created) and the employers it brokers today. Resolved once per person and
 * reused until their token expires or a minute passes, whichever comes first.
 */
export class PartnerAccessResolver {
  private readonly entries = new Map<string, { access: Access; until: number }>();

  constructor(
    private readonly options: { partnersUrl: string | undefined; signer: IdentitySigner; logger: Logger; now?: () => number },
  ) {}

  async complete(caller: Caller, authorization: string): Promise<Caller> {
    if (caller.role !== 'PARTNER_USER' || !this.options.partnersUrl) return caller;
    const key = `${caller.subject}\n${caller.scope.partnerId ?? ''}`;
    const now = this.now();
    let entry = this.entries.get(key);
    if (!entry || entry.until <= now) {
      const access = await this.lookup(caller);
      // A lookup that failed is not kept, nor one finding no partner: a person who has just
      // accepted an invitation acts for the partner from their very next request.
      if (!access?.partnerId) return access ? { ...caller, scope: { ...caller.scope, brokeredPartnerIds: [] } } : caller;
      entry = { access, until: Math.min(now + CACHE_MS, expiryOf(authorization) ?? now + CACHE_MS) };
      this.remember(key, entry);
    }
    const { partnerId, brokeredPartnerIds } = entry.access;
    return { ...caller, scope: { ...caller.scope, partnerId: partnerId!, brokeredPartnerIds } };
  }

  private remember(key: string, entry: { access: Access; until: number }): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }

  /**
   * Null when the partners subgraph cannot answer: the caller then goes on with what their token
   * says (a partnerId claim reaches its own partner; without one, nothing but an invitation).
   */
  private async lookup(caller: Caller): Promise<Access | null> {
    const { partnersUrl, signer, logger } = this.options;
    try {
      const response = await fetch(partnersUrl!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await signer.sign(serviceCaller('gateway'), PARTNER_ACCESS) },
        body: JSON.stringify({ query: PARTNER_ACCESS, variables: { subject: caller.subject, partnerId: caller.scope.partnerId ?? null } }),
        signal: AbortSignal.timeout(2_000),
      });
      const body = (await response.json()) as { data?: { partnerAccess?: Access }; errors?: { message: string }[] };
      if (!body.data?.partnerAccess) throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
      return body.data.partnerAccess;
    } catch (error) {
      logger.warn({ err: error, subject: caller.subject }, 'partner access lookup failed; the caller keeps the scope their token gives');
      return null;
    }
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }
}

/** The bearer token's expiry in ms (already verified by now); undefined for a token without one. */
function expiryOf(authorization: string): number | undefined {
  try {
    const { exp } = decodeJwt(authorization.replace(/^Bearer\s+/i, ''));
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}
