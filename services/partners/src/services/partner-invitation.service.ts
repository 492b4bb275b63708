import {
  ConflictError,
  ForbiddenError,
  newOneTimeToken,
  NotFoundError,
  oneTimeTokenHash,
  parseId,
  today,
  uniqueViolation,
  UserInputError,
  type Emit,
  type Tx,
} from '@careergraph/kit';
import { randomUUID } from 'node:crypto';
import type { PartnersSettings } from '../config/partners-settings';
import type { PartnersContext } from '../context';
import type { PartnerEntity } from '../entities/partner.entity';
import type { PartnerInvitationEntity } from '../entities/partner-invitation.entity';
import type { PartnerMembershipEntity } from '../entities/partner-membership.entity';
import type { InvitePartnerInput, PartnerInvitationStatus } from '../generated/graphql';
import { partnerScope } from '../policy';
import type { PartnersRepositories } from '../repositories';
import { newContact } from './contact.service';
import { duplicateName, newProspect, statusChange, type PartnerService } from './partner.service';

/** A link as its holder gets it; only the token's hash is stored. */
export interface InvitationLink {
  token: string;
  url: string;
  expiresAt: Date;
}

const DAY_MS = 24 * 3600 * 1000;
/** A token is 32 random bytes, base64url: 43 characters. Anything much longer is not one of ours. */
const MAX_TOKEN_LENGTH = 100;

/** What an invitation is now: a PENDING one past its expiry is EXPIRED. */
export function invitationStatus(invitation: PartnerInvitationEntity, now = new Date()): PartnerInvitationStatus {
  return invitation.status === 'PENDING' && invitation.expiresAt <= now ? 'EXPIRED' : invitation.status;
}

/**
 * Partners onboarding themselves: staff invite a contact, the contact (signed in through the
 * district's identity provider with the invited e-mail, verified) accepts and becomes a member of
 * the partner, completes its profile and submits it for vetting.
 */
export class PartnerInvitationService {
  constructor(
    private readonly repositories: PartnersRepositories,
    private readonly settings: PartnersSettings,
    private readonly partnerService: PartnerService,
  ) {}

  /** The PROSPECT partner, its first contact and the invitation, in one unit of work. */
  async invite(input: InvitePartnerInput, context: PartnersContext): Promise<{ invitation: PartnerInvitationEntity; link: InvitationLink }> {
    const partner = newProspect(input.partner, 'input.partner');
    const contact = newContact(partner.id, { ...input.contact, roles: ['COORDINATOR'] }, 'input.contact');
    await this.partnerService.checkNameFree(partner.name, undefined, 'input.partner.name');
    const link = this.newLink();
    const invitation: PartnerInvitationEntity = {
      id: randomUUID(),
      partnerId: partner.id,
      email: contact.email.toLowerCase(),
      status: 'PENDING',
      expiresAt: link.expiresAt,
      invitedBy: context.caller.subject,
      createdAt: new Date(),
      acceptedAt: null,
    };
    const { unitOfWork, partners, contacts, onboarding } = this.repositories;
    try {
      const created = await unitOfWork.transaction(context, 'invitePartner', async (tx, audit, emit) => {
        const registered = await partners.insertWithHistory(tx, partner, statusChange(partner.id, null, 'PROSPECT', 'Invited to onboard', context));
        await contacts.insertIn(tx, contact);
        const stored = await onboarding.insertInvitation(tx, invitation, oneTimeTokenHash(link.token));
        audit(
          { entityType: 'Partner', entityId: registered.id, action: 'CREATED', before: null, after: registered },
          { entityType: 'PartnerInvitation', entityId: stored.id, action: 'CREATED', before: null, after: stored },
        );
        issued(emit, stored, registered);
        return stored;
      });
      return { invitation: created, link };
    } catch (error) {
      // Two invitations raced past the name check; the unique index decided.
      if (uniqueViolation(error) === 'UQ_partners_name_lower') throw duplicateName(partner.name, 'input.partner.name');
      throw error;
    }
  }

  /** A PENDING invitation (expired or not) stops being acceptable. */
  async revoke(rawId: string, context: PartnersContext): Promise<PartnerInvitationEntity> {
    const field = 'input.invitationId';
    const id = parseId(field, rawId);
    const { unitOfWork, onboarding } = this.repositories;
    return unitOfWork.transaction(context, 'revokePartnerInvitation', async (tx, audit) => {
      const before = await this.pending(tx, id, field, ['PENDING', 'EXPIRED']);
      const after = await onboarding.updateInvitation(tx, id, { status: 'REVOKED' });
      audit({ entityType: 'PartnerInvitation', entityId: id, action: 'REVOKED', before, after });
      return after;
    });
  }

  /** A new link and a new expiry for a PENDING invitation (an expired one too); every earlier link dies. */
  async resend(rawId: string, context: PartnersContext): Promise<{ invitation: PartnerInvitationEntity; link: InvitationLink }> {
    const field = 'input.invitationId';
    const id = parseId(field, rawId);
    const link = this.newLink();
    const { unitOfWork, onboarding, partners } = this.repositories;
    // Read before the unit of work (an invitation's partner never changes): no second connection inside it.
    const current = await onboarding.findInvitation(id);
    if (!current) throw new NotFoundError('PartnerInvitation', id, field);
    const partner = (await partners.findById(current.partnerId))!;
    const invitation = await unitOfWork.transaction(context, 'resendPartnerInvitation', async (tx, audit, emit) => {
      const before = await this.pending(tx, id, field, ['PENDING', 'EXPIRED']);
      await onboarding.replaceTokens(tx, id, oneTimeTokenHash(link.token));
      const after = await onboarding.updateInvitation(tx, id, { expiresAt: link.expiresAt });
      audit({ entityType: 'PartnerInvitation', entityId: id, action: 'RESENT', before, after });
      issued(emit, after, partner);
      return after;
    });
    return { invitation, link };
  }

  /**
   * The mailer's link, minted at send time for a PENDING invitation that has not expired. It is
   * added beside the others (the one staff were shown keeps working) and expires with the invitation.
   */
  async issueLink(rawId: string, context: PartnersContext): Promise<InvitationLink> {
    const field = 'invitationId';
    const id = parseId(field, rawId);
    const { unitOfWork, onboarding } = this.repositories;
    return unitOfWork.transaction(context, 'issuePartnerInvitationLink', async (tx, audit) => {
      const invitation = await this.pending(tx, id, field, ['PENDING']);
      const link = this.newLink(invitation.expiresAt);
      await onboarding.addToken(tx, id, oneTimeTokenHash(link.token));
      audit({ entityType: 'PartnerInvitation', entityId: id, action: 'LINK_ISSUED', before: invitation, after: invitation });
      return link;
    });
  }

  /** The caller joins the invitation's partner; every refusal leaves the database as it was. */
  async accept(token: string, context: PartnersContext): Promise<{ membership: PartnerMembershipEntity; partner: PartnerEntity }> {
    const field = 'input.token';
    const { caller } = context;
    if (caller.scope.partnerId) {
      throw new ConflictError(`you already act for partner ${caller.scope.partnerId}; one sign-in acts for one partner`, {
        field,
        rule: 'ALREADY_A_MEMBER',
      });
    }
    if (!caller.email) {
      throw new ForbiddenError('your identity provider did not verify an e-mail address; sign in with the invited address', {
        field,
        rule: 'EMAIL_NOT_VERIFIED',
      });
    }
    if (token.length === 0 || token.length > MAX_TOKEN_LENGTH) throw unknownToken(field);
    const { unitOfWork, onboarding, partners } = this.repositories;
    try {
      const joined = await unitOfWork.transaction(context, 'acceptPartnerInvitation', async (tx, audit) => {
        const before = await onboarding.invitationByTokenHashForUpdate(tx, oneTimeTokenHash(token));
        if (!before) throw unknownToken(field);
        refuseUnlessPending(before, field, ['PENDING']);
        if (before.email !== caller.email!.toLowerCase()) {
          throw new ForbiddenError('this invitation was sent to another e-mail address than the one you signed in with', {
            field,
            rule: 'INVITATION_EMAIL_MISMATCH',
          });
        }
        if (await onboarding.membershipOf(caller.subject, tx)) {
          throw new ConflictError('you are already a member of a partner', { field, rule: 'ALREADY_A_MEMBER' });
        }
        const membership = await onboarding.insertMembership(tx, {
          id: randomUUID(),
          subject: caller.subject,
          partnerId: before.partnerId,
          email: caller.email!.toLowerCase(),
          invitationId: before.id,
          createdAt: new Date(),
        });
        // One-time: its links now answer INVITATION_ALREADY_USED.
        const after = await onboarding.updateInvitation(tx, before.id, { status: 'ACCEPTED', acceptedAt: membership.createdAt });
        audit(
          { entityType: 'PartnerInvitation', entityId: before.id, action: 'ACCEPTED', before, after },
          { entityType: 'PartnerMembership', entityId: membership.id, action: 'CREATED', before: null, after: membership },
        );
        return membership;
      });
      return { membership: joined, partner: (await partners.findById(joined.partnerId))! };
    } catch (error) {
      // The same person accepting twice at once: the membership's key decided.
      if (uniqueViolation(error) === 'UQ_partner_memberships_subject') {
        throw new ConflictError('you are already a member of a partner', { field, rule: 'ALREADY_A_MEMBER' });
      }
      throw error;
    }
  }

  /** The invitation page's view of a link (reading changes nothing: link scanners follow links in mail); null for an unknown one. */
  async preview(token: string): Promise<{ partnerName: string; email: string; status: PartnerInvitationStatus; expiresAt: Date } | null> {
    if (token.length === 0 || token.length > MAX_TOKEN_LENGTH) return null;
    const invitation = await this.repositories.onboarding.invitationByTokenHash(oneTimeTokenHash(token));
    if (!invitation) return null;
    const partner = (await this.repositories.partners.findById(invitation.partnerId))!;
    return { partnerName: partner.name, email: invitation.email, status: invitationStatus(invitation), expiresAt: invitation.expiresAt };
  }

  /** What the gateway puts into a PARTNER_USER's scope: their partner, and the employers it brokers today. */
  async access(subject: string, rawPartnerId: string | null | undefined): Promise<{ partnerId: string | null; brokeredPartnerIds: string[] }> {
    const partnerId = rawPartnerId ? parseId('partnerId', rawPartnerId) : ((await this.repositories.onboarding.membershipOf(subject))?.partnerId ?? null);
    return { partnerId, brokeredPartnerIds: partnerId ? await this.repositories.onboarding.brokeredOn(partnerId, today()) : [] };
  }

  /** PROSPECT → VETTING by the partner's own user, once staff have a worksite and a contact to vet. */
  async submitForVetting(rawPartnerId: string, context: PartnersContext): Promise<PartnerEntity> {
    const field = 'input.partnerId';
    const partnerId = parseId(field, rawPartnerId);
    await partnerScope.require(context, { id: partnerId }, { field, what: `partner ${partnerId}` });
    const partner = await this.repositories.partners.findById(partnerId);
    if (!partner) throw new NotFoundError('Partner', partnerId, field);
    if (partner.status !== 'PROSPECT') {
      throw new ConflictError(`${partner.name} is ${partner.status}; only a PROSPECT is submitted for vetting`, { field, rule: 'NOT_A_PROSPECT' });
    }
    const [worksites, contacts] = await Promise.all([
      context.loaders.worksitesByPartner.load(partnerId),
      context.loaders.contactsByPartner.load(partnerId),
    ]);
    if (worksites.length === 0) throw new ConflictError(`${partner.name} has no worksite yet; add one first`, { field, rule: 'WORKSITE_REQUIRED' });
    if (contacts.length === 0) throw new ConflictError(`${partner.name} has no contact yet; add one first`, { field, rule: 'CONTACT_REQUIRED' });
    const { partner: submitted } = await this.partnerService.changeStatus(
      { partnerId, status: 'VETTING', reason: 'Submitted for vetting by the partner' },
      context,
    );
    return submitted;
  }

  /** The invitation, locked, refused unless its status is one of `allowed`. */
  private async pending(tx: Tx, id: string, field: string, allowed: PartnerInvitationStatus[]): Promise<PartnerInvitationEntity> {
    const invitation = await this.repositories.onboarding.findInvitationForUpdate(tx, id);
    if (!invitation) throw new NotFoundError('PartnerInvitation', id, field);
    refuseUnlessPending(invitation, field, allowed);
    return invitation;
  }

  /** A fresh token's link, expiring with its invitation (by default a new one, `invitationDays` from now). */
  private newLink(expiresAt = new Date(Date.now() + this.settings.invitationDays * DAY_MS)): InvitationLink {
    const token = newOneTimeToken();
    return { token, url: this.settings.invitationUrl + token, expiresAt };
  }
}

const REFUSALS: Record<Exclude<PartnerInvitationStatus, 'PENDING'>, { rule: string; message: string }> = {
  ACCEPTED: { rule: 'INVITATION_ALREADY_USED', message: 'this invitation has already been accepted' },
  REVOKED: { rule: 'INVITATION_REVOKED', message: 'this invitation was revoked' },
  EXPIRED: { rule: 'INVITATION_EXPIRED', message: 'this invitation has expired; ask the district to resend it' },
};

function refuseUnlessPending(invitation: PartnerInvitationEntity, field: string, allowed: PartnerInvitationStatus[]): void {
  const status = invitationStatus(invitation);
  if (status === 'PENDING' || allowed.includes(status)) return;
  const { rule, message } = REFUSALS[status];
  throw new ConflictError(message, { field, rule, extensions: { status } });
}

function unknownToken(field: string): UserInputError {
  return new UserInputError(field, 'this invitation link is not valid (mistyped, or replaced by a newer one)', { rule: 'INVITATION_TOKEN_UNKNOWN' });
}

/** Asks the mailer (an INTERNAL event, never a webhook) to send the invitation with a link it mints. */
function issued(emit: Emit, invitation: PartnerInvitationEntity, partner: PartnerEntity): void {
  emit({
    type: 'partner.invitation-issued',
    audience: 'INTERNAL',
    subjectType: 'PartnerInvitation',
    subjectId: invitation.id,
    partnerId: partner.id,
    studentId: null,
    schoolId: null,
    data: { email: invitation.email, partnerName: partner.name, expiresAt: invitation.expiresAt.toISOString() },
  });
}
