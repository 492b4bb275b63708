import { connectionResolvers, DateTimeScalar, metricResolvers } from '@careergraph/kit';
import type { Resolvers } from '../generated/graphql';
import { ExperienceEngagementMetrics, Partner, School, SchoolYear } from './analytics.resolver';
import { Experience, ExperienceAttendance, ExperienceRegistration, ExperienceTeam, StudentExperience } from './experience.resolver';
import { Mutation } from './mutation.resolver';
import { Query } from './query.resolver';
import { Student } from './student.resolver';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Experience,
  ExperienceRegistration,
  ExperienceAttendance,
  ExperienceTeam,
  StudentExperience,
  Student,
  School,
  SchoolYear,
  Partner,
  ExperienceEngagementMetrics,
  ...metricResolvers,
  ExperienceConnection: connectionResolvers,
  ExperienceRegistrationConnection: connectionResolvers,
  ExperienceAttendanceConnection: connectionResolvers,
  StudentExperienceConnection: connectionResolvers,
};
