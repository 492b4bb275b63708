import { today } from '@careergraph/kit';
import {
  ChangePartnerStatusDocument,
  CreatePartnerDocument,
  OpenOpportunitiesDocument,
  PartnerDirectoryDocument,
  PartnerProfileDocument,
} from '@careergraph/client';
import { type RunningSupergraph, startSupergraph } from './support/supergraph-harness';

let supergraph: RunningSupergraph;

beforeAll(async () => {
  supergraph = await startSupergraph({ seedDemo: true });
});

afterAll(async () => {
  await supergraph?.stop();
});

describe('partners through the gateway, on the demo data', () => {
  it('finds the named partners others look up, by the start of any word', async () => {
    const result = await supergraph.request(PartnerDirectoryDocument, { filter: { search: 'colleges' } });
    expect(result.errors).toBeUndefined();
    expect(result.data!.partners!.edges.map((e) => e.node.name)).toContain('City Colleges of Chicago');
    const gps = await supergraph.request(PartnerDirectoryDocument, { filter: { search: 'GPS', kind: 'INTERMEDIARY', status: 'ACTIVE' } });
    expect(gps.data!.partners!.edges.map((e) => e.node.name)).toEqual(['GPS Education Partners']);
  });

  it('pages the whole directory with opaque cursors, every partner once', async () => {
    const seen = new Set<string>();
    let after: string | null | undefined = null;
    let total = 0;
    do {
      const page: Awaited<ReturnType<typeof supergraph.request<any, any>>> = await supergraph.request(PartnerDirectoryDocument, { first: 25, after });
      expect(page.errors).toBeUndefined();
      total = page.data!.partners.totalCount;
      for (const edge of page.data!.partners.edges) seen.add(edge.node.id);
      after = page.data!.partners.pageInfo.hasNextPage ? page.data!.partners.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBeGreaterThanOrEqual(55);
    expect(seen.size).toBe(total);
  });

  it('lists opportunities open today with their programs, resolved by the students subgraph', async () => {
    const result = await supergraph.request(OpenOpportunitiesDocument, { filter: { openOn: today() }, first: 50 });
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.opportunities!.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      expect(node.status).toBe('PUBLISHED');
      expect(node.startDate <= today() && today() <= node.endDate).toBe(true);
      expect(node.partner.name).toBeTruthy();
    }
    const withProgram = nodes.filter((n) => n.program);
    expect(withProgram.length).toBeGreaterThan(0);
    for (const node of withProgram) expect(node.program!.name).toEqual(expect.any(String));
  });

  it('shows a partner profile with history, worksites, contacts and published opportunities', async () => {
    const directory = await supergraph.request(PartnerDirectoryDocument, { filter: { search: 'City Colleges' } });
    const id = directory.data!.partners!.edges[0].node.id;
    const result = await supergraph.request(PartnerProfileDocument, { id });
    expect(result.errors).toBeUndefined();
    const partner = result.data!.partner!;
    expect(partner).toMatchObject({ status: 'ACTIVE', agreement: { current: true } });
    expect(partner.statusHistory![0]).toMatchObject({ fromStatus: null, toStatus: 'PROSPECT' });
    expect(partner.statusHistory!.at(-1)!.toStatus).toBe('ACTIVE');
    expect(partner.worksites.length).toBeGreaterThan(0);
    expect(partner.contacts!.length).toBeGreaterThanOrEqual(2);
  });

  it('registers a partner, moves it along, and refuses a skipped step with its code, field and rule', async () => {
    const created = await supergraph.request(CreatePartnerDocument, {
      input: { name: 'E2E Test Foundry', kind: 'EMPLOYER', industrySector: 'Manufacturing', careerClusters: ['MANUFACTURING'], capacity: 4 },
    });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createPartner.partner.id;
    const skipped = await supergraph.request(ChangePartnerStatusDocument, { input: { partnerId: id, status: 'ACTIVE', reason: 'Skip' } });
    expect(skipped.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.status', rule: 'INVALID_STATUS_TRANSITION' });
    const vetting = await supergraph.request(ChangePartnerStatusDocument, { input: { partnerId: id, status: 'VETTING', reason: 'Site visit booked' } });
    expect(vetting.data!.changePartnerStatus).toEqual({
      partner: { id, status: 'VETTING' },
      change: { fromStatus: 'PROSPECT', toStatus: 'VETTING', changedBy: 'dev-district_admin', reason: 'Site visit booked' },
    });
  });
});

describe('federation entity resolution (_entities) for each partners @key', () => {
  const ENTITIES = `query($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Partner { id name }
      ... on Worksite { id partner { id } }
      ... on PartnerContact { id partner { id } }
      ... on Opportunity { id title program { id } }
    }
  }`;

  it('resolves Partner, Worksite, PartnerContact and Opportunity references, null for unknown or malformed ids', async () => {
    const [row] = await supergraph.dataSources.partners.query(
      `SELECT o.id AS opportunity_id, o.title, o.program_id, p.id AS partner_id, p.name,
              (SELECT w.id FROM partners.worksites w WHERE w.partner_id = p.id LIMIT 1) AS worksite_id,
              (SELECT c.id FROM partners.partner_contacts c WHERE c.partner_id = p.id LIMIT 1) AS contact_id
         FROM partners.opportunities o JOIN partners.partners p ON p.id = o.partner_id
        WHERE o.program_id IS NOT NULL ORDER BY o.id LIMIT 1`,
    );
    const result = await supergraph.subgraphRequest<any>('partners', ENTITIES, {
      representations: [
        { __typename: 'Partner', id: row.partner_id },
        { __typename: 'Worksite', id: row.worksite_id },
        { __typename: 'PartnerContact', id: row.contact_id },
        { __typename: 'Opportunity', id: row.opportunity_id },
        { __typename: 'Partner', id: '00000000-0000-4000-8000-000000000000' },
        { __typename: 'Opportunity', id: 'not-a-uuid' },
      ],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data._entities).toEqual([
      { __typename: 'Partner', id: row.partner_id, name: row.name },
      { __typename: 'Worksite', id: row.worksite_id, partner: { id: row.partner_id } },
      { __typename: 'PartnerContact', id: row.contact_id, partner: { id: row.partner_id } },
      { __typename: 'Opportunity', id: row.opportunity_id, title: row.title, program: { id: row.program_id } },
      null,
      null,
    ]);
  });

  it('publishes its SDL through _service for composition', async () => {
    const result = await supergraph.subgraphRequest<any>('partners', '{ _service { sdl } }');
    const sdl = result.data._service.sdl.replace(/\s+/g, ' ');
    for (const type of ['Partner', 'Worksite', 'PartnerContact', 'Opportunity']) expect(sdl).toContain(`type ${type} @key(fields: "id") {`);
    expect(sdl).toContain('type Program @key(fields: "id", resolvable: false) {');
  });
});
