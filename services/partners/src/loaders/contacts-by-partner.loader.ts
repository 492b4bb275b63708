import { groupLoader } from '@careergraph/kit';
import type { ContactRepository } from '../repositories/contact.repository';

export const contactsByPartnerLoader = (contacts: ContactRepository) =>
  groupLoader(
    (partnerIds) => contacts.findByPartnerIds(partnerIds),
    (contact) => contact.partnerId,
  );
