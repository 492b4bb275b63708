import { isUuid } from '@careergraph/kit';
import type { CredentialResolvers } from '../generated/graphql';

export const Credential: CredentialResolvers = {
  __resolveReference: ({ id }, { loaders }) => (isUuid(id) ? loaders.credentialById.load(id) : null),
  issuer: (credential) => ({ id: credential.issuerId }),
};
