import type { StudentsContext } from '../context';
import type { StudentEntity } from '../entities/student.entity';
import type { StudentResolvers } from '../generated/graphql';
import type { PartnerFacingField } from '../services/partner-view.service';

/** A field a partner may be shown, unless the family opted out or the agreement does not share it. */
function partnerFacing<T>(field: PartnerFacingField, value: (student: StudentEntity, context: StudentsContext) => T | Promise<T>) {
  return async (student: StudentEntity, _args: unknown, context: StudentsContext) => {
    await context.services.partnerView.assertDisclosable(student, field, context);
    return value(student, context);
  };
}

export const Student: StudentResolvers = {
  __resolveReference: ({ id }, context, info) => context.services.students.reference(id, context, info),
  preferredName: partnerFacing('preferredName', (student) => student.preferredName ?? student.legalFirstName),
  gradeLevel: partnerFacing('gradeLevel', (student) => student.gradeLevel),
  school: partnerFacing('school', async (student, { loaders }) => (await loaders.schoolById.load(student.schoolId))!),
  email: partnerFacing('email', (student) => student.email),
  phone: partnerFacing('phone', (student) => student.phone),
  enrollments: (student, _, { loaders }) => loaders.enrollmentsByStudent.load(student.id),
  disclosures: (student, { first, after }, { loaders }) => loaders.disclosuresByStudent(student.id, null, { first, after }),
  careerInterests: (student, _, { loaders }) => loaders.careerInterestsByStudent.load(student.id),
  endorsementProgress: (student, _, context) => context.services.endorsement.progress(student, context),
};
