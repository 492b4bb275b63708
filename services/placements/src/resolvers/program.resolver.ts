import { isUuid, metricScope } from '@careergraph/kit';
import type { ProgramResolvers } from '../generated/graphql';

export const Program: ProgramResolvers = {
  __resolveReference: ({ id }) => (isUuid(id) ? { id } : null),
  workBasedLearning: (program, { schoolYear, filter }) => metricScope('workBasedLearning', schoolYear, filter, { programId: program.id }),
};
