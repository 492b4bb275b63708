import { ForbiddenError } from '@careergraph/kit';
import type { StudentsContext } from '../context';
import type { StudentEntity } from '../entities/student.entity';
import type { DirectoryInformationCategory } from '../generated/graphql';

/** The student fields a partner may be shown, each under the directory category that covers it. */
export const PARTNER_FACING_FIELDS = {
  preferredName: 'NAME',
  gradeLevel: 'GRADE_LEVEL',
  school: 'SCHOOL',
  email: 'CONTACT',
  phone: 'CONTACT',
} as const satisfies Record<string, DirectoryInformationCategory>;

export type PartnerFacingField = keyof typeof PARTNER_FACING_FIELDS;

/**
 * What the policy cannot say per record: a partner sees a directory field only if the family did
 * not opt out of its category, and contact details only as far as the training agreement shares
 * them. Refusals are null + FORBIDDEN at the field, and recorded as refused disclosures.
 */
export class PartnerViewService {
  async assertDisclosable(student: StudentEntity, field: PartnerFacingField, context: StudentsContext): Promise<void> {
    if (context.caller.role !== 'PARTNER_USER') return;
    const category = PARTNER_FACING_FIELDS[field];
    if (student.directoryOptOuts.includes(category)) {
      refuse(context, student, field, 'DIRECTORY_OPT_OUT', `the student's family opted out of disclosing ${category} directory information`);
    }
    if (field === 'email' || field === 'phone') {
      const access = await context.loaders.partnerAccess.load(student.id);
      const shared = field === 'email' ? access?.sharesEmail : access?.sharesPhone;
      if (!shared) refuse(context, student, field, 'AGREEMENT_SCOPE', `the training agreement does not share the student's ${field}`);
    }
  }
}

function refuse(context: StudentsContext, student: StudentEntity, field: string, rule: string, reason: string): never {
  context.disclosures.refused(student.id, field, rule);
  throw new ForbiddenError(`Student.${field}: ${reason}`, { rule });
}
