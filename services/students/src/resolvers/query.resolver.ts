import { parseId, schoolYearReference } from '@careergraph/kit';
import type { QueryResolvers } from '../generated/graphql';

export const Query: QueryResolvers = {
  student: (_, { id }, context, info) => context.services.students.findVisible(parseId('id', id), context, info),
  students: (_, { filter, first, after }, context) => context.services.students.list(filter, { first, after }, context),
  school: (_, { id }, { loaders }) => loaders.schoolById.load(parseId('id', id)),
  schools: (_, { filter, first, after }, { services }) => services.schools.list(filter, { first, after }),
  program: (_, { id }, { loaders }) => loaders.programById.load(parseId('id', id)),
  programs: (_, { filter }, { services }) => services.programs.list(filter),
  schoolYear: (_, { id }) => schoolYearReference(id),
  schoolYears: (_, { from, to }, { services }) => services.schoolYears.list(from, to),
};
