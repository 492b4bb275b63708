import { type EntityClient, isUuid } from '@careergraph/kit';
import DataLoader from 'dataloader';

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
 * touches; null where the partner has no placement with the student. The client is made at request
 * time because placements starts after students. `settled` keeps the answers, so the record of
 * disclosures reads the legitimate interest without asking again.
 */
export function partnerAccessByStudentLoader(partnerId: string | undefined, client: () => EntityClient) {
  const settled = new Map<string, PartnerStudentAccess | null>();
  const loader = new DataLoader<string, PartnerStudentAccess | null>(async (studentIds) => {
    // The partner id is interpolated into the selection, so only a well-formed one is sent.
    if (!partnerId || !isUuid(partnerId)) return studentIds.map(() => null);
    const found = await client().lookup<{ partnerAccess: PartnerStudentAccess | null }>(
      'Student',
      studentIds,
      `partnerAccess(partnerId: "${partnerId}") { placementId sharesEmail sharesPhone }`,
    );
    const access = found.map((student) => student?.partnerAccess ?? null);
    studentIds.forEach((id, i) => settled.set(id, access[i]));
    return access;
  });
  return Object.assign(loader, { settled: settled as ReadonlyMap<string, PartnerStudentAccess | null> });
}
