import { type Caller, createLogger } from '@careergraph/kit';
import { DISTRICT_ADMIN, expectRefused as expectRefusal, openTestDataSource, type TestDataSource } from '@careergraph/kit/testing';
import { experiencesSubgraph } from '@careergraph/experiences';
import { experiencesFactories } from '@careergraph/experiences/test/factories';
import { studentsSubgraph } from '@careergraph/students';
import { studentsFactories } from '@careergraph/students/test/factories';
import type { SchoolEntity, StudentEntity } from '@careergraph/students/src/entities';
import type { DataSource } from 'typeorm';
import { DEFAULT_CHILD_LABOR_RULES } from '../../src/config/child-labor-rules';
import { DEFAULT_HAZARDOUS_OCCUPATION_RULES } from '../../src/config/hazardous-occupations';
import type { PlacementsSettings } from '../../src/config/placements-settings';
import { placementsSubgraph } from '../../src/server';
import type { PlacementOpportunity, PlacementSupervisor } from '../../src/owners/placements-owners';
import { placementsFactories } from '../factories';
import { PartnersTestPeer } from './partners-test-peer';

export type PlacementsServer = ReturnType<typeof placementsSubgraph.build>;

/** A student, an opportunity and its supervisor: what a placement is created from. */
export interface PlacementSetup {
  student: StudentEntity;
  opportunity: PlacementOpportunity;
  supervisor: PlacementSupervisor;
}

/** `createPlacement`'s input for a setup. */
export const createPlacementInput = (s: PlacementSetup, extra: Record<string, unknown> = {}) => ({
  studentId: s.student.id,
  opportunityId: s.opportunity.id,
  supervisorId: s.supervisor.id,
  plannedHours: 120,
  ...extra,
});

/** The harness's "today": after every work date the fixtures use, before their paperwork expires. */
export const HARNESS_TODAY = '2026-07-01';

/**
 * The placements subgraph in-process, talking over HTTP (port 0) to the real students subgraph
 * on its own test database and to the partners test peer.
 */
export class PlacementsHarness {
  placementsDb!: TestDataSource;
  studentsDb!: TestDataSource;
  students!: ReturnType<typeof studentsSubgraph.build>;
  peer = new PartnersTestPeer();
  server!: PlacementsServer;
  settings!: PlacementsSettings;
  studentsUrl = '';
  /** The real experiences subgraph (its own test database), started by the tests of the metrics that count attended experiences. */
  experiences?: { server: ReturnType<typeof experiencesSubgraph.build>; db: TestDataSource; url: string; make: ReturnType<typeof experiencesFactories> };
  make!: ReturnType<typeof studentsFactories> & ReturnType<typeof placementsFactories>;
  private readonly logger = createLogger('test', 'silent');

  get dataSource(): DataSource {
    return this.placementsDb.dataSource;
  }

  async start(): Promise<void> {
    this.studentsDb = await openTestDataSource(studentsSubgraph.schema);
    this.placementsDb = await openTestDataSource(placementsSubgraph.schema);
    this.students = studentsSubgraph.build({ dataSource: this.studentsDb.dataSource, logger: this.logger, production: false, subgraphUrls: {} });
    this.studentsUrl = await this.students.listen('127.0.0.1', 0);
    const partnersUrl = await this.peer.start();
    this.settings = {
      studentsUrl: this.studentsUrl,
      partnersUrl,
      experiencesUrl: () => this.experiences?.url,
      entityLookupTimeoutMs: 2000,
      reportLookupTimeoutMs: 30_000,
      childLabor: DEFAULT_CHILD_LABOR_RULES,
      hazardousOccupations: DEFAULT_HAZARDOUS_OCCUPATION_RULES,
      // The fixtures' paperwork runs to 2027; a pinned day keeps standing checks from aging out.
      today: () => HARNESS_TODAY,
      payPeriodAnchor: '2025-07-07',
      payPeriodDays: 14,
    };
    this.server = this.build(this.settings);
    this.make = { ...studentsFactories(this.studentsDb.dataSource), ...placementsFactories(this.dataSource) };
  }

  build(settings: PlacementsSettings): PlacementsServer {
    return placementsSubgraph.build({ dataSource: this.dataSource, logger: this.logger, production: false, subgraphUrls: {} }, settings);
  }

  /** Starts the experiences subgraph, which looks students up in this harness's students subgraph. */
  async startExperiences(): Promise<NonNullable<PlacementsHarness['experiences']>> {
    const db = await openTestDataSource(experiencesSubgraph.schema);
    const server = experiencesSubgraph.build(
      { dataSource: db.dataSource, logger: this.logger, production: false, subgraphUrls: {} },
      { studentsUrl: this.studentsUrl, partnersUrl: this.peer.url, entityLookupTimeoutMs: 2000 },
    );
    this.experiences = { server, db, url: await server.listen('127.0.0.1', 0), make: experiencesFactories(db.dataSource) };
    return this.experiences;
  }

  async stop(): Promise<void> {
    await this.experiences?.server.stop();
    await this.experiences?.db.close();
    await this.server?.stop();
    await this.peer.stop();
    await this.students?.stop();
    await this.placementsDb?.close();
    await this.studentsDb?.close();
  }

  /** A student of `school` (16, grade 11), an opportunity and a supervisor that pass every check, each overridable. */
  async setup(
    school: SchoolEntity,
    overrides: { student?: Partial<StudentEntity>; opportunity?: Partial<PlacementOpportunity>; supervisor?: Partial<PlacementSupervisor> } = {},
  ): Promise<PlacementSetup> {
    const student = await this.make.student(school, { dateOfBirth: '2009-05-01', gradeLevel: 11, ...overrides.student });
    const opportunity = this.peer.opportunity(overrides.opportunity);
    const supervisor = this.peer.supervisor(opportunity.partner, overrides.supervisor);
    return { student, opportunity, supervisor };
  }

  run(query: string, variables?: Record<string, unknown>) {
    return this.runAs(DISTRICT_ADMIN, query, variables);
  }

  /** Runs an operation as `caller`, the way the gateway's signed identity would reach the subgraph. */
  runAs(caller: Caller, query: string, variables?: Record<string, unknown>) {
    return this.server.execute({ query, variables }, { caller });
  }

  /** `_entities` for `representations`, asked in-process by `caller` with `selection` on each. */
  entities(caller: Caller, typename: string, ids: readonly string[], selection: string) {
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { ${selection} } } }`;
    return this.runAs(caller, query, { representations: ids.map((id) => ({ __typename: typename, id })) });
  }

  /** Runs a mutation that must be refused and checks code, field, rule, and that nothing was written. */
  async expectRefused(
    query: string,
    variables: Record<string, unknown>,
    expected: { code: string; field?: string; rule?: string },
    server: PlacementsServer = this.server,
    caller: Caller = DISTRICT_ADMIN,
  ) {
    return expectRefusal(() => server.execute({ query, variables }, { caller }), { dataSource: this.dataSource, schema: 'placements' }, expected);
  }

  /** A mutation `caller` may not make: refused with `expected` (FORBIDDEN unless told), nothing written, no audit event. */
  expectRefusedAs(caller: Caller, query: string, variables: Record<string, unknown>, expected: { code?: string; field?: string; rule: string }) {
    return this.expectRefused(query, variables, { code: 'FORBIDDEN', ...expected }, this.server, caller);
  }
}
