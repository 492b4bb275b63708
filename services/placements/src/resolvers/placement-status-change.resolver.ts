import type { PlacementStatusChangeResolvers } from '../generated/graphql';

export const PlacementStatusChange: PlacementStatusChangeResolvers = {
  from: (change) => change.fromStatus,
  to: (change) => change.toStatus,
};
