import { buildSubgraphSchema } from '@apollo/subgraph';
import { type Caller, createLogger, GraphQLHttpService, IDENTITY_HEADER, subgraphSigner } from '@careergraph/kit';
import { parse } from 'graphql';
import type { MatchingStudentFragment } from '../../src/generated/owners/graphql';

/**
 * TEST PEER standing in for students and placements in a student's matches: the student's facts
 * (`_entities` on Student, as the students subgraph answers SERVICE) and the slots held
 * (placements' SERVICE-only `reportingSlotsHeld`), from memory, behind the kit's real HTTP service
 * (requests must be signed). Counts the requests it receives.
 */
const PEER_SDL = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query { reportingSlotsHeld(opportunityIds: [ID!]!): [OpportunitySlotsHeld!]! }
  type OpportunitySlotsHeld { opportunityId: ID! held: Int! }
  type Student @key(fields: "id") {
    id: ID!
    dateOfBirth: String
    gradeLevel: Int
    enrollmentStatus: String
    school: School
    enrollments: [Enrollment!]
    careerInterests: CareerInterests
  }
  type School { id: ID! location: GeoPoint }
  type GeoPoint { latitude: Float! longitude: Float! }
  type Enrollment { endDate: String program: Program! }
  type Program { id: ID! careerCluster: String! }
  type CareerInterests { clusters: [String!]! inventory: Inventory }
  type Inventory { name: String! clusters: [String!]! }
`);

export class MatchingOwnersTestPeer {
  readonly students = new Map<string, MatchingStudentFragment>();
  readonly slotsHeld = new Map<string, number>();
  readonly callers: Caller[] = [];
  private readonly service = new GraphQLHttpService<{ caller: Caller; requestId?: string }>({
    name: 'matching-owners-test-peer',
    logger: createLogger('matching-owners-test-peer', 'silent'),
    production: false,
    apollo: {
      schema: buildSubgraphSchema({
        typeDefs: PEER_SDL,
        resolvers: {
          Query: {
            reportingSlotsHeld: (_: unknown, { opportunityIds }: { opportunityIds: string[] }) =>
              opportunityIds.filter((id) => this.slotsHeld.has(id)).map((id) => ({ opportunityId: id, held: this.slotsHeld.get(id) })),
          },
          Student: { __resolveReference: ({ id }: { id: string }) => this.students.get(id) ?? null },
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
}
