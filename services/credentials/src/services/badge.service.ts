import type { BadgeIssuerConfig } from '../config/credentials-settings';
import type { CredentialsContext } from '../context';
import type { CredentialAwardEntity } from '../entities/credential-award.entity';
import { CredentialIssuerFragmentDoc } from '../generated/owners/graphql';
import type { AwardRepository } from '../repositories/award.repository';
import type { PublicBadgeJwk } from './badge-keys';
import { BadgeSigner, type PublishedBadgeJwk } from './badge-signer';
import { badgeUrls, buildOpenBadgeCredential, OB3_CONTEXT } from './open-badge';
import { encodeStatusList, statusListPosition, statusListRange } from './status-list';

/** How long a verifier may cache a status list (also its HTTP max-age): how late a revocation may be seen. */
export const STATUS_LIST_TTL_SECONDS = 60;

/**
 * Open Badges 3.0 issued by the district: signed badges of verified awards, and the public
 * documents a verifier checks them against (issuer profile, keys, revocation status lists).
 * A partner's name comes from the partners subgraph, which owns it.
 */
export class BadgeService {
  private readonly urls: ReturnType<typeof badgeUrls>;
  private readonly signer: BadgeSigner;

  constructor(
    private readonly awards: AwardRepository,
    private readonly salt: string,
    private readonly issuer: BadgeIssuerConfig,
  ) {
    this.urls = badgeUrls(issuer.url);
    this.signer = new BadgeSigner(issuer.keys, this.urls);
  }

  /**
   * The award as a signed OpenBadgeCredential (VC-JWT), or null unless it is VERIFIED: a
   * self-reported award is not yet checked against the issuer, and a revoked one is withdrawn (a
   * badge handed out before shows as revoked in its status list).
   */
  async openBadgeCredential(award: CredentialAwardEntity, context: CredentialsContext): Promise<string | null> {
    if (award.verificationStatus !== 'VERIFIED') return null;
    const credential = (await context.loaders.credentialById.load(award.credentialId))!;
    // An issuer id the partners subgraph does not know (catalog issuers are references, not
    // checked) still yields a badge, with the id as the name.
    const issuer = await context.owners.partners.load(CredentialIssuerFragmentDoc, credential.issuerId);
    const creatorName = issuer?.name ?? `Partner ${credential.issuerId}`;
    const document = buildOpenBadgeCredential({
      award,
      credential,
      creatorName,
      issuer: { urls: this.urls, name: this.issuer.name },
      salt: this.salt,
    });
    return this.signer.sign(document);
  }

  /** The district's OB 3.0 issuer Profile, which every badge's `issuer.id` resolves to. */
  issuerProfile(): Record<string, unknown> {
    return { '@context': OB3_CONTEXT, id: this.urls.issuer, type: ['Profile'], name: this.issuer.name };
  }

  jwks(): { keys: PublishedBadgeJwk[] } {
    return this.signer.jwks();
  }

  publicKey(thumbprint: string): PublicBadgeJwk | null {
    return this.signer.publicKey(thumbprint);
  }

  /**
   * Status list `list` (1-based) as a signed BitstringStatusListCredential, read from the awards at
   * request time, so a revocation shows at once; null for a list no award has reached.
   */
  async statusListCredential(list: number): Promise<string | null> {
    const highest = await this.awards.highestStatusIndex();
    const lists = highest === null ? 1 : statusListPosition(highest).list;
    if (!Number.isInteger(list) || list < 1 || list > lists) return null;
    const { from, to } = statusListRange(list);
    const revoked = await this.awards.revokedStatusIndexes(from, to);
    const id = this.urls.statusList(list);
    return this.signer.sign({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: this.urls.issuer,
      credentialSubject: {
        id: `${id}#list`,
        type: 'BitstringStatusList',
        statusPurpose: 'revocation',
        encodedList: encodeStatusList(revoked.map((index) => index - from)),
        ttl: STATUS_LIST_TTL_SECONDS * 1000,
      },
    });
  }
}
