import { connectionResolvers, JSONScalar, metricResolvers, scalarResolvers } from '@careergraph/kit';
import type { Resolvers } from '../generated/graphql';
import { Credential } from './credential.resolver';
import { CredentialAward } from './credential-award.resolver';
import { CollegeReadinessMetrics, CredentialAttainmentMetrics } from './credential-metrics.resolver';
import { Mutation } from './mutation.resolver';
import { Program } from './program.resolver';
import { SchoolYear } from './school-year.resolver';
import { School } from './school.resolver';
import { Partner } from './partner.resolver';
import { Query } from './query.resolver';
import { Student } from './student.resolver';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  JSON: JSONScalar,
  Query,
  Mutation,
  Credential,
  CredentialAward,
  Student,
  Partner,
  School,
  Program,
  SchoolYear,
  CredentialAttainmentMetrics,
  CollegeReadinessMetrics,
  ...metricResolvers,
  CredentialConnection: connectionResolvers,
  CredentialAwardConnection: connectionResolvers,
  CredentialAwardAuditEventConnection: connectionResolvers,
};
