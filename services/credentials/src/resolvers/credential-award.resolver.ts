import { isUuid, schoolYearOf } from '@careergraph/kit';
import type { CredentialAwardResolvers } from '../generated/graphql';

export const CredentialAward: CredentialAwardResolvers = {
  __resolveReference: ({ id }, { loaders }) => (isUuid(id) ? loaders.awardById.load(id) : null),
  student: (award) => ({ id: award.studentId }),
  credential: async (award, _, { loaders }) => (await loaders.credentialById.load(award.credentialId))!,
  school: (award) => ({ id: award.schoolId }),
  schoolYear: (award) => schoolYearOf(award.earnedOn).id,
  openBadgeCredential: (award, _, context) => context.services.badges.openBadgeCredential(award, context),
  auditTrail: (award, { first, after }, { loaders }) => loaders.auditTrailByAward(award.id, {}, { first, after }),
};
