import { randomUUID } from 'node:crypto';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { type Caller, createLogger, GraphQLHttpService, IDENTITY_HEADER, subgraphSigner } from '@careergraph/kit';
import { parse } from 'graphql';
import type { PartnerStudentAccess } from '../../src/loaders/partner-access-by-student.loader';

/**
 * TEST PEER standing in for the placements subgraph (its `Student.partnerAccess` is built on another
 * branch): a federation subgraph with exactly the cross-subgraph contract's SDL
 * (SECURITY-CONTRACT.md), answering from in-memory placements. It sits behind the kit's real HTTP
 * service, so requests must carry a valid identity signature, and it remembers who asked.
 */
const PEER_SDL = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@inaccessible"])
  type Student @key(fields: "id") {
    id: ID!
    "A partner's legitimate interest in this student (their placement), for the students subgraph's authorization; not in the public API."
    partnerAccess(partnerId: ID!): PartnerStudentAccess @inaccessible
  }
  type PartnerStudentAccess @inaccessible {
    placementId: ID!
    sharesEmail: Boolean!
    sharesPhone: Boolean!
  }
`);

export class PlacementsTestPeer {
  /** `${studentId}:${partnerId}` → the partner's current placement with the student. */
  private readonly placements = new Map<string, PartnerStudentAccess>();
  /** The verified caller of every HTTP request received. */
  readonly callers: Caller[] = [];
  private readonly service = new GraphQLHttpService<{ caller: Caller; requestId?: string }>({
    name: 'placements-test-peer',
    logger: createLogger('placements-test-peer', 'silent'),
    production: false,
    apollo: {
      schema: buildSubgraphSchema({
        typeDefs: PEER_SDL,
        resolvers: {
          Student: {
            __resolveReference: ({ id }: { id: string }) => ({ id }),
            partnerAccess: ({ id }: { id: string }, { partnerId }: { partnerId: string }) => this.placements.get(`${id}:${partnerId}`) ?? null,
          },
        } as never,
      }),
    },
    authenticate: (req) => subgraphSigner({ production: false }).verify(req.headers[IDENTITY_HEADER], (req.body as { query?: string }).query),
    context: async (_req, caller) => {
      this.callers.push(caller);
      return { caller };
    },
    ready: async () => true,
  });

  start(): Promise<string> {
    return this.service.listen('127.0.0.1', 0);
  }

  stop(): Promise<void> {
    return this.service.stop();
  }

  place(studentId: string, partnerId: string, access: Partial<PartnerStudentAccess> = {}): PartnerStudentAccess {
    const placement = { placementId: randomUUID(), sharesEmail: true, sharesPhone: true, ...access };
    this.placements.set(`${studentId}:${partnerId}`, placement);
    return placement;
  }
}
