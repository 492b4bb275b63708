import type { Connection } from './connection';

/** Field resolvers every connection type shares: the count runs only when selected. */
export const connectionResolvers = {
  totalCount: <T>(connection: Connection<T>) => connection.totalCount(),
};
