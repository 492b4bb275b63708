import { defineOwners, type IdentitySigner } from '@careergraph/kit';
import { NotifiedContactFragmentDoc, NotifiedStudentFragmentDoc } from '../generated/owners/graphql';
import type { NotificationSettings } from './notification-settings';

/**
 * What the notifications read of other subgraphs, signed as SERVICE: a student's and a partner
 * contact's address (src/owners/notifications.reads.graphql), placements' pending hours, and the
 * one-time links the owners mint for the mailer (placements' guardian links, partners' invitations).
 */
export function notificationOwners(settings: NotificationSettings, signer: IdentitySigner) {
  return defineOwners(
    { service: 'integrations', signer, timeoutMs: settings.entityLookupTimeoutMs },
    {
      students: { url: settings.ownerUrls.students, reads: [NotifiedStudentFragmentDoc] },
      partners: { url: settings.ownerUrls.partners, reads: [NotifiedContactFragmentDoc] },
      placements: { url: settings.ownerUrls.placements, reads: [] },
    },
  );
}

export type NotificationOwners = ReturnType<ReturnType<typeof notificationOwners>>;
