import { ConflictError, NotFoundError, outsideScope, parseId, type Tx, UserInputError } from '@careergraph/kit';
import type { ExperiencesContext } from '../context';
import type { ExperienceRegistrationEntity } from '../entities/experience-registration.entity';
import type { ExperienceEntity } from '../entities/experience.entity';
import type { CancelRegistrationInput, RegisterForExperienceInput, RegisterStudentsForExperienceInput, RegistrationSource } from '../generated/graphql';
import { experienceScope, studentScope } from '../policy';
import type { ExperiencesRepositories } from '../repositories';
import type { NewRegistration } from '../repositories/registration.repository';
import { checkRegistrationOpen, checkRoster, ineligibility } from './experience-rules';
import { experienceLockKey } from './experience-lock';
import type { ExperienceService } from './experience.service';
import { type ExperienceStudent, requireStudents } from './student-directory';

/** Students registering themselves, staff registering students, and cancellations; seats are counted under a lock. */
export class RegistrationService {
  constructor(
    private readonly repositories: ExperiencesRepositories,
    private readonly experiences: ExperienceService,
  ) {}

  async registerSelf(input: RegisterForExperienceInput, context: ExperiencesContext): Promise<ExperienceRegistrationEntity> {
    const experience = await this.open(input.experienceId, context);
    const studentId = context.caller.scope.studentId!;
    const [student] = await requireStudents(context.owners, [studentId], () => 'input.experienceId');
    this.checkEligible(experience, student, 'input.experienceId');
    const [registration] = await this.register(experience, [student], 'SELF', 'registerForExperience', context);
    return registration;
  }

  async registerStudents(input: RegisterStudentsForExperienceInput, context: ExperiencesContext): Promise<ExperienceRegistrationEntity[]> {
    const studentIds = input.studentIds.map((id, i) => parseId(`input.studentIds.${i}`, id));
    checkRoster(studentIds, (i) => `input.studentIds.${i}`, 'input.studentIds');
    const experience = await this.open(input.experienceId, context);
    const students = await requireStudents(context.owners, studentIds, (i) => `input.studentIds.${i}`);
    for (const [i, student] of students.entries()) {
      await studentScope.require(context, { id: student.id }, { field: `input.studentIds.${i}`, what: `student ${student.id}` });
      this.checkEligible(experience, student, `input.studentIds.${i}`);
    }
    return this.register(experience, students, 'STAFF', 'registerStudentsForExperience', context);
  }

  async cancel(input: CancelRegistrationInput, context: ExperiencesContext): Promise<ExperienceRegistrationEntity> {
    const { caller } = context;
    const studentId = input.studentId == null ? caller.scope.studentId : parseId('input.studentId', input.studentId);
    if (!studentId) throw new UserInputError('input.studentId', 'name the student whose registration to cancel');
    if (caller.role === 'STUDENT' ? studentId !== caller.scope.studentId : !(await studentScope.contains(context, { id: studentId }))) {
      throw outsideScope(caller, `student ${studentId}`, 'input.studentId');
    }
    const experience = await this.experiences.existing(input.experienceId, 'input.experienceId');
    await experienceScope.require(context, experience, { field: 'input.experienceId', what: `experience ${experience.id}` });
    checkRegistrationOpen(experience);
    const { unitOfWork, registrations } = this.repositories;
    return unitOfWork.transaction(context, 'cancelRegistration', async (tx, audit) => {
      await unitOfWork.lock(tx, experienceLockKey(experience.id));
      const [before] = await registrations.findForStudents(tx, experience.id, [studentId]);
      if (!before || before.status !== 'REGISTERED') throw new NotFoundError('ExperienceRegistration', `${experience.id}/${studentId}`, 'input.studentId');
      const after = await registrations.cancel(tx, before.id);
      audit({ entityType: 'ExperienceRegistration', entityId: before.id, action: 'CANCELLED', before, after });
      return after;
    });
  }

  /**
   * Registers the students not yet registered, under the experience's lock so concurrent
   * registrations for the last seats are counted one after another: all of them fit, or none is
   * written (CAPACITY_REACHED). Returns each student's registration, in order.
   */
  private register(
    experience: ExperienceEntity,
    students: readonly ExperienceStudent[],
    source: RegistrationSource,
    operation: string,
    context: ExperiencesContext,
  ): Promise<ExperienceRegistrationEntity[]> {
    const { unitOfWork, registrations, experiences } = this.repositories;
    return unitOfWork.transaction(context, operation, async (tx, audit) => {
      await unitOfWork.lock(tx, experienceLockKey(experience.id));
      // As it is now: a cancellation or a capacity change may have committed since it was read.
      const current = (await experiences.findByIdForUpdate(tx, experience.id))!;
      checkRegistrationOpen(current);
      const studentIds = students.map((student) => student.id);
      const existing = await registrations.findForStudents(tx, experience.id, studentIds);
      const registered = new Set(existing.filter((r) => r.status === 'REGISTERED').map((r) => r.studentId));
      const wanted: NewRegistration[] = students.filter((s) => !registered.has(s.id)).map((s) => ({ studentId: s.id, schoolId: s.school.id, source }));
      await this.checkSeats(tx, current, wanted.length);
      const written = await registrations.register(tx, experience.id, wanted);
      const before = new Map(existing.map((r) => [r.studentId, r]));
      audit(...written.map((after) => ({ entityType: 'ExperienceRegistration', entityId: after.id, action: 'REGISTERED', before: before.get(after.studentId) ?? null, after })));
      const byStudent = new Map([...existing, ...written].map((r) => [r.studentId, r]));
      return studentIds.map((id) => byStudent.get(id)!);
    });
  }

  private async checkSeats(tx: Tx, experience: ExperienceEntity, adding: number): Promise<void> {
    if (experience.capacity === null || adding === 0) return;
    const taken = await this.repositories.registrations.seatsTaken(tx, experience.id);
    if (taken + adding > experience.capacity) {
      throw new ConflictError(`${experience.capacity - taken} of ${experience.capacity} seats are left; ${adding} asked`, {
        field: 'input.experienceId',
        rule: 'CAPACITY_REACHED',
      });
    }
  }

  /** A published experience the caller reads that has not started. */
  private async open(rawId: string, context: ExperiencesContext): Promise<ExperienceEntity> {
    const experience = await this.experiences.existing(rawId, 'input.experienceId');
    await experienceScope.require(context, experience, { field: 'input.experienceId', what: `experience ${experience.id}` });
    checkRegistrationOpen(experience);
    return experience;
  }

  private checkEligible(experience: ExperienceEntity, student: ExperienceStudent, field: string): void {
    const refusal = ineligibility(experience, student);
    if (refusal) throw new UserInputError(field, `student ${student.id}: ${refusal.message}`, { rule: refusal.rule });
  }
}
