import { schoolYearOf, valueLoader } from '@careergraph/kit';
import { endorsementProgress, NO_ENDORSEMENT_FACTS } from '../analytics/endorsement-progress';
import type { ReportingFlags } from '../analytics/reporting-flags';
import type { StudentsSettings } from '../config/students-settings';
import type { StudentsContext } from '../context';
import type { StudentEntity } from '../entities/student.entity';

/** A student's progress toward the district's College and Career Pathway Endorsement (configured; Illinois by default). */
export class EndorsementService {
  constructor(private readonly settings: Pick<StudentsSettings, 'endorsement' | 'today'>) {}

  /**
   * The request's loader of facts to date (by the end of the current school year, so everything
   * recorded): a page of students is one call per owner.
   */
  factsLoader(flags: ReportingFlags) {
    return valueLoader(async (studentIds) => {
      const schoolYear = schoolYearOf(this.settings.today()).id;
      const facts = await flags.endorsementFacts(studentIds.map((studentId) => ({ schoolYear, studentId })));
      return new Map(studentIds.map((id) => [id, facts.get(`${schoolYear}|${id}`) ?? NO_ENDORSEMENT_FACTS]));
    }, NO_ENDORSEMENT_FACTS);
  }

  async progress(student: StudentEntity, context: StudentsContext) {
    return endorsementProgress(this.settings.endorsement, await context.endorsementFacts.load(student.id), student);
  }
}
