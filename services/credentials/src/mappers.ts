import type { ReadinessDeterminationEntity } from './entities/readiness-determination.entity';

/** What Student resolvers receive: the key the gateway sends; the students subgraph owns the rest. */
export interface StudentReference {
  id: string;
}

/** What Partner resolvers receive: the key; the partners subgraph owns the rest. */
export interface PartnerReference {
  id: string;
}

/** The latest determination per subject, null where none is recorded. */
export interface CollegeReadinessModel {
  math: ReadinessDeterminationEntity | null;
  english: ReadinessDeterminationEntity | null;
}
