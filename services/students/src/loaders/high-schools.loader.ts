import DataLoader from 'dataloader';
import type { SchoolEntity } from '../entities/school.entity';
import type { ReportingRepository } from '../repositories/reporting.repository';

/** The district's high schools, read once per request however many school years ask. */
export const highSchoolsLoader = (reporting: ReportingRepository) =>
  new DataLoader<'all', SchoolEntity[]>(async (keys) => {
    const schools = await reporting.highSchools();
    return keys.map(() => schools);
  });
