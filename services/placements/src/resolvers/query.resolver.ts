import { parseId } from '@careergraph/kit';
import type { QueryResolvers } from '../generated/graphql';

export const Query: QueryResolvers = {
  placement: (_, { id }, { loaders }) => loaders.placementById.load(parseId('id', id)),
  placements: (_, { filter, first, after }, { services }) => services.placements.list(filter, { first, after }),
  timeEntries: (_, { filter, first, after }, { services }) => services.timeEntries.list(filter, { first, after }),
};
