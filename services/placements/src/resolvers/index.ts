import { connectionResolvers, scalarResolvers } from '@careergraph/kit';
import type { Resolvers } from '../generated/graphql';
import { Mutation } from './mutation.resolver';
import { Opportunity } from './opportunity.resolver';
import { Partner } from './partner.resolver';
import { PlacementStatusChange } from './placement-status-change.resolver';
import { Placement } from './placement.resolver';
import { Query } from './query.resolver';
import { StipendPeriod } from './stipend-period.resolver';
import { Student } from './student.resolver';
import { TimeEntry } from './time-entry.resolver';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Mutation,
  Placement,
  PlacementStatusChange,
  TimeEntry,
  StipendPeriod,
  Student,
  Partner,
  Opportunity,
  PlacementConnection: connectionResolvers,
  TimeEntryConnection: connectionResolvers,
};
