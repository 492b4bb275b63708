import { addYears, NotFoundError, optionalText, parseId, requiredText, today, UserInputError } from '@careergraph/kit';
import { randomUUID } from 'node:crypto';
import type { PartnerContactEntity } from '../entities/partner-contact.entity';
import type { CreatePartnerContactInput, RecordBackgroundCheckInput } from '../generated/graphql';
import type { PartnersContext } from '../context';
import type { PartnersRepositories } from '../repositories';
import { contactScope, partnerScope } from '../policy';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9+().\- ]{7,30}$/;

/** People at partners and their background checks. */
export class ContactService {
  constructor(private readonly repositories: PartnersRepositories) {}

  async get(rawId: string, context: PartnersContext): Promise<PartnerContactEntity | null> {
    return contactScope.visible(context, await context.loaders.contactById.load(parseId('id', rawId)));
  }

  async create(input: CreatePartnerContactInput, context: PartnersContext): Promise<PartnerContactEntity> {
    const partnerId = parseId('input.partnerId', input.partnerId);
    await partnerScope.require(context, { id: partnerId }, { field: 'input.partnerId', what: `partner ${partnerId}` });
    if (!(await this.repositories.partners.findById(partnerId))) throw new NotFoundError('Partner', partnerId, 'input.partnerId');
    return this.repositories.contacts.insert(newContact(partnerId, input, 'input'));
  }

  /**
   * Replaces the contact's check with the latest result. Only a CLEARED check carries dates; a
   * LEVEL_I clearance is renewed yearly (DOMAIN.md), so it may last at most one year.
   */
  async recordBackgroundCheck(input: RecordBackgroundCheckInput): Promise<PartnerContactEntity> {
    const id = parseId('input.contactId', input.contactId);
    if (!(await this.repositories.contacts.findById(id))) throw new NotFoundError('PartnerContact', id, 'input.contactId');
    const { clearedOn, expiresOn } = input;
    if (input.status !== 'CLEARED') {
      if (clearedOn != null || expiresOn != null) {
        throw new UserInputError(clearedOn != null ? 'input.clearedOn' : 'input.expiresOn', `a ${input.status} check has no dates`, {
          rule: 'CLEARANCE_DATES_ONLY_WHEN_CLEARED',
        });
      }
    } else {
      if (clearedOn == null) throw new UserInputError('input.clearedOn', 'is required for a CLEARED check', { rule: 'CLEARANCE_DATES_REQUIRED' });
      if (expiresOn == null) throw new UserInputError('input.expiresOn', 'is required for a CLEARED check', { rule: 'CLEARANCE_DATES_REQUIRED' });
      if (clearedOn > today()) {
        throw new UserInputError('input.clearedOn', `${clearedOn} is in the future`, { rule: 'CLEARED_IN_FUTURE' });
      }
      if (expiresOn <= clearedOn) {
        throw new UserInputError('input.expiresOn', `must be after the clearance date ${clearedOn}`, { rule: 'CLEARANCE_EXPIRES_BEFORE_CLEARED' });
      }
      if (input.level === 'LEVEL_I' && expiresOn > addYears(clearedOn, 1)) {
        throw new UserInputError('input.expiresOn', `a LEVEL_I check is renewed yearly; it must expire by ${addYears(clearedOn, 1)}`, {
          rule: 'LEVEL_I_EXPIRES_WITHIN_A_YEAR',
        });
      }
    }
    return (await this.repositories.contacts.update(id, {
      clearanceLevel: input.level,
      clearanceStatus: input.status,
      clearedOn: clearedOn ?? null,
      clearanceExpiresOn: expiresOn ?? null,
    }))!;
  }
}

/** A contact from its input, checked (`prefix` names the input in errors); no background check yet. */
export function newContact(partnerId: string, input: Omit<CreatePartnerContactInput, 'partnerId'>, prefix: string): PartnerContactEntity {
  const email = input.email.trim();
  if (email.length > 254 || !EMAIL.test(email)) throw new UserInputError(`${prefix}.email`, `"${email.slice(0, 64)}" is not an email address`);
  const phone = optionalText(`${prefix}.phone`, input.phone, 30);
  if (phone && !PHONE.test(phone)) throw new UserInputError(`${prefix}.phone`, 'must be digits with optional + ( ) . - and spaces');
  if (input.roles.length === 0) throw new UserInputError(`${prefix}.roles`, 'must name at least one role', { rule: 'ROLES_REQUIRED' });
  return Object.assign({} as PartnerContactEntity, {
    id: randomUUID(),
    partnerId,
    firstName: requiredText(`${prefix}.firstName`, input.firstName, 100),
    lastName: requiredText(`${prefix}.lastName`, input.lastName, 100),
    title: optionalText(`${prefix}.title`, input.title, 200),
    email,
    phone,
    roles: [...new Set(input.roles)],
    clearanceLevel: null,
    clearanceStatus: null,
    clearedOn: null,
    clearanceExpiresOn: null,
  });
}
