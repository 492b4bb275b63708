import type { MutationResolvers, QueryResolvers } from '../generated/graphql';

export const apiClientQueries: Pick<QueryResolvers, 'apiClients' | 'verifyClientCredentials'> = {
  apiClients: (_, args, context) => context.services.apiClients.list(args, context),
  verifyClientCredentials: (_, { clientId, clientSecret }, context) => context.services.apiClients.verify(clientId, clientSecret),
};

export const apiClientMutations: Pick<MutationResolvers, 'registerApiClient' | 'rotateApiClientSecret' | 'revokeApiClient'> = {
  registerApiClient: (_, { input }, context) => context.services.apiClients.register(input, context),
  rotateApiClientSecret: (_, { input }, context) => context.services.apiClients.rotateSecret(input.id, context),
  revokeApiClient: (_, { input }, context) => context.services.apiClients.revoke(input.id, context),
};
