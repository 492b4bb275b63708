import type { CredentialsContext } from '../context';
import type { CredentialAwardEntity } from '../entities/credential-award.entity';
import { buildOpenBadgeCredential } from './open-badge';

/** Open Badges 3.0 exports; the issuer's name comes from the partners subgraph, which owns it. */
export class BadgeService {
  constructor(private readonly salt: string) {}

  async openBadgeCredential(award: CredentialAwardEntity, context: CredentialsContext): Promise<Record<string, unknown>> {
    const credential = (await context.loaders.credentialById.load(award.credentialId))!;
    // An issuer id the partners subgraph does not know (catalog issuers are references, not
    // checked) still yields a document, with the id as the name.
    const issuerName = (await context.loaders.issuerNameById.load(credential.issuerId)) ?? `Partner ${credential.issuerId}`;
    return buildOpenBadgeCredential({ award, credential, issuerName, salt: this.salt });
  }
}
