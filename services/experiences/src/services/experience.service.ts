import { type Connection, ForbiddenError, NotFoundError, pageRequest, parseId, toConnection, UserInputError } from '@careergraph/kit';
import { randomUUID } from 'node:crypto';
import type { ExperiencesContext } from '../context';
import type { ExperienceEntity } from '../entities/experience.entity';
import type {
  CancelExperienceInput,
  CreateExperienceInput,
  ExperienceFilter,
  ExperienceIdInput,
  ExperienceStatus,
  UpdateExperienceInput,
} from '../generated/graphql';
import { ExperienceHostFragmentDoc, ExperienceSchoolFragmentDoc } from '../generated/owners/graphql';
import { experienceManagerScope, experienceScope } from '../policy';
import type { ExperiencesRepositories } from '../repositories';
import { ExperienceRepository } from '../repositories/experience.repository';
import { checkExperienceFields, checkTransition, experienceSchoolYear } from './experience-rules';
import { experienceLockKey } from './experience-lock';
import { lookUpStudent } from './student-directory';

/** Creating, changing and listing experiences (staff run them; students and hosts read them). */
export class ExperienceService {
  constructor(private readonly repositories: ExperiencesRepositories) {}

  async create(input: CreateExperienceInput, context: ExperiencesContext): Promise<ExperienceEntity> {
    const schoolId = input.schoolId == null ? null : parseId('input.schoolId', input.schoolId);
    // School staff run their own schools' experiences; district-wide ones are the central office's.
    if (context.caller.role === 'SCHOOL_STAFF' && (schoolId === null || !context.caller.scope.schoolIds.includes(schoolId))) {
      throw new ForbiddenError(schoolId ? `school ${schoolId} is outside the scope of this SCHOOL_STAFF` : 'district-wide experiences are created by district or department staff', {
        field: 'input.schoolId',
        rule: 'OUTSIDE_SCOPE',
      });
    }
    const fields = checkExperienceFields({
      title: input.title,
      description: input.description ?? null,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      gradeLevels: input.gradeLevels,
      capacity: input.capacity ?? null,
    });
    const hostPartnerIds = await this.requireHosts(input.hostPartnerIds ?? [], context);
    if (schoolId) await this.requireSchool(schoolId, context);
    const experience: ExperienceEntity = {
      id: randomUUID(),
      kind: input.kind,
      ...fields,
      schoolId,
      hostPartnerIds,
      schoolYear: experienceSchoolYear(fields.startsAt),
      continuumStage: input.continuumStage,
      cedsType: input.cedsType ?? null,
      status: 'DRAFT',
      cancellationReason: null,
      createdBy: context.caller.subject,
    };
    const { unitOfWork, experiences } = this.repositories;
    return unitOfWork.transaction(context, 'createExperience', async (tx, audit) => {
      const inserted = await experiences.insert(tx, experience);
      audit({ entityType: 'Experience', entityId: inserted.id, action: 'CREATED', before: null, after: inserted });
      return inserted;
    });
  }

  async update(input: UpdateExperienceInput, context: ExperiencesContext): Promise<ExperienceEntity> {
    const current = await this.managed(input.id, context);
    if (current.status !== 'DRAFT' && current.status !== 'PUBLISHED') {
      throw new UserInputError('input.id', `a ${current.status} experience cannot be changed`, { rule: 'EXPERIENCE_CLOSED' });
    }
    const fields = checkExperienceFields({
      title: input.title ?? current.title,
      description: input.description === undefined ? current.description : input.description,
      startsAt: input.startsAt ?? current.startsAt,
      endsAt: input.endsAt ?? current.endsAt,
      gradeLevels: input.gradeLevels ?? current.gradeLevels,
      capacity: input.capacity === undefined ? current.capacity : input.capacity,
    });
    const hostPartnerIds = input.hostPartnerIds ? await this.requireHosts(input.hostPartnerIds, context) : current.hostPartnerIds;
    const changes: Partial<ExperienceEntity> = {
      ...fields,
      hostPartnerIds,
      schoolYear: experienceSchoolYear(fields.startsAt),
      continuumStage: input.continuumStage ?? current.continuumStage,
      cedsType: input.cedsType === undefined ? current.cedsType : input.cedsType,
    };
    const { unitOfWork, experiences, registrations } = this.repositories;
    return unitOfWork.transaction(context, 'updateExperience', async (tx, audit) => {
      await unitOfWork.lock(tx, experienceLockKey(current.id));
      const before = (await experiences.findByIdForUpdate(tx, current.id))!;
      // Under the experience's lock, so no registration slips in between the count and the change.
      if (fields.capacity !== null && fields.capacity < (await registrations.seatsTaken(tx, current.id))) {
        throw new UserInputError('input.capacity', 'is below the seats already taken', { rule: 'CAPACITY_BELOW_REGISTERED' });
      }
      const after = await experiences.update(tx, current.id, changes);
      audit({ entityType: 'Experience', entityId: current.id, action: 'UPDATED', before, after });
      return after;
    });
  }

  publish(input: ExperienceIdInput, context: ExperiencesContext): Promise<ExperienceEntity> {
    return this.transition(input.id, 'PUBLISHED', {}, 'publishExperience', context);
  }

  cancel(input: CancelExperienceInput, context: ExperiencesContext): Promise<ExperienceEntity> {
    const reason = input.reason.trim();
    if (!reason) throw new UserInputError('input.reason', 'must not be empty');
    return this.transition(input.id, 'CANCELLED', { cancellationReason: reason }, 'cancelExperience', context);
  }

  async complete(input: ExperienceIdInput, context: ExperiencesContext): Promise<ExperienceEntity> {
    const experience = await this.managed(input.id, context);
    if (experience.startsAt.getTime() > Date.now()) {
      throw new UserInputError('input.id', 'an experience is completed once it has started', { rule: 'NOT_STARTED' });
    }
    return this.transition(experience.id, 'COMPLETED', {}, 'completeExperience', context);
  }

  /** One experience the caller reads; OUTSIDE_SCOPE for one they do not, null when there is none. */
  async get(rawId: string, context: ExperiencesContext): Promise<ExperienceEntity | null> {
    return experienceScope.visible(context, await context.loaders.experienceById.load(parseId('id', rawId)));
  }

  /** The caller's experiences; a student's are those open to their grade and school. */
  async list(filter: ExperienceFilter | null | undefined, args: { first?: number | null; after?: string | null }, context: ExperiencesContext): Promise<Connection<ExperienceEntity>> {
    const page = pageRequest(args, { arity: 2 });
    let openTo: { gradeLevel: number; schoolId: string } | undefined;
    if (context.caller.role === 'STUDENT') {
      const student = await lookUpStudent(context.owners, context.caller.scope.studentId!);
      if (!student) return toConnection([], page, ExperienceRepository.cursorOf, async () => 0);
      openTo = { gradeLevel: student.gradeLevel, schoolId: student.school.id };
    }
    const query = {
      schoolId: filter?.schoolId == null ? undefined : parseId('filter.schoolId', filter.schoolId),
      kind: filter?.kind ?? undefined,
      status: filter?.status ?? undefined,
      from: filter?.from ?? undefined,
      to: filter?.to ?? undefined,
      openTo,
      scope: experienceScope.rowsFor(context.caller),
    };
    const rows = await this.repositories.experiences.page(query, page);
    return toConnection(rows, page, ExperienceRepository.cursorOf, () => this.repositories.experiences.count(query));
  }

  /** The experience (NOT_FOUND when there is none), refused unless the caller runs it. */
  async managed(rawId: string, context: ExperiencesContext, field = 'input.id'): Promise<ExperienceEntity> {
    const experience = await this.existing(rawId, field);
    await experienceManagerScope.require(context, experience, { field, what: `experience ${experience.id}` });
    return experience;
  }

  async existing(rawId: string, field: string): Promise<ExperienceEntity> {
    const id = parseId(field, rawId);
    const experience = await this.repositories.experiences.findById(id);
    if (!experience) throw new NotFoundError('Experience', id, field);
    return experience;
  }

  private async transition(
    rawId: string,
    target: ExperienceStatus,
    changes: Partial<ExperienceEntity>,
    operation: string,
    context: ExperiencesContext,
  ): Promise<ExperienceEntity> {
    const current = await this.managed(rawId, context);
    checkTransition(current, target);
    const { unitOfWork, experiences } = this.repositories;
    return unitOfWork.transaction(context, operation, async (tx, audit) => {
      const before = (await experiences.findByIdForUpdate(tx, current.id))!;
      // Another request may have moved it since the check above.
      checkTransition(before, target);
      const after = await experiences.update(tx, current.id, { ...changes, status: target });
      audit({ entityType: 'Experience', entityId: current.id, action: target, before, after });
      return after;
    });
  }

  /** The host partners, each known to the partners subgraph (looked up in one batched request). */
  private async requireHosts(rawIds: readonly string[], context: ExperiencesContext): Promise<string[]> {
    const ids = [...new Set(rawIds.map((id, i) => parseId(`input.hostPartnerIds.${i}`, id)))];
    const hosts = await Promise.all(ids.map((id) => context.owners.partners.load(ExperienceHostFragmentDoc, id)));
    const missing = hosts.findIndex((host) => !host);
    if (missing >= 0) throw new UserInputError(`input.hostPartnerIds.${missing}`, `partner ${ids[missing]} does not exist`, { rule: 'UNKNOWN_PARTNER' });
    return ids;
  }

  private async requireSchool(schoolId: string, context: ExperiencesContext): Promise<void> {
    if (!(await context.owners.students.load(ExperienceSchoolFragmentDoc, schoolId))) {
      throw new UserInputError('input.schoolId', `school ${schoolId} does not exist`, { rule: 'UNKNOWN_SCHOOL' });
    }
  }
}
