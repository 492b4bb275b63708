import { CareerInterestsEntity } from './career-interests.entity';
import { CourseCompletionEntity } from './course-completion.entity';
import { DisclosureEntity } from './disclosure.entity';
import { ProgramEnrollmentEntity } from './program-enrollment.entity';
import { ProgramSchoolEntity } from './program-school.entity';
import { ProgramEntity } from './program.entity';
import { SchoolEntity } from './school.entity';
import { StudentEntity } from './student.entity';

export {
  CareerInterestsEntity,
  CourseCompletionEntity,
  DisclosureEntity,
  ProgramEnrollmentEntity,
  ProgramEntity,
  ProgramSchoolEntity,
  SchoolEntity,
  StudentEntity,
};

export const studentsEntities = [
  SchoolEntity,
  ProgramEntity,
  ProgramSchoolEntity,
  StudentEntity,
  ProgramEnrollmentEntity,
  CourseCompletionEntity,
  DisclosureEntity,
  CareerInterestsEntity,
];
