import { randomUUID } from 'node:crypto';
import { createLogger } from '@careergraph/kit';
import { createRestartableTestDatabase, DISTRICT_ADMIN, openRestartableDataSource, type RestartableTestDatabase, testCaller } from '@careergraph/kit/testing';
import { studentsSubgraph } from '../src/server';
import { studentsFactories } from './factories';
import { PlacementsTestPeer } from './support/placements-test-peer';

/**
 * A disclosure is committed before its answer is sent, so a service that stops right after
 * answering still has it, even if its database restarts too: the service and its pool are closed,
 * the database is restarted (PGlite on its files; a real server keeps the database) and a new
 * service opens it.
 */
const logger = createLogger('test', 'silent');
let db: RestartableTestDatabase;

beforeAll(async () => {
  db = await createRestartableTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

it('keeps the record of a partner reading a student across a restart of the students subgraph', async () => {
  const peer = new PlacementsTestPeer();
  const placementsUrl = await peer.start();
  const partnerId = randomUUID();
  const partner = testCaller('PARTNER_USER', { partnerId }, 'partner-user-restart');

  const before = await openRestartableDataSource(studentsSubgraph.schema, db);
  const make = studentsFactories(before.dataSource);
  const student = await make.student(await make.school());
  const { placementId } = peer.place(student.id, partnerId);
  const first = studentsSubgraph.build({ dataSource: before.dataSource, logger, production: false, subgraphUrls: { placements: placementsUrl } });
  const read = await first.execute(
    { query: 'query HostCard($id: ID!) { student(id: $id) { preferredName } }', variables: { id: student.id }, operationName: 'HostCard' },
    { caller: partner },
  );
  expect(read.data).toEqual({ student: { preferredName: student.legalFirstName } });
  // The process goes away right after answering.
  await first.stop();
  await before.close();
  await db.restart();

  const after = await openRestartableDataSource(studentsSubgraph.schema, db);
  const second = studentsSubgraph.build({ dataSource: after.dataSource, logger, production: false, subgraphUrls: { placements: placementsUrl } });
  const record = await second.execute(
    {
      query: `query($id: ID!) { student(id: $id) { disclosures { edges { node {
        recipientSubject recipientRole partnerId fields operationName placementId allowed } } } } }`,
      variables: { id: student.id },
    },
    { caller: DISTRICT_ADMIN },
  );
  expect(record.errors).toBeUndefined();
  expect(record.data).toEqual({
    student: {
      disclosures: {
        edges: [
          {
            node: {
              recipientSubject: 'partner-user-restart',
              recipientRole: 'PARTNER_USER',
              partnerId,
              fields: ['preferredName'],
              operationName: 'HostCard',
              placementId,
              allowed: true,
            },
          },
        ],
      },
    },
  });
  await second.stop();
  await after.close();
  await peer.stop();
});
