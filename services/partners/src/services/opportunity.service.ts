import {
  ConflictError,
  integerInRange,
  NotFoundError,
  numberInRange,
  optionalText,
  pageRequest,
  parseId,
  requiredText,
  today,
  toConnection,
  UserInputError,
} from '@careergraph/kit';
import { randomUUID } from 'node:crypto';
import type { PartnersSettings } from '../config/partners-settings';
import type { OpportunityConnection } from '../connections';
import type { OpportunityEntity } from '../entities/opportunity.entity';
import type {
  CloseOpportunityInput,
  CompensationInput,
  CreateOpportunityInput,
  OpportunityFilter,
  OpportunityStatus,
  PublishOpportunityInput,
  UpdateOpportunityInput,
} from '../generated/graphql';
import type { PartnersContext } from '../context';
import type { PartnersRepositories } from '../repositories';
import { opportunityHostScope, opportunityScope } from '../policy';
import { OpportunityRepository, type OpportunityQuery } from '../repositories/opportunity.repository';
import { checkCanHost } from './partner-rules';

export const MIN_GRADE = 6;
export const MAX_GRADE = 12;

type PageArgs = { first?: number | null; after?: string | null };

/** Opportunities: DRAFT while edited, PUBLISHED for a partner able to host, then CLOSED. */
export class OpportunityService {
  constructor(
    private readonly repositories: PartnersRepositories,
    private readonly rules: PartnersSettings,
  ) {}

  async get(rawId: string, context: PartnersContext): Promise<OpportunityEntity | null> {
    return opportunityScope.visible(context, await context.loaders.opportunityById.load(parseId('id', rawId)));
  }

  /** Narrowed to the caller's scope in SQL: a partner user's own, a student's PUBLISHED ones. */
  list(filter: OpportunityFilter | null | undefined, args: PageArgs, context: PartnersContext): Promise<OpportunityConnection> {
    return this.page(
      {
        scope: opportunityScope.rowsFor(context.caller),
        status: filter?.status ?? undefined,
        partnerId: filter?.partnerId ? parseId('filter.partnerId', filter.partnerId) : undefined,
        careerCluster: filter?.careerCluster ?? undefined,
        continuumType: filter?.continuumType ?? undefined,
        cedsType: filter?.cedsType ?? undefined,
        programId: filter?.programId ? parseId('filter.programId', filter.programId) : undefined,
        openOn: filter?.openOn ?? undefined,
        search: filter?.search ? filter.search.slice(0, 100) : undefined,
      },
      args,
    );
  }

  /** A partner's nested `opportunities`; a student sees the PUBLISHED ones only. */
  ofPartner(
    partnerId: string,
    status: OpportunityStatus | null | undefined,
    args: PageArgs,
    context: PartnersContext,
  ): Promise<OpportunityConnection> {
    return context.loaders.opportunitiesByPartner(partnerId, { status: status ?? undefined }, args);
  }

  async create(input: CreateOpportunityInput, context: PartnersContext): Promise<OpportunityEntity> {
    const partnerId = parseId('input.partnerId', input.partnerId);
    await opportunityHostScope.require(context, { id: partnerId }, { field: 'input.partnerId', what: `partner ${partnerId}` });
    if (!(await this.repositories.partners.findById(partnerId))) throw new NotFoundError('Partner', partnerId, 'input.partnerId');
    const opportunity = Object.assign({} as OpportunityEntity, {
      id: randomUUID(),
      partnerId,
      worksiteId: await this.worksiteOf(partnerId, input.worksiteId),
      title: requiredText('input.title', input.title, 200),
      description: requiredText('input.description', input.description, 4000),
      continuumType: input.continuumType,
      cedsType: input.cedsType,
      careerCluster: input.careerCluster,
      programId: input.programId ? parseId('input.programId', input.programId) : null,
      startDate: input.startDate,
      endDate: input.endDate,
      slots: input.slots,
      ...this.compensation(input.compensation),
      minimumAge: input.minimumAge,
      gradeLevels: ascending(input.gradeLevels),
      requiredClearance: input.requiredClearance,
      hazardousOccupation: input.hazardousOccupation ?? null,
      status: 'DRAFT',
      publishedAt: null,
      closeReason: null,
    });
    checkShape(opportunity);
    return this.repositories.opportunities.insert(opportunity);
  }

  /** Omitted fields stay; worksiteId, programId and hazardousOccupation are cleared by an explicit null. */
  async update(input: UpdateOpportunityInput, context: PartnersContext): Promise<OpportunityEntity> {
    const current = await this.existing('input.id', input.id);
    await opportunityHostScope.require(context, { id: current.partnerId }, { field: 'input.id', what: `partner ${current.partnerId}` });
    if (current.status !== 'DRAFT') throw notDraft(current.status, 'input.id');
    const changes: Partial<OpportunityEntity> = {};
    if (input.worksiteId !== undefined) changes.worksiteId = await this.worksiteOf(current.partnerId, input.worksiteId);
    if (input.title != null) changes.title = requiredText('input.title', input.title, 200);
    if (input.description != null) changes.description = requiredText('input.description', input.description, 4000);
    if (input.continuumType != null) changes.continuumType = input.continuumType;
    if (input.cedsType != null) changes.cedsType = input.cedsType;
    if (input.careerCluster != null) changes.careerCluster = input.careerCluster;
    if (input.programId !== undefined) changes.programId = input.programId ? parseId('input.programId', input.programId) : null;
    if (input.startDate != null) changes.startDate = input.startDate;
    if (input.endDate != null) changes.endDate = input.endDate;
    if (input.slots != null) changes.slots = input.slots;
    if (input.compensation != null) Object.assign(changes, this.compensation(input.compensation));
    if (input.minimumAge != null) changes.minimumAge = input.minimumAge;
    if (input.gradeLevels != null) changes.gradeLevels = ascending(input.gradeLevels);
    if (input.requiredClearance != null) changes.requiredClearance = input.requiredClearance;
    if (input.hazardousOccupation !== undefined) changes.hazardousOccupation = input.hazardousOccupation;
    checkShape({ ...current, ...changes });
    return this.transition(current, 'DRAFT', changes, 'input.id');
  }

  async publish(input: PublishOpportunityInput, context: PartnersContext): Promise<OpportunityEntity> {
    const field = 'input.opportunityId';
    const opportunity = await this.draft(field, input.opportunityId);
    const partner = (await this.repositories.partners.findById(opportunity.partnerId))!;
    if (partner.status !== 'ACTIVE') {
      throw new ConflictError(`${partner.name} is ${partner.status}; only an ACTIVE partner may publish`, { field, rule: 'PARTNER_NOT_ACTIVE' });
    }
    checkCanHost(partner, (message, rule) => new ConflictError(message, { field, rule }), opportunity.endDate);
    if (opportunity.endDate < today()) {
      throw new ConflictError(`the opportunity ended on ${opportunity.endDate}; change its dates first`, { field, rule: 'OPPORTUNITY_ENDED' });
    }
    return this.transition(opportunity, 'DRAFT', { status: 'PUBLISHED', publishedAt: new Date() }, field, {
      context,
      operation: 'publishOpportunity',
      type: 'opportunity.published',
    });
  }

  async close(input: CloseOpportunityInput, context: PartnersContext): Promise<OpportunityEntity> {
    const field = 'input.opportunityId';
    const opportunity = await this.existing(field, input.opportunityId);
    await opportunityHostScope.require(context, { id: opportunity.partnerId }, { field: field, what: `partner ${opportunity.partnerId}` });
    if (opportunity.status !== 'PUBLISHED') {
      throw new ConflictError(`a ${opportunity.status} opportunity cannot be closed; only a PUBLISHED one`, {
        field,
        rule: 'OPPORTUNITY_NOT_PUBLISHED',
      });
    }
    const closeReason = optionalText('input.reason', input.reason, 500);
    return this.transition(opportunity, 'PUBLISHED', { status: 'CLOSED', closeReason }, field, {
      context,
      operation: 'closeOpportunity',
      type: 'opportunity.closed',
    });
  }

  private async page(query: OpportunityQuery, args: PageArgs): Promise<OpportunityConnection> {
    const page = pageRequest(args, { arity: 3 });
    const rows = await this.repositories.opportunities.page(query, page);
    return toConnection(rows, page, OpportunityRepository.cursorOf, () => this.repositories.opportunities.count(query));
  }

  private async existing(field: string, rawId: string): Promise<OpportunityEntity> {
    const id = parseId(field, rawId);
    const opportunity = await this.repositories.opportunities.findById(id);
    if (!opportunity) throw new NotFoundError('Opportunity', id, field);
    return opportunity;
  }

  private async draft(field: string, rawId: string): Promise<OpportunityEntity> {
    const opportunity = await this.existing(field, rawId);
    if (opportunity.status !== 'DRAFT') throw notDraft(opportunity.status, field);
    return opportunity;
  }

  /**
   * Writes the changes unless another request moved the opportunity out of `from` meanwhile; a
   * status change records its `event` in the same unit of work.
   */
  private async transition(
    opportunity: OpportunityEntity,
    from: OpportunityStatus,
    changes: Partial<OpportunityEntity>,
    field: string,
    event?: { context: PartnersContext; operation: string; type: string },
  ): Promise<OpportunityEntity> {
    const { unitOfWork, opportunities } = this.repositories;
    const updated = event
      ? await unitOfWork.transaction(event.context, event.operation, async (tx, _audit, emit) => {
          const after = await opportunities.updateWhileStatus(opportunity.id, from, changes, tx);
          if (after) {
            emit({
              type: event.type,
              subjectType: 'Opportunity',
              subjectId: after.id,
              partnerId: after.partnerId,
              studentId: null,
              schoolId: null,
              data: { status: after.status, fromStatus: from },
            });
          }
          return after;
        })
      : await opportunities.updateWhileStatus(opportunity.id, from, changes);
    if (!updated) {
      const now = await this.existing(field, opportunity.id);
      throw from === 'DRAFT'
        ? notDraft(now.status, field)
        : new ConflictError(`the opportunity became ${now.status} meanwhile`, { field, rule: 'OPPORTUNITY_NOT_PUBLISHED' });
    }
    return updated;
  }

  private async worksiteOf(partnerId: string, rawId: string | null | undefined): Promise<string | null> {
    if (!rawId) return null;
    const id = parseId('input.worksiteId', rawId);
    const worksite = await this.repositories.worksites.findById(id);
    if (!worksite) throw new NotFoundError('Worksite', id, 'input.worksiteId');
    if (worksite.partnerId !== partnerId) {
      throw new UserInputError('input.worksiteId', `worksite ${worksite.name} belongs to another partner`, {
        rule: 'WORKSITE_OF_ANOTHER_PARTNER',
      });
    }
    return id;
  }

  private compensation(input: CompensationInput): Pick<OpportunityEntity, 'compensationKind' | 'hourlyRate'> {
    return compensationOf(input, this.rules.youthMinimumWage, 'input.compensation.hourlyRate');
  }
}

/** Paid work pays at least the youth minimum wage; a stipend pays something; unpaid has no rate. */
export function compensationOf(input: CompensationInput, minimum: number, field: string): Pick<OpportunityEntity, 'compensationKind' | 'hourlyRate'> {
  const rate = input.hourlyRate ?? null;
  if (input.kind === 'UNPAID') {
    if (rate !== null) throw new UserInputError(field, 'must be null for UNPAID work', { rule: 'UNPAID_HAS_NO_RATE' });
    return { compensationKind: 'UNPAID', hourlyRate: null };
  }
  if (rate === null) throw new UserInputError(field, `is required for ${input.kind}`, { rule: 'HOURLY_RATE_REQUIRED' });
  numberInRange(field, rate, 0, 999999.99, { exclusiveMin: true });
  if (Math.abs(rate * 100 - Math.round(rate * 100)) > 1e-6) throw new UserInputError(field, 'must be in whole cents');
  if (input.kind === 'WAGE' && rate < minimum) {
    throw new UserInputError(field, `${rate.toFixed(2)} is below the youth minimum wage of ${minimum.toFixed(2)} an hour`, {
      rule: 'BELOW_MINIMUM_WAGE',
    });
  }
  return { compensationKind: input.kind, hourlyRate: rate };
}

/** Checks the rules that hold for every opportunity, created or changed. */
export function checkShape(opportunity: OpportunityEntity): void {
  if (opportunity.endDate < opportunity.startDate) {
    throw new UserInputError('input.endDate', `${opportunity.endDate} is before the start date ${opportunity.startDate}`, {
      rule: 'END_BEFORE_START',
    });
  }
  integerInRange('input.slots', opportunity.slots, 1, 500);
  integerInRange('input.minimumAge', opportunity.minimumAge, 11, 21);
  const grades = opportunity.gradeLevels;
  if (grades.length === 0) throw new UserInputError('input.gradeLevels', 'must name at least one grade', { rule: 'GRADE_LEVELS_REQUIRED' });
  grades.forEach((grade, i) => integerInRange(`input.gradeLevels[${i}]`, grade, MIN_GRADE, MAX_GRADE));
  const duplicate = grades.find((grade, i) => grades.indexOf(grade) !== i);
  if (duplicate !== undefined) throw new UserInputError('input.gradeLevels', `lists grade ${duplicate} twice`, { rule: 'DUPLICATE_GRADE_LEVEL' });
}

/** Grades are kept in order so clients and comparisons see one spelling of a set. */
export function ascending(grades: number[]): number[] {
  return [...grades].sort((a, b) => a - b);
}

function notDraft(status: OpportunityStatus, field: string): ConflictError {
  return new ConflictError(`the opportunity is ${status}; only a DRAFT can change`, { field, rule: 'OPPORTUNITY_NOT_DRAFT' });
}
