import { isUuid, type OwnerClient } from '@careergraph/kit';
import DataLoader from 'dataloader';
import { StudentPartnerAccessFragmentDoc } from '../generated/owners/graphql';

/**
 * A partner's legitimate interest in a student, as the placements subgraph sees it
 * (`Student.partnerAccess`): the placement, and which contact details its agreement shares.
 */
export interface PartnerStudentAccess {
  placementId: string;
  sharesEmail: boolean;
  sharesPhone: boolean;
}

/**
 * Per request, one `_entities` call to placements for every student the partner's operation
 * touches; null where the partner has no placement with the student. `settled` keeps the answers,
 * so the record of disclosures reads the legitimate interest without asking again.
 */
export function partnerAccessByStudentLoader(partnerId: string | undefined, placements: OwnerClient) {
  const settled = new Map<string, PartnerStudentAccess | null>();
  const loader = new DataLoader<string, PartnerStudentAccess | null>(async (studentIds) => {
    // Only a well-formed partner id has placements to ask about.
    if (!partnerId || !isUuid(partnerId)) return studentIds.map(() => null);
    const found = await placements.loadMany(StudentPartnerAccessFragmentDoc, studentIds);
    const access = found.map((student) => student?.partnerAccess ?? null);
    studentIds.forEach((id, i) => settled.set(id, access[i]));
    return access;
  });
  return Object.assign(loader, { settled: settled as ReadonlyMap<string, PartnerStudentAccess | null> });
}
