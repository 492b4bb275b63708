import { connectionResolvers, JSONScalar, scalarResolvers } from '@careergraph/kit';
import type { Resolvers } from '../generated/graphql';
import { Credential } from './credential.resolver';
import { CredentialAward } from './credential-award.resolver';
import { Mutation } from './mutation.resolver';
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
  CredentialConnection: connectionResolvers,
  CredentialAwardConnection: connectionResolvers,
};
