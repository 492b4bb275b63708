import { EntityClient, type IdentitySigner } from '@careergraph/kit';
import DataLoader from 'dataloader';
import type { HazardousOccupation } from '../config/hazardous-occupations';
import type { PlacementsSettings } from '../config/placements-config';

/** What placements needs of a student (owned by the students subgraph). */
export interface StudentRef {
  id: string;
  dateOfBirth: string;
  gradeLevel: number;
  enrollmentStatus: 'ENROLLED' | 'GRADUATED';
  school: { id: string };
  /** Career pathway program enrollments (a placement records its program only for an enrolled student). */
  enrollments: { program: { id: string }; schoolYear: string }[] | null;
}

export interface OpportunityRef {
  id: string;
  status: string;
  startDate: string;
  endDate: string;
  slots: number;
  minimumAge: number;
  gradeLevels: number[];
  requiredClearance: 'LEVEL_I' | 'LEVEL_II';
  /** The federal hazardous-occupation category of the work, when one applies. */
  hazardousOccupation: HazardousOccupation | null;
  compensation: { kind: 'WAGE' | 'STIPEND' | 'UNPAID'; hourlyRate: number | null };
  partner: {
    id: string;
    status: string;
    agreement: { signedOn: string; expiresOn: string } | null;
    insuranceExpiresOn: string | null;
    /** How many students the partner can host at once. */
    capacity: number;
  };
  worksite: { id: string } | null;
  program: { id: string } | null;
}

/** A program's department (owned by the students subgraph), snapshot on each placement. */
export interface ProgramRef {
  id: string;
  department: 'CTE' | 'ROADMAP' | 'TRADES';
}

export interface ContactRef {
  id: string;
  partner: { id: string };
  roles: string[];
  backgroundCheck: { level: 'LEVEL_I' | 'LEVEL_II'; status: string; expiresOn: string | null } | null;
}

const STUDENT_FIELDS = 'id dateOfBirth gradeLevel enrollmentStatus school { id } enrollments { program { id } schoolYear }';
const OPPORTUNITY_FIELDS = `id status startDate endDate slots minimumAge gradeLevels requiredClearance hazardousOccupation
  compensation { kind hourlyRate }
  partner { id status agreement { signedOn expiresOn } insuranceExpiresOn capacity }
  worksite { id }
  program { id }`;
const CONTACT_FIELDS = 'id partner { id } roles backgroundCheck { level status expiresOn }';

/**
 * Per-request lookups of other subgraphs' entities over HTTP, batched and cached for the request
 * (a bulk of time entries asks for each student once). Failures are SERVICE_UNAVAILABLE.
 */
export function createReferenceLoaders(settings: PlacementsSettings, signer: IdentitySigner, requestId: string) {
  const common = { service: 'placements', signer, timeoutMs: settings.entityLookupTimeoutMs, headers: () => ({ 'x-request-id': requestId }) };
  const students = new EntityClient({ ...common, subgraph: 'students', url: settings.studentsUrl });
  const partners = new EntityClient({ ...common, subgraph: 'partners', url: settings.partnersUrl });
  return {
    student: new DataLoader<string, StudentRef | null>((ids) => students.lookup<StudentRef>('Student', ids, STUDENT_FIELDS)),
    opportunity: new DataLoader<string, OpportunityRef | null>((ids) =>
      partners.lookup<OpportunityRef>('Opportunity', ids, OPPORTUNITY_FIELDS),
    ),
    program: new DataLoader<string, ProgramRef | null>((ids) => students.lookup<ProgramRef>('Program', ids, 'id department')),
    contact: new DataLoader<string, ContactRef | null>((ids) => partners.lookup<ContactRef>('PartnerContact', ids, CONTACT_FIELDS)),
  };
}

export type ReferenceLoaders = ReturnType<typeof createReferenceLoaders>;
