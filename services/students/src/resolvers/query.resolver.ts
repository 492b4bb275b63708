import { parseId } from '@careergraph/kit';
import type { QueryResolvers } from '../generated/graphql';

export const Query: QueryResolvers = {
  student: (_, { id }, { loaders }) => loaders.studentById.load(parseId('id', id)),
  students: (_, { filter, first, after }, { services }) => services.students.list(filter, { first, after }),
  school: (_, { id }, { loaders }) => loaders.schoolById.load(parseId('id', id)),
  schools: (_, { filter, first, after }, { services }) => services.schools.list(filter, { first, after }),
  program: (_, { id }, { loaders }) => loaders.programById.load(parseId('id', id)),
  programs: (_, { filter }, { services }) => services.programs.list(filter),
};
