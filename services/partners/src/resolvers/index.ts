import { connectionResolvers, JSONScalar, scalarResolvers } from '@careergraph/kit';
import type { Resolvers } from '../generated/graphql';
import { Mutation } from './mutation.resolver';
import { Opportunity } from './opportunity.resolver';
import { PartnerContact } from './partner-contact.resolver';
import { PartnerBrokerage } from './partner-brokerage.resolver';
import { PartnerInvitation } from './partner-invitation.resolver';
import { Partner } from './partner.resolver';
import { Query } from './query.resolver';
import { Worksite } from './worksite.resolver';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  JSON: JSONScalar,
  Query,
  Mutation,
  Partner,
  Worksite,
  PartnerContact,
  Opportunity,
  PartnerInvitation,
  PartnerBrokerage,
  PartnerConnection: connectionResolvers,
  OpportunityConnection: connectionResolvers,
  OpportunityMatchConnection: connectionResolvers,
  PartnerAuditEventConnection: connectionResolvers,
  PartnerBrokerageConnection: connectionResolvers,
};
