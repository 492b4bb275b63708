import {
  integerInRange,
  NotFoundError,
  pageRequest,
  parseId,
  requiredText,
  today,
  toConnection,
  uniqueViolation,
  UserInputError,
  ConflictError,
} from '@careergraph/kit';
import { randomUUID } from 'node:crypto';
import type { PartnerConnection } from '../connections';
import type { PartnersContext } from '../context';
import type { PartnerStatusChangeEntity } from '../entities/partner-status-change.entity';
import type { PartnerEntity } from '../entities/partner.entity';
import type {
  CareerCluster,
  ChangePartnerStatusInput,
  CreatePartnerInput,
  PartnerFilter,
  RecordPartnerAgreementInput,
  RecordPartnerInsuranceInput,
  UpdatePartnerInput,
} from '../generated/graphql';
import type { PartnersRepositories } from '../repositories';
import { type ExpiringComplianceRow, PartnerRepository } from '../repositories/partner.repository';
import { checkCanHost, STATUS_TRANSITIONS } from './partner-rules';
import { partnerScope } from '../policy';

export const MAX_CAPACITY = 10000;

/** Partners: registration, profile, agreement, insurance and the status machine. */
export class PartnerService {
  constructor(private readonly repositories: PartnersRepositories) {}

  async get(rawId: string, context: PartnersContext): Promise<PartnerEntity | null> {
    return partnerScope.visible(context, await context.loaders.partnerById.load(parseId('id', rawId)));
  }

  /** Narrowed to the caller's scope in SQL: a partner user's own partner, a student's publishing partners. */
  async list(
    filter: PartnerFilter | null | undefined,
    args: { first?: number | null; after?: string | null },
    context: PartnersContext,
  ): Promise<PartnerConnection> {
    const query = {
      kind: filter?.kind ?? undefined,
      status: filter?.status ?? undefined,
      careerCluster: filter?.careerCluster ?? undefined,
      search: filter?.search ? filter.search.slice(0, 100) : undefined,
      scope: partnerScope.rowsFor(context.caller),
    };
    const page = pageRequest(args, { arity: 2 });
    const rows = await this.repositories.partners.page(query, page);
    return toConnection(rows, page, PartnerRepository.cursorOf, () => this.repositories.partners.count(query));
  }

  async create(input: CreatePartnerInput, context: PartnersContext): Promise<PartnerEntity> {
    const partner = newProspect(input, 'input');
    await this.checkNameFree(partner.name);
    const firstEntry = statusChange(partner.id, null, 'PROSPECT', 'Registered as a prospect', context);
    try {
      return await this.repositories.unitOfWork.transaction(context, 'createPartner', async (tx, audit) => {
        const created = await this.repositories.partners.insertWithHistory(tx, partner, firstEntry);
        audit({ entityType: 'Partner', entityId: created.id, action: 'CREATED', before: null, after: created });
        return created;
      });
    } catch (error) {
      // Two creates raced past the check above; the unique index decided.
      if (uniqueViolation(error) === 'UQ_partners_name_lower') throw duplicateName(partner.name);
      throw error;
    }
  }

  async update(input: UpdatePartnerInput, context: PartnersContext): Promise<PartnerEntity> {
    const id = parseId('input.id', input.id);
    await partnerScope.require(context, { id: id }, { field: 'input.id', what: `partner ${id}` });
    const partner = await this.existing('input.id', input.id);
    const changes: Partial<PartnerEntity> = {};
    if (input.name != null) changes.name = requiredText('input.name', input.name, 200);
    if (input.kind != null) changes.kind = input.kind;
    if (input.industrySector != null) changes.industrySector = requiredText('input.industrySector', input.industrySector, 100);
    if (input.careerClusters != null) changes.careerClusters = validClusters('input.careerClusters', input.careerClusters);
    if (input.capacity != null) changes.capacity = integerInRange('input.capacity', input.capacity, 1, MAX_CAPACITY);
    if (changes.name !== undefined) await this.checkNameFree(changes.name, partner.id);
    try {
      return (await this.repositories.partners.update(partner.id, changes))!;
    } catch (error) {
      if (uniqueViolation(error) === 'UQ_partners_name_lower') throw duplicateName(changes.name!);
      throw error;
    }
  }

  async changeStatus(
    input: ChangePartnerStatusInput,
    context: PartnersContext,
  ): Promise<{ partner: PartnerEntity; change: PartnerStatusChangeEntity }> {
    const partner = await this.existing('input.partnerId', input.partnerId);
    const reason = requiredText('input.reason', input.reason, 500);
    const from = partner.status;
    const to = input.status;
    if (!STATUS_TRANSITIONS[from].includes(to)) {
      throw new UserInputError('input.status', `a ${from} partner cannot become ${to}`, {
        rule: 'INVALID_STATUS_TRANSITION',
        extensions: { from, to },
      });
    }
    if (to === 'ACTIVE') checkCanHost(partner, (message, rule) => new UserInputError('input.status', message, { rule }));
    const change = statusChange(partner.id, from, to, reason, context);
    const { unitOfWork, partners } = this.repositories;
    // The row is locked first, so `before` is exactly what the change replaced; null when the
    // status changed meanwhile (nothing is written then).
    const changed = await unitOfWork.transaction(context, 'changePartnerStatus', async (tx, audit, emit) => {
      const before = await partners.findByIdForUpdate(tx, change.partnerId);
      if (!before || before.status !== change.fromStatus) return null;
      const after = await partners.changeStatus(tx, change);
      audit({ entityType: 'Partner', entityId: after.id, action: 'STATUS_CHANGED', before, after });
      emit({
        type: 'partner.status-changed',
        subjectType: 'Partner',
        subjectId: after.id,
        partnerId: after.id,
        studentId: null,
        schoolId: null,
        data: { status: after.status, fromStatus: before.status },
      });
      return after;
    });
    if (!changed) {
      throw new ConflictError('the partner\'s status changed meanwhile; reload and try again', {
        field: 'input.partnerId',
        rule: 'STATUS_CHANGED_CONCURRENTLY',
      });
    }
    return { partner: changed, change };
  }

  async recordAgreement(input: RecordPartnerAgreementInput): Promise<PartnerEntity> {
    const partner = await this.existing('input.partnerId', input.partnerId);
    if (input.signedOn > today()) {
      throw new UserInputError('input.signedOn', `${input.signedOn} is in the future; record an agreement once it is signed`, {
        rule: 'AGREEMENT_SIGNED_IN_FUTURE',
      });
    }
    if (input.expiresOn <= input.signedOn) {
      throw new UserInputError('input.expiresOn', `must be after the signing date ${input.signedOn}`, {
        rule: 'AGREEMENT_EXPIRES_BEFORE_SIGNED',
      });
    }
    return (await this.repositories.partners.update(partner.id, {
      agreementSignedOn: input.signedOn,
      agreementExpiresOn: input.expiresOn,
    }))!;
  }

  /** Any expiry is recorded, even a past one: the partner then simply is not insured. */
  /** The coordinator's reminders: what VETTING and ACTIVE partners must renew between `from` and `to`. */
  async expiringCompliance(from: string, to: string): Promise<ExpiringComplianceRow[]> {
    if (to < from) throw new UserInputError('to', `must not be before from (${from}), got ${to}`);
    return this.repositories.partners.expiringCompliance(from, to);
  }

  async recordInsurance(input: RecordPartnerInsuranceInput): Promise<PartnerEntity> {
    const partner = await this.existing('input.partnerId', input.partnerId);
    return (await this.repositories.partners.update(partner.id, { insuranceExpiresOn: input.certificateExpiresOn }))!;
  }

  private async existing(field: string, rawId: string): Promise<PartnerEntity> {
    const id = parseId(field, rawId);
    const partner = await this.repositories.partners.findById(id);
    if (!partner) throw new NotFoundError('Partner', id, field);
    return partner;
  }

  async checkNameFree(name: string, exceptId?: string, field = 'input.name'): Promise<void> {
    if (await this.repositories.partners.nameTaken(name, exceptId)) throw duplicateName(name, field);
  }
}

/** A new PROSPECT partner from its registration input (`prefix` names the input in errors). */
export function newProspect(input: CreatePartnerInput, prefix: string): PartnerEntity {
  return Object.assign({} as PartnerEntity, {
    id: randomUUID(),
    name: requiredText(`${prefix}.name`, input.name, 200),
    kind: input.kind,
    industrySector: requiredText(`${prefix}.industrySector`, input.industrySector, 100),
    careerClusters: validClusters(`${prefix}.careerClusters`, input.careerClusters),
    status: 'PROSPECT',
    agreementSignedOn: null,
    agreementExpiresOn: null,
    insuranceExpiresOn: null,
    capacity: integerInRange(`${prefix}.capacity`, input.capacity, 1, MAX_CAPACITY),
  });
}

export function statusChange(
  partnerId: string,
  fromStatus: PartnerEntity['status'] | null,
  toStatus: PartnerEntity['status'],
  reason: string,
  context: PartnersContext,
): PartnerStatusChangeEntity {
  return { id: randomUUID(), partnerId, fromStatus, toStatus, reason, changedBy: context.caller.subject, changedAt: new Date() };
}

export function validClusters(field: string, clusters: CareerCluster[]): CareerCluster[] {
  if (clusters.length === 0) throw new UserInputError(field, 'must name at least one career cluster', { rule: 'CAREER_CLUSTERS_REQUIRED' });
  const duplicate = clusters.find((cluster, i) => clusters.indexOf(cluster) !== i);
  if (duplicate) throw new UserInputError(field, `lists ${duplicate} twice`, { rule: 'DUPLICATE_CAREER_CLUSTER' });
  return clusters;
}

export function duplicateName(name: string, field = 'input.name'): UserInputError {
  return new UserInputError(field, `a partner named "${name}" already exists`, { rule: 'DUPLICATE_PARTNER_NAME' });
}
