import { isUuid, metricScope } from '@careergraph/kit';
import type { ProgramEntity } from '../entities/program.entity';
import type { SchoolResolvers } from '../generated/graphql';

export const School: SchoolResolvers = {
  __resolveReference: ({ id }, { loaders }) => (isUuid(id) ? loaders.schoolById.load(id) : null),
  gradesServed: (school) => Array.from({ length: school.gradeHigh - school.gradeLow + 1 }, (_, i) => school.gradeLow + i),
  address: (school) => ({ street: school.street, city: school.city, state: school.state, postalCode: school.postalCode }),
  location: (school) => (school.latitude !== null && school.longitude !== null ? { latitude: school.latitude, longitude: school.longitude } : null),
  programs: async (school, _, { loaders }) => {
    const offerings = await loaders.programIdsBySchool.load(school.id);
    const programs = await loaders.programById.loadMany(offerings.map((o) => o.programId));
    return (programs.filter((p) => p && !(p instanceof Error)) as ProgramEntity[]).sort((a, b) => a.name.localeCompare(b.name));
  },
  students: (school, { first, after }, { loaders }) => loaders.studentsBySchool(school.id, null, { first, after }),
  perkins: (school, { schoolYear, filter }, _context, info) => metricScope('perkins', schoolYear, filter, { schoolId: school.id }, info),
  graduatingCohort: (school, { schoolYear, filter }, _context, info) => metricScope('graduatingCohort', schoolYear, filter, { schoolId: school.id }, info),
  endorsement: (school, { schoolYear, filter }, _context, info) => metricScope('endorsement', schoolYear, filter, { schoolId: school.id }, info),
};
