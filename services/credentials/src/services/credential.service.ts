import {
  NotFoundError,
  numberInRange,
  optionalText,
  pageRequest,
  parseId,
  requiredText,
  toConnection,
  uniqueViolation,
  UserInputError,
} from '@careergraph/kit';
import { randomUUID } from 'node:crypto';
import type { CredentialConnection } from '../connections';
import type { CredentialEntity } from '../entities/credential.entity';
import type { CreateCredentialInput, CredentialFilter, CredentialType, UpdateCredentialInput } from '../generated/graphql';
import type { CredentialsRepositories } from '../repositories';
import { COURSE_TYPES } from '../repositories/award.repository';
import { CredentialRepository, type CredentialQuery } from '../repositories/credential.repository';

const CTID = /^ce-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isCourseType(type: CredentialType): boolean {
  return (COURSE_TYPES as readonly string[]).includes(type);
}

/** The credential catalog. */
export class CredentialService {
  constructor(private readonly repositories: CredentialsRepositories) {}

  async list(filter: CredentialFilter | null | undefined, args: { first?: number | null; after?: string | null }): Promise<CredentialConnection> {
    const query: CredentialQuery = {
      type: filter?.type ?? undefined,
      careerCluster: filter?.careerCluster ?? undefined,
      issuerId: filter?.issuerId ? parseId('filter.issuerId', filter.issuerId) : undefined,
      search: filter?.search?.trim() ? filter.search.trim().slice(0, 100) : undefined,
    };
    const page = pageRequest(args, { arity: 2 });
    const rows = await this.repositories.credentials.page(query, page);
    return toConnection(rows, page, CredentialRepository.cursorOf, () => this.repositories.credentials.count(query));
  }

  async create(input: CreateCredentialInput): Promise<CredentialEntity> {
    const credential = {
      id: randomUUID(),
      name: requiredText('input.name', input.name, 200),
      type: input.type,
      // Stored as a reference only: partners is another service, and a catalog entry may be
      // prepared before its issuer is registered there.
      issuerId: parseId('input.issuerId', input.issuerId),
      careerCluster: input.careerCluster,
      ctid: validCtid(input.ctid),
      creditHours: validCreditHours(input.type, input.creditHours),
      advancedCertification: input.advancedCertification,
      recognizedPostsecondaryCredential: input.recognizedPostsecondaryCredential,
      description: optionalText('input.description', input.description, 2000),
    } as CredentialEntity;
    if (credential.ctid) await this.checkCtidFree(credential.ctid, credential.id);
    return this.save(credential.ctid, () => this.repositories.credentials.insert(credential));
  }

  async update(input: UpdateCredentialInput): Promise<CredentialEntity> {
    const id = parseId('input.id', input.id);
    const current = await this.repositories.credentials.findById(id);
    if (!current) throw new NotFoundError('Credential', id, 'input.id');
    const changes: Partial<CredentialEntity> = {};
    if (input.name != null) changes.name = requiredText('input.name', input.name, 200);
    if (input.issuerId != null) changes.issuerId = parseId('input.issuerId', input.issuerId);
    if (input.careerCluster != null) changes.careerCluster = input.careerCluster;
    if (input.ctid !== undefined) changes.ctid = validCtid(input.ctid);
    if (input.creditHours != null) changes.creditHours = validCreditHours(current.type, input.creditHours);
    if (input.advancedCertification != null) changes.advancedCertification = input.advancedCertification;
    if (input.recognizedPostsecondaryCredential != null) changes.recognizedPostsecondaryCredential = input.recognizedPostsecondaryCredential;
    if (input.description !== undefined) changes.description = optionalText('input.description', input.description, 2000);
    if (changes.ctid) await this.checkCtidFree(changes.ctid, id);
    return this.save(changes.ctid ?? null, async () => (await this.repositories.credentials.update(id, changes))!);
  }

  private async checkCtidFree(ctid: string, id: string): Promise<void> {
    const holder = await this.repositories.credentials.findByCtid(ctid);
    if (holder && holder.id !== id) throw duplicateCtid(ctid, holder.name);
  }

  private async save(ctid: string | null, write: () => Promise<CredentialEntity>): Promise<CredentialEntity> {
    try {
      return await write();
    } catch (error) {
      // Another request took the CTID between the check and the write.
      if (ctid && uniqueViolation(error) === 'UQ_credentials_ce_ctid') throw duplicateCtid(ctid, 'another credential');
      throw error;
    }
  }
}

function validCtid(value: string | null | undefined): string | null {
  if (value == null || value.trim() === '') return null;
  const ctid = value.trim().toLowerCase();
  if (!CTID.test(ctid)) {
    throw new UserInputError('input.ctid', `"${value.slice(0, 60)}" is not a Credential Engine CTID (ce- followed by a UUID)`, {
      rule: 'CTID_FORMAT',
    });
  }
  return ctid;
}

/** College courses carry their credit hours (0.5–20); other credentials carry none. */
function validCreditHours(type: CredentialType, value: number | null | undefined): number | null {
  if (!isCourseType(type)) {
    if (value != null) {
      throw new UserInputError('input.creditHours', `only college courses carry credit hours, not ${type}`, { rule: 'COURSE_FIELDS_MISMATCH' });
    }
    return null;
  }
  if (value == null) {
    throw new UserInputError('input.creditHours', `is required for ${type}`, { rule: 'COURSE_FIELDS_MISMATCH' });
  }
  return numberInRange('input.creditHours', value, 0.5, 20);
}

function duplicateCtid(ctid: string, holder: string): UserInputError {
  return new UserInputError('input.ctid', `${ctid} already identifies ${holder}`, { rule: 'DUPLICATE_CTID' });
}
