import { groupLoader } from '@careergraph/kit';
import type { CredentialRepository } from '../repositories/credential.repository';

export const credentialsByIssuerLoader = (credentials: CredentialRepository) =>
  groupLoader(
    (issuerIds) => credentials.findByIssuerIds(issuerIds),
    (credential) => credential.issuerId,
  );
