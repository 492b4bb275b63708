import { connectionResolvers, scalarResolvers } from '@careergraph/kit';
import type { Resolvers } from '../generated/graphql';
import { Mutation } from './mutation.resolver';
import { Program } from './program.resolver';
import { ProgramEnrollment } from './program-enrollment.resolver';
import { Query } from './query.resolver';
import { School } from './school.resolver';
import { Student } from './student.resolver';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Mutation,
  Student,
  School,
  Program,
  ProgramEnrollment,
  StudentConnection: connectionResolvers,
  SchoolConnection: connectionResolvers,
};
