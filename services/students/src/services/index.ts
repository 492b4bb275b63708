import type { StudentsSettings } from '../config/students-settings';
import type { StudentsRepositories } from '../repositories';
import { CareerInterestsService } from './career-interests.service';
import { EndorsementService } from './endorsement.service';
import { EnrollmentService } from './enrollment.service';
import { PartnerViewService } from './partner-view.service';
import { ProgramService } from './program.service';
import { SchoolYearService } from './school-year.service';
import { SchoolService } from './school.service';
import { StudentService } from './student.service';

export function createStudentsServices(repositories: StudentsRepositories, settings: Pick<StudentsSettings, 'graduationOpensOn' | 'today' | 'endorsement'>) {
  return {
    students: new StudentService(repositories, settings),
    schools: new SchoolService(repositories),
    programs: new ProgramService(repositories),
    enrollments: new EnrollmentService(repositories),
    partnerView: new PartnerViewService(),
    schoolYears: new SchoolYearService(repositories),
    careerInterests: new CareerInterestsService(repositories, settings),
    endorsement: new EndorsementService(settings),
  };
}

export type StudentsServices = ReturnType<typeof createStudentsServices>;
