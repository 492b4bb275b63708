import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DISTRICT_ADMIN } from '@careergraph/kit/testing';
import type { SchoolEntity } from '@careergraph/students/src/entities';
import { createPlacementInput, PlacementsHarness } from './support/placements-harness';

const h = new PlacementsHarness();
let school: SchoolEntity;

beforeAll(async () => {
  await h.start();
  school = await h.make.school();
}, 300_000);

afterAll(() => h.stop(), 60_000);

interface Exchange {
  owner: string;
  typenames: string[];
  sentAt: number;
  answeredAt: number;
}

/** An HTTP relay in front of an owner subgraph, noting each request placements sends it and when it was answered. */
async function relay(owner: string, target: string, log: Exchange[]) {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const body = Buffer.concat(chunks);
      const sentAt = performance.now();
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => name !== 'host' && name !== 'content-length')) as Record<string, string>;
      const answer = await fetch(target, { method: 'POST', headers, body });
      const text = await answer.text();
      const representations = (JSON.parse(body.toString()).variables?.representations ?? []) as { __typename: string }[];
      log.push({ owner, typenames: [...new Set(representations.map((r) => r.__typename))].sort(), sentAt, answeredAt: performance.now() });
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Requests sent before every earlier one was answered share its wave; a request after all answers starts the next. */
function waves(log: Exchange[]): number {
  const ordered = [...log].sort((a, b) => a.sentAt - b.sentAt);
  let count = 0;
  let lastAnswer = -Infinity;
  for (const exchange of ordered) {
    if (exchange.sentAt >= lastAnswer) count += 1;
    lastAnswer = Math.max(lastAnswer, exchange.answeredAt);
  }
  return count;
}

describe('owner lookups of createPlacement', () => {
  it('reads the student, program, opportunity, supervisor and reporting attributes in 3 requests and 2 waves', async () => {
    const program = await h.make.program([school], { department: 'TRADES' });
    const s = await h.setup(school, { opportunity: { program: { id: program.id } } });
    await h.make.enrollment(s.student, program);
    const log: Exchange[] = [];
    const students = await relay('students', h.settings.studentsUrl, log);
    const partners = await relay('partners', h.settings.partnersUrl, log);
    try {
      const server = h.build({ ...h.settings, studentsUrl: students.url, partnersUrl: partners.url });
      const query = 'mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { placement { program { id } department } } }';
      const result = await server.execute({ query, variables: { input: createPlacementInput(s) } }, { caller: DISTRICT_ADMIN });
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ createPlacement: { placement: { program: { id: program.id }, department: 'TRADES' } } });
      // One request to each owner for every type it owns, then the program once the enrollment is known.
      expect(log.map(({ owner, typenames }) => ({ owner, typenames }))).toEqual(
        expect.arrayContaining([
          { owner: 'students', typenames: ['Student'] },
          { owner: 'partners', typenames: ['Opportunity', 'PartnerContact'] },
          { owner: 'students', typenames: ['Program'] },
        ]),
      );
      expect(log).toHaveLength(3);
      expect(waves(log)).toBe(2);
    } finally {
      await students.close();
      await partners.close();
    }
  });
});
