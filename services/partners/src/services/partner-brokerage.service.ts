import { ConflictError, NotFoundError, parseId, today, UserInputError } from '@careergraph/kit';
import { randomUUID } from 'node:crypto';
import type { PartnersContext } from '../context';
import type { PartnerBrokerageEntity } from '../entities/partner-brokerage.entity';
import type { PartnerEntity } from '../entities/partner.entity';
import type { CreatePartnerBrokerageInput, EndPartnerBrokerageInput } from '../generated/graphql';
import type { PartnersRepositories } from '../repositories';

/** Whether a brokerage is in force on `day`. */
export function brokerageActiveOn(brokerage: Pick<PartnerBrokerageEntity, 'since' | 'until'>, day: string): boolean {
  return brokerage.since <= day && (brokerage.until === null || day <= brokerage.until);
}

/**
 * An intermediary (DuPage's GPS Education Partners, say) acting for the employers it brokers: while
 * a brokerage is in force its users reach those employers' opportunities and placements (policy.ts
 * here and in placements), nothing else of theirs. Staff create and end brokerages.
 */
export class PartnerBrokerageService {
  constructor(private readonly repositories: PartnersRepositories) {}

  async create(input: CreatePartnerBrokerageInput, context: PartnersContext): Promise<PartnerBrokerageEntity> {
    const intermediary = await this.partner('input.intermediaryPartnerId', input.intermediaryPartnerId);
    const employer = await this.partner('input.employerPartnerId', input.employerPartnerId);
    if (intermediary.kind !== 'INTERMEDIARY') {
      throw new UserInputError('input.intermediaryPartnerId', `${intermediary.name} is ${intermediary.kind}; only an INTERMEDIARY brokers employers`, {
        rule: 'NOT_AN_INTERMEDIARY',
      });
    }
    if (employer.id === intermediary.id) {
      throw new UserInputError('input.employerPartnerId', 'an intermediary does not broker itself', { rule: 'SELF_BROKERAGE' });
    }
    // No chains: an intermediary reached through another would widen past the employers staff named.
    if (employer.kind === 'INTERMEDIARY') {
      throw new UserInputError('input.employerPartnerId', `${employer.name} is itself an INTERMEDIARY`, { rule: 'BROKERED_PARTNER_IS_INTERMEDIARY' });
    }
    const since = input.since ?? today();
    const until = input.until ?? null;
    if (until !== null && until < since) {
      throw new UserInputError('input.until', `must not be before ${since}`, { rule: 'UNTIL_BEFORE_SINCE' });
    }
    const { unitOfWork, onboarding } = this.repositories;
    return unitOfWork.transaction(context, 'createPartnerBrokerage', async (tx, audit) => {
      // Two staff members brokering the same pair at once: the second waits and sees the first.
      await unitOfWork.lock(tx, `brokerage:${intermediary.id}:${employer.id}`);
      if (await onboarding.openBrokerageExists(tx, intermediary.id, employer.id, since)) {
        throw new ConflictError(`${intermediary.name} already brokers ${employer.name} on or after ${since}`, {
          field: 'input.employerPartnerId',
          rule: 'BROKERAGE_EXISTS',
        });
      }
      const created = await onboarding.insertBrokerage(tx, {
        id: randomUUID(),
        intermediaryPartnerId: intermediary.id,
        employerPartnerId: employer.id,
        since,
        until,
        createdBy: context.caller.subject,
        createdAt: new Date(),
      });
      audit({ entityType: 'PartnerBrokerage', entityId: created.id, action: 'CREATED', before: null, after: created });
      return created;
    });
  }

  /** `until` (today by default) becomes the last day; the intermediary's reach ends after it (within a minute, the gateway's cache). */
  async end(input: EndPartnerBrokerageInput, context: PartnersContext): Promise<PartnerBrokerageEntity> {
    const field = 'input.brokerageId';
    const id = parseId(field, input.brokerageId);
    const until = input.until ?? today();
    const { unitOfWork, onboarding } = this.repositories;
    return unitOfWork.transaction(context, 'endPartnerBrokerage', async (tx, audit) => {
      const before = await onboarding.findBrokerageForUpdate(tx, id);
      if (!before) throw new NotFoundError('PartnerBrokerage', id, field);
      if (before.until !== null && before.until < today()) {
        throw new ConflictError(`this brokerage already ended on ${before.until}`, { field, rule: 'BROKERAGE_ENDED' });
      }
      if (until < before.since) throw new UserInputError('input.until', `must not be before ${before.since}`, { rule: 'UNTIL_BEFORE_SINCE' });
      const after = await onboarding.endBrokerage(tx, id, until);
      audit({ entityType: 'PartnerBrokerage', entityId: id, action: 'ENDED', before, after });
      return after;
    });
  }

  private async partner(field: string, rawId: string): Promise<PartnerEntity> {
    const id = parseId(field, rawId);
    const partner = await this.repositories.partners.findById(id);
    if (!partner) throw new NotFoundError('Partner', id, field);
    return partner;
  }
}
