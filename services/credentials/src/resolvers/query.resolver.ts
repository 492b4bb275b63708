import { parseId } from '@careergraph/kit';
import type { QueryResolvers } from '../generated/graphql';

export const Query: QueryResolvers = {
  credential: (_, { id }, { loaders }) => loaders.credentialById.load(parseId('id', id)),
  credentials: (_, { filter, first, after }, { services }) => services.credentials.list(filter, { first, after }),
  credentialAward: (_, { id }, { loaders }) => loaders.awardById.load(parseId('id', id)),
  credentialAwards: (_, { filter, first, after }, { services }) => services.awards.list(filter, { first, after }),
};
