import type { CareerInterestsResolvers } from '../generated/graphql';

export const CareerInterests: CareerInterestsResolvers = {
  // The three inventory columns are stored all or none (a check constraint).
  inventory: (interests) =>
    interests.inventoryName !== null
      ? { name: interests.inventoryName, takenOn: interests.inventoryTakenOn!, clusters: interests.inventoryClusters! }
      : null,
};
