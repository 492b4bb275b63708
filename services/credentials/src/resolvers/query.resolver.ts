import { parseId, schoolYearReference } from '@careergraph/kit';
import type { QueryResolvers } from '../generated/graphql';

export const Query: QueryResolvers = {
  credential: (_, { id }, { loaders }) => loaders.credentialById.load(parseId('id', id)),
  credentials: (_, { filter, first, after }, { services }) => services.credentials.list(filter, { first, after }),
  credentialAward: (_, { id }, context) => context.services.awards.get(id, context),
  credentialAwards: (_, { filter, first, after }, context) => context.services.awards.list(filter, { first, after }, context),
  schoolYear: (_, { id }) => schoolYearReference(id),
  reportingOutcomeSet: (_, { schoolYear, studentIds }, { services }) => services.earlyCollege.reportingOutcomeSet(schoolYear, studentIds),
  reportingEndorsementFacts: (_, { schoolYear, studentIds }, { services }) => services.earlyCollege.endorsementFacts(schoolYear, studentIds),
};
