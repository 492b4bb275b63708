import { CreateStudentsSchema1763800000000 } from './1763800000000-create-students-schema';
import { StudentContactAndDirectoryOptOuts1765000000000 } from './1765000000000-student-contact-and-directory-opt-outs';
import { CreateDisclosures1765000100000 } from './1765000100000-create-disclosures';
import { IndexEnrollmentsSchoolYear1766200000000 } from './1766200000000-index-enrollments-school-year';
import { StudentEnrollmentStatus1766300000000 } from './1766300000000-student-enrollment-status';
import { RosterSourcedIds1768100000000 } from './1768100000000-roster-sourced-ids';
import { CreateCareerInterests1769700000000 } from './1769700000000-create-career-interests';
import { SchoolLocation1769700100000 } from './1769700100000-school-location';

/** In order; a new migration is appended here. */
export const studentsMigrations = [
  CreateStudentsSchema1763800000000,
  StudentContactAndDirectoryOptOuts1765000000000,
  CreateDisclosures1765000100000,
  IndexEnrollmentsSchoolYear1766200000000,
  StudentEnrollmentStatus1766300000000,
  RosterSourcedIds1768100000000,
  CreateCareerInterests1769700000000,
  SchoolLocation1769700100000,
];
