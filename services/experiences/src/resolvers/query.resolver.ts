import type { QueryResolvers } from '../generated/graphql';

export const Query: QueryResolvers = {
  experience: (_, { id }, context) => context.services.experiences.get(id, context),
  experiences: (_, { filter, first, after }, context) => context.services.experiences.list(filter, { first, after }, context),
  reportingExperiencesAttended: (_, { schoolYear, studentIds }, { services }) => services.attendance.attendedByStudent(schoolYear, studentIds),
  reportingAttendanceStudents: (_, { schoolYears }, { services }) => services.attendance.attendanceStudents(schoolYears),
};
