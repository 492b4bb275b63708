import { entityLoader } from '@careergraph/kit';
import type { ContactRepository } from '../repositories/contact.repository';

export const contactByIdLoader = (contacts: ContactRepository) => entityLoader((ids) => contacts.findByIds(ids));
