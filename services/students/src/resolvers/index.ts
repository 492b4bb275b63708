import { connectionResolvers, metricResolvers, scalarResolvers } from '@careergraph/kit';
import type { Resolvers } from '../generated/graphql';
import { CareerInterests } from './career-interests.resolver';
import { Mutation } from './mutation.resolver';
import { Program } from './program.resolver';
import { ProgramEnrollment } from './program-enrollment.resolver';
import { Query } from './query.resolver';
import { EndorsementMetrics, GraduatingCohortMetrics, MetricGroup, PerkinsMetrics } from './student-metrics.resolver';
import { SchoolYear } from './school-year.resolver';
import { School } from './school.resolver';
import { Student } from './student.resolver';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Mutation,
  Student,
  CareerInterests,
  School,
  Program,
  ProgramEnrollment,
  SchoolYear,
  PerkinsMetrics,
  GraduatingCohortMetrics,
  EndorsementMetrics,
  Metric: metricResolvers.Metric,
  MetricGroup,
  StudentConnection: connectionResolvers,
  SchoolConnection: connectionResolvers,
};
