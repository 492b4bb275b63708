import type { MetricCubes, RequestContext } from '@careergraph/kit';
import type DataLoader from 'dataloader';
import type { EndorsementFacts } from './analytics/endorsement-progress';
import type { StudentsLoaders } from './loaders';
import type { StudentsOwners } from './owners/students-owners';
import type { StudentsServices } from './services';
import type { DisclosureLog } from './services/disclosure-log';

export interface StudentsContext extends RequestContext<StudentsLoaders> {
  services: StudentsServices;
  /** The placements, credentials and experiences subgraphs this request asks, batched per owner. */
  owners: StudentsOwners;
  /** Students' endorsement facts to date, one call per owner for the request's batch of students. */
  endorsementFacts: DataLoader<string, EndorsementFacts>;
  /** This request's reads of student information by non-school officials, written before the answer. */
  disclosures: DisclosureLog;
  /** This request's aggregate metrics, suppressed for the caller. */
  analytics: MetricCubes;
}
