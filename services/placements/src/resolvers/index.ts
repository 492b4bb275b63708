import { connectionResolvers, JSONScalar, metricResolvers, scalarResolvers } from '@careergraph/kit';
import { AuditEvent } from './audit-event.resolver';
import type { Resolvers } from '../generated/graphql';
import { Mutation } from './mutation.resolver';
import { Opportunity } from './opportunity.resolver';
import { Partner } from './partner.resolver';
import { Program } from './program.resolver';
import { SchoolYear } from './school-year.resolver';
import { School } from './school.resolver';
import { WorkBasedLearningMetrics } from './work-based-learning-metrics.resolver';
import { PlacementStatusChange } from './placement-status-change.resolver';
import { Placement } from './placement.resolver';
import { Query } from './query.resolver';
import { StipendPeriod } from './stipend-period.resolver';
import { Student } from './student.resolver';
import { TimeEntry } from './time-entry.resolver';
import { AgreementSignature, TrainingAgreement } from './training-agreement.resolver';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  JSON: JSONScalar,
  Query,
  Mutation,
  Placement,
  PlacementStatusChange,
  TimeEntry,
  TrainingAgreement,
  AgreementSignature,
  StipendPeriod,
  Student,
  Partner,
  Opportunity,
  AuditEvent,
  School,
  Program,
  SchoolYear,
  WorkBasedLearningMetrics,
  ...metricResolvers,
  PlacementConnection: connectionResolvers,
  TimeEntryConnection: connectionResolvers,
  AuditEventConnection: connectionResolvers,
};
