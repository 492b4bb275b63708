import DataLoader from 'dataloader';
import type { SchoolEntity } from '../entities/school.entity';
import type { SchoolKind } from '../generated/graphql';
import type { ReportingRepository } from '../repositories/reporting.repository';

/** Which schools a per-school table lists: the high schools, or every school of some kinds. */
export type ReportingSchools = 'high' | readonly SchoolKind[];

/**
 * The schools of per-school tables, read once per request and selection however many school years
 * ask (kinds in any order are the same selection).
 */
export const reportingSchoolsLoader = (reporting: ReportingRepository) =>
  new DataLoader<ReportingSchools, SchoolEntity[], string>(
    (selections) => Promise.all(selections.map((selection) => (selection === 'high' ? reporting.highSchools() : reporting.schoolsOfKinds(selection)))),
    { cacheKeyFn: (selection) => (selection === 'high' ? 'high' : [...new Set(selection)].sort().join(',')) },
  );
