import { type Caller, EntityClient, type IdentitySigner, type Logger } from '@careergraph/kit';
import { decodeJwt } from 'jose';

/** How long one person's partner and brokered employers are reused: a membership or brokerage change shows within it. */
const CACHE_MS = 60_000;
/** Enough for every partner user signed in at once; the oldest entry goes first beyond it. */
const MAX_ENTRIES = 10_000;
/** Every PARTNER_USER request waits for the lookup when its entry is missing or stale. */
const LOOKUP_TIMEOUT_MS = 2_000;

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
  /** Signed SERVICE operations to the partners subgraph; none when it has no URL. */
  private readonly partners?: EntityClient;
  private readonly logger: Logger;

  constructor({ partnersUrl: url, signer, logger }: { partnersUrl: string | undefined; signer: IdentitySigner; logger: Logger }) {
    if (url) this.partners = new EntityClient({ subgraph: 'partners', url, timeoutMs: LOOKUP_TIMEOUT_MS, service: 'gateway', signer });
    this.logger = logger;
  }

  async complete(caller: Caller, authorization: string): Promise<Caller> {
    if (caller.role !== 'PARTNER_USER' || !this.partners) return caller;
    const key = `${caller.subject}\n${caller.scope.partnerId ?? ''}`;
    const now = Date.now();
    let entry = this.entries.get(key);
    if (!entry || entry.until <= now) {
      const access = await this.lookup(this.partners, caller);
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
  private async lookup(partners: EntityClient, caller: Caller): Promise<Access | null> {
    try {
      const { partnerAccess } = await partners.execute<{ partnerAccess: Access }>(PARTNER_ACCESS, {
        subject: caller.subject,
        partnerId: caller.scope.partnerId ?? null,
      });
      return partnerAccess;
    } catch (error) {
      this.logger.warn({ err: error, subject: caller.subject }, 'partner access lookup failed; the caller keeps the scope their token gives');
      return null;
    }
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
