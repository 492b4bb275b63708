import { entityLoader } from '@careergraph/kit';
import type { OnboardingRepository } from '../repositories/onboarding.repository';

/** Each partner's latest invitation (`Partner.invitation`), batched across a page of partners. */
export const invitationByPartnerLoader = (onboarding: OnboardingRepository) =>
  entityLoader((partnerIds) => onboarding.latestInvitations(partnerIds), (invitation) => invitation.partnerId);
