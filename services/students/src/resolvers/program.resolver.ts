import { isUuid, metricScope } from '@careergraph/kit';
import type { SchoolEntity } from '../entities/school.entity';
import type { ProgramResolvers } from '../generated/graphql';

export const Program: ProgramResolvers = {
  __resolveReference: ({ id }, { loaders }) => (isUuid(id) ? loaders.programById.load(id) : null),
  schools: async (program, _, { loaders }) => {
    const offerings = await loaders.schoolIdsByProgram.load(program.id);
    const schools = await loaders.schoolById.loadMany(offerings.map((o) => o.schoolId));
    return (schools.filter((s) => s && !(s instanceof Error)) as SchoolEntity[]).sort((a, b) => a.name.localeCompare(b.name));
  },
  perkins: (program, { schoolYear, filter }, _context, info) => metricScope('perkins', schoolYear, filter, { programId: program.id }, info),
};
