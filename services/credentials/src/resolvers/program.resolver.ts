import { isUuid, metricScope } from '@careergraph/kit';
import type { ProgramResolvers } from '../generated/graphql';

export const Program: ProgramResolvers = {
  __resolveReference: ({ id }) => (isUuid(id) ? { id } : null),
  credentialAttainment: (program, { schoolYear, filter }, _context, info) =>
    metricScope('credentialAttainment', schoolYear, filter, { programId: program.id }, info),
};
