import { isUuid, metricScope } from '@careergraph/kit';
import type { ProgramResolvers } from '../generated/graphql';

export const Program: ProgramResolvers = {
  __resolveReference: ({ id }) => (isUuid(id) ? { id } : null),
  workBasedLearning: (program, { schoolYear, filter }, _context, info) => metricScope('workBasedLearning', schoolYear, filter, { programId: program.id }, info),
};
