import { isUuid, parseId, parseSchoolYear } from '@careergraph/kit';
import type { StudentResolvers } from '../generated/graphql';
import { toHours } from './hours';

const year = (schoolYear: string | null | undefined) => (schoolYear ? parseSchoolYear('schoolYear', schoolYear).id : null);

export const Student: StudentResolvers = {
  __resolveReference: ({ id }) => (isUuid(id) ? { id } : null),
  placements: (student, { status, schoolYear }, { loaders }) =>
    loaders.placementsByStudent(`${status ?? ''}|${year(schoolYear) ?? ''}`).load(student.id),
  workBasedLearningHours: async (student, { schoolYear }, { loaders }) =>
    toHours(await loaders.approvedMinutesByStudent(year(schoolYear)).load(student.id)),
  stipendTotal: (student, { schoolYear }, { loaders }) => loaders.stipendTotalByStudent(year(schoolYear)).load(student.id),
  partnerAccess: async (student, { partnerId }, { loaders }) => {
    const access = await loaders.partnerAccessByStudent(parseId('partnerId', partnerId)).load(student.id);
    if (!access) return null;
    return {
      placementId: access.placementId,
      sharesEmail: access.sharedStudentContact.includes('EMAIL'),
      sharesPhone: access.sharedStudentContact.includes('PHONE'),
    };
  },
};
