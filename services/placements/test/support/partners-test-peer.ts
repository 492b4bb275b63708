import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import type { PlacementOpportunity, PlacementSupervisor } from '../../src/owners/placements-owners';

/**
 * TEST PEER standing in for the partners subgraph (built on another branch): a federation
 * subgraph that answers `_entities` for Opportunity and PartnerContact from in-memory fixtures,
 * with the field names and shapes of schema/partners.graphql. Enums are plain strings here, which
 * serialize the same over HTTP.
 */
const PEER_SDL = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Partner @key(fields: "id") { id: ID! name: String! status: String! agreement: Agreement insuranceExpiresOn: String capacity: Int! industrySector: String! }
  type Agreement { signedOn: String! expiresOn: String! }
  type Address { street: String! city: String! state: String! postalCode: String! }
  type Worksite @key(fields: "id") { id: ID! name: String! address: Address! }
  type Compensation { kind: String! hourlyRate: Float }
  type Program @key(fields: "id", resolvable: false) { id: ID! }
  type Opportunity @key(fields: "id") {
    id: ID! status: String! startDate: String! endDate: String! slots: Int! minimumAge: Int! gradeLevels: [Int!]!
    requiredClearance: String! hazardousOccupation: String compensation: Compensation! partner: Partner! worksite: Worksite program: Program
    continuumType: String! cedsType: String! careerCluster: String! title: String!
  }
  type BackgroundCheck { level: String! status: String! expiresOn: String }
  type PartnerContact @key(fields: "id") { id: ID! partner: Partner! roles: [String!]! backgroundCheck: BackgroundCheck firstName: String! lastName: String! title: String }
`);

export type PartnerFixture = PlacementOpportunity['partner'];

export class PartnersTestPeer {
  readonly opportunities = new Map<string, PlacementOpportunity>();
  readonly contacts = new Map<string, PlacementSupervisor>();
  /** The opportunity's WBL kind and cluster for reporting snapshots, by opportunity id (defaults otherwise). */
  readonly reporting = new Map<string, { continuumType: string; cedsType: string; careerCluster: string }>();
  /** Partners' industry sectors by partner id (default Manufacturing). */
  readonly industries = new Map<string, string>();
  private server: ApolloServer | null = null;
  url = '';

  async start(): Promise<string> {
    const find = <T>(map: Map<string, T>) => ({ id }: { id: string }) => map.get(id) ?? null;
    this.server = new ApolloServer({
      schema: buildSubgraphSchema({
        typeDefs: PEER_SDL,
        resolvers: {
          Opportunity: {
            __resolveReference: find(this.opportunities),
            // What the reporting snapshot reads; fixtures may set their own (see `reporting`).
            continuumType: (o: PlacementOpportunity) => this.reporting.get(o.id)?.continuumType ?? 'CAREER_DEVELOPMENT_EXPERIENCE',
            cedsType: (o: PlacementOpportunity) => this.reporting.get(o.id)?.cedsType ?? 'PAID_INTERNSHIP',
            careerCluster: (o: PlacementOpportunity) => this.reporting.get(o.id)?.careerCluster ?? 'MANUFACTURING',
            // What a training agreement's terms name; the same for every fixture.
            title: () => 'Machining intern',
          },
          Partner: { industrySector: (p: PartnerFixture) => this.industries.get(p.id) ?? 'Manufacturing', name: () => 'Lakeside Precision Machining' },
          Worksite: { name: () => 'Main shop', address: () => ({ street: '2400 W Lake St', city: 'Chicago', state: 'IL', postalCode: '60612' }) },
          PartnerContact: { __resolveReference: find(this.contacts), firstName: () => 'Dana', lastName: () => 'Reyes', title: () => 'Shop lead' },
        } as never,
      }),
      plugins: [ApolloServerPluginInlineTraceDisabled()],
    });
    ({ url: this.url } = await startStandaloneServer(this.server, { listen: { port: 0, host: '127.0.0.1' } }));
    return this.url;
  }

  async stop(): Promise<void> {
    await this.server?.stop();
    this.server = null;
  }

  /** An ACTIVE partner with an agreement and insurance covering 2025-07-01 to 2027-06-30, hosting up to 50 students. */
  partner(overrides: Partial<PartnerFixture> = {}): PartnerFixture {
    return {
      id: randomUUID(),
      status: 'ACTIVE',
      agreement: { signedOn: '2025-07-01', expiresOn: '2027-06-30' },
      insuranceExpiresOn: '2027-06-30',
      capacity: 50,
      ...overrides,
    };
  }

  /** A PUBLISHED, paid opportunity for grades 9–12, aged 14+, needing LEVEL_I supervision. */
  opportunity(overrides: Partial<PlacementOpportunity> = {}): PlacementOpportunity {
    const opportunity: PlacementOpportunity = {
      id: randomUUID(),
      status: 'PUBLISHED',
      startDate: '2026-01-05',
      endDate: '2026-06-30',
      slots: 5,
      minimumAge: 14,
      gradeLevels: [9, 10, 11, 12],
      requiredClearance: 'LEVEL_I',
      hazardousOccupation: null,
      compensation: { kind: 'STIPEND', hourlyRate: 15 },
      partner: this.partner(),
      worksite: { id: randomUUID() },
      program: null,
      ...overrides,
    };
    this.opportunities.set(opportunity.id, opportunity);
    return opportunity;
  }

  /** A supervisor of the partner with a LEVEL_I check cleared until 2027. */
  supervisor(partner: PartnerFixture, overrides: Partial<PlacementSupervisor> = {}): PlacementSupervisor {
    const contact: PlacementSupervisor = {
      id: randomUUID(),
      partner: { id: partner.id },
      roles: ['SUPERVISOR'],
      backgroundCheck: { level: 'LEVEL_I', status: 'CLEARED', expiresOn: '2027-01-31' },
      ...overrides,
    };
    this.contacts.set(contact.id, contact);
    return contact;
  }
}
