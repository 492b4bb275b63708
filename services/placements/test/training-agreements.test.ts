import { createHash } from 'node:crypto';
import { type Caller, serviceCaller } from '@careergraph/kit';
import { DISTRICT_ADMIN, signedHeaders, testCaller } from '@careergraph/kit/testing';
import type { SchoolEntity } from '@careergraph/students/src/entities';
import { createPlacementInput, HARNESS_TODAY, type PlacementSetup, PlacementsHarness } from './support/placements-harness';

const h = new PlacementsHarness();
let school: SchoolEntity;
let SCHOOL: Caller;
let url: string;

beforeAll(async () => {
  await h.start();
  school = await h.make.school();
  SCHOOL = testCaller('SCHOOL_STAFF', { schoolIds: [school.id] });
  url = await h.server.listen('127.0.0.1', 0);
}, 300_000);

afterAll(() => h.stop(), 60_000);

const CREATE = `mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { placement { id } } }`;
const CHANGE = `mutation($input: ChangePlacementStatusInput!) { changePlacementStatus(input: $input) { placement { id status } } }`;
const RECORD = `mutation($input: RecordTrainingAgreementInput!) { recordTrainingAgreement(input: $input) { placement { id } } }`;
const AGREEMENT = `trainingAgreement {
  version terms contentHash recordedOnPaper requiredParties complete missingParties signedOn parentConsentOn weeklyHourCap sharedStudentContact
  signatures { party signerSubject signerName signerEmail contentHash clientAddress userAgent }
}`;
const PREPARE = `mutation($input: PrepareTrainingAgreementInput!) {
  prepareTrainingAgreement(input: $input) { guardianSigningToken guardianSigningExpiresAt placement { id ${AGREEMENT} } }
}`;
// What every party may read of an agreement (signatures' evidence is for staff).
const SIGN = `mutation($input: SignTrainingAgreementInput!) {
  signTrainingAgreement(input: $input) {
    signature { party signerSubject signedAt }
    placement { id trainingAgreement { version complete missingParties signedOn weeklyHourCap signatures { party signerSubject signedAt contentHash } } }
  }
}`;
const READ = `query($id: ID!) { placement(id: $id) { status ${AGREEMENT} } }`;
const SUBMIT = `mutation($input: SubmitTimeEntryInput!) { submitTimeEntry(input: $input) { timeEntry { id } } }`;

interface Agreement {
  version: number;
  terms: string;
  contentHash: string;
  requiredParties: string[];
  complete: boolean;
  missingParties: string[];
  signedOn: string | null;
  signatures: { party: string; signerName: string | null; signerEmail: string | null; clientAddress: string | null }[];
}

/** An ACCEPTED placement of a student born on `dateOfBirth` (16 at the start by default), with callers for each party. */
async function accepted(dateOfBirth = '2009-05-01') {
  const s: PlacementSetup = await h.setup(school, { student: { dateOfBirth } });
  const created = await h.run(CREATE, { input: createPlacementInput(s) });
  expect(created.errors).toBeUndefined();
  const id = (created.data as { createPlacement: { placement: { id: string } } }).createPlacement.placement.id;
  for (const status of ['OFFERED', 'ACCEPTED']) expect((await h.run(CHANGE, { input: { placementId: id, status } })).errors).toBeUndefined();
  return {
    id,
    student: testCaller('STUDENT', { studentId: s.student.id }, `student-${s.student.id}`),
    partner: testCaller('PARTNER_USER', { partnerId: s.opportunity.partner.id }, `partner-${s.opportunity.partner.id}`),
  };
}

async function prepare(placementId: string, extra: Record<string, unknown> = {}, caller: Caller = SCHOOL) {
  const result = await h.runAs(caller, PREPARE, { input: { placementId, weeklyHourCap: 12, ...extra } });
  expect(result.errors).toBeUndefined();
  const payload = (result.data as { prepareTrainingAgreement: { guardianSigningToken: string | null; placement: { trainingAgreement: Agreement } } }).prepareTrainingAgreement;
  return { token: payload.guardianSigningToken, agreement: payload.placement.trainingAgreement };
}

async function sign(caller: Caller, placementId: string, agreement: Pick<Agreement, 'version' | 'contentHash'>) {
  const result = await h.runAs(caller, SIGN, { input: { placementId, version: agreement.version, contentHash: agreement.contentHash } });
  expect(result.errors).toBeUndefined();
  return (result.data as { signTrainingAgreement: { signature: { party: string; signedAt: string }; placement: { trainingAgreement: Agreement } } }).signTrainingAgreement;
}

async function read(id: string): Promise<Agreement> {
  const result = await h.run(READ, { id });
  expect(result.errors).toBeUndefined();
  return (result.data as { placement: { trainingAgreement: Agreement } }).placement.trainingAgreement;
}

async function events(placementId: string): Promise<string[]> {
  const rows: { type: string }[] = await h.dataSource.query(
    `SELECT type FROM placements.outbox_events WHERE data->>'placementId' = $1 AND type LIKE 'agreement.%' ORDER BY position`,
    [placementId],
  );
  return rows.map((r) => r.type);
}

/** The guardian's link as the gateway forwards it: signed for the method and path, with the client's metadata. */
async function guardian(method: 'GET' | 'POST', token: string, signed = true) {
  const identity = signed ? await signedHeaders(`${method} /agreements/guardian`, serviceCaller('gateway')) : {};
  const client = Buffer.from(JSON.stringify({ address: '203.0.113.7', forwardedFor: null, userAgent: 'Family browser' })).toString('base64url');
  const target = new URL(`/agreements/guardian?token=${encodeURIComponent(token)}`, url);
  const response = await fetch(target, { method, headers: { ...identity, 'x-careergraph-client': client } });
  return { status: response.status, body: await response.text() };
}

/** The placements schema's tables, row for row, to show a refused guardian link wrote nothing. */
const snapshot = () => h.dataSource.query(`SELECT (SELECT count(*) FROM placements.agreement_signatures)::int AS signatures, (SELECT count(*) FROM placements.guardian_signing_links WHERE used_at IS NOT NULL)::int AS used, (SELECT count(*) FROM placements.audit_events)::int AS audit`);

const ACTIVATE = (placementId: string) => ({ input: { placementId, status: 'ACTIVE' } });

describe('prepareTrainingAgreement', () => {
  it('renders the terms from the placement and hashes them; an adult needs no guardian', async () => {
    const p = await accepted('2005-03-01');
    const { token, agreement } = await prepare(p.id, { sharedStudentContact: ['EMAIL'] });
    expect(token).toBeNull();
    expect(agreement).toMatchObject({
      version: 1,
      requiredParties: ['STUDENT', 'SUPERVISOR', 'SCHOOL_COORDINATOR'],
      complete: false,
      missingParties: ['STUDENT', 'SUPERVISOR', 'SCHOOL_COORDINATOR'],
      signedOn: null,
      signatures: [],
    });
    expect(agreement.contentHash).toBe(createHash('sha256').update(agreement.terms, 'utf8').digest('hex'));
    for (const fact of ['Lakeside Precision Machining', 'Machining intern', 'Main shop, 2400 W Lake St', 'Dana Reyes, Shop lead', '2026-01-05 to 2026-06-30', 'at most 12 hours in any week', '$15.00 an hour', "student's email"]) {
      expect(agreement.terms).toContain(fact);
    }
    expect(agreement.terms).not.toContain('under 18');
    await h.expectRefusedAs(SCHOOL, PREPARE, { input: { placementId: p.id, weeklyHourCap: 12, guardian: { name: 'Ana Ruiz', email: 'ana@example.com' } } }, {
      code: 'BAD_USER_INPUT',
      field: 'input.guardian',
      rule: 'GUARDIAN_NOT_REQUIRED',
    });
  });

  it('requires a guardian for a student under 18 and states the child-labor limits under 16', async () => {
    const p = await accepted('2010-09-01');
    await h.expectRefusedAs(SCHOOL, PREPARE, { input: { placementId: p.id, weeklyHourCap: 12 } }, { code: 'BAD_USER_INPUT', field: 'input.guardian', rule: 'GUARDIAN_REQUIRED' });
    const badMail = { input: { placementId: p.id, weeklyHourCap: 12, guardian: { name: 'Ana Ruiz', email: 'not-mail' } } };
    await h.expectRefused(PREPARE, badMail, { code: 'BAD_USER_INPUT', field: 'input.guardian.email' }, h.server, SCHOOL);
    const { token, agreement } = await prepare(p.id, { guardian: { name: 'Ana Ruiz', email: 'Ana@Example.com' } });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(agreement.requiredParties).toEqual(['STUDENT', 'GUARDIAN', 'SUPERVISOR', 'SCHOOL_COORDINATOR']);
    expect(agreement.terms).toContain('under 18 at the start');
    expect(agreement.terms).toContain('at most 3 hours on a school day');
    // The token is stored hashed only; the public event names no guardian, the internal one (the mailer's) no token.
    const links: { token_hash: string; guardian_email: string }[] = await h.dataSource.query(`SELECT token_hash, guardian_email FROM placements.guardian_signing_links`);
    expect(links.some((l) => l.token_hash === createHash('sha256').update(token!).digest('hex') && l.guardian_email === 'ana@example.com')).toBe(true);
    const emitted: { type: string; audience: string; data: Record<string, unknown> }[] = await h.dataSource.query(
      `SELECT type, audience, data FROM placements.outbox_events WHERE data->>'placementId' = $1 AND type IN ('agreement.signature-requested', 'agreement.guardian-link-requested') ORDER BY position`,
      [p.id],
    );
    expect(emitted.map((e) => [e.type, e.audience])).toEqual([['agreement.signature-requested', 'PUBLIC'], ['agreement.guardian-link-requested', 'INTERNAL']]);
    expect(emitted[0].data).toMatchObject({ party: 'GUARDIAN' });
    expect(JSON.stringify(emitted[0].data)).not.toContain('ana@example.com');
    expect(emitted[1].data).toMatchObject({ guardianName: 'Ana Ruiz', guardianEmail: 'ana@example.com', version: agreement.version });
    expect(JSON.stringify(emitted)).not.toContain(token!);
  });

  it('needs a weekly cap, staff in scope, and an open placement', async () => {
    const p = await accepted('2005-03-01');
    await h.expectRefusedAs(SCHOOL, PREPARE, { input: { placementId: p.id } }, { code: 'BAD_USER_INPUT', field: 'input.weeklyHourCap', rule: 'WEEKLY_HOUR_CAP_REQUIRED' });
    const otherSchool = testCaller('SCHOOL_STAFF', { schoolIds: [(await h.make.school()).id] });
    await h.expectRefused(PREPARE, { input: { placementId: p.id, weeklyHourCap: 12 } }, { code: 'FORBIDDEN' }, h.server, otherSchool);
    await h.expectRefused(PREPARE, { input: { placementId: p.id, weeklyHourCap: 12 } }, { code: 'FORBIDDEN' }, h.server, p.student);
    expect((await h.run(CHANGE, { input: { placementId: p.id, status: 'WITHDRAWN', reason: 'moved' } })).errors).toBeUndefined();
    await h.expectRefusedAs(SCHOOL, PREPARE, { input: { placementId: p.id, weeklyHourCap: 12 } }, { code: 'BAD_USER_INPUT', field: 'input.placementId', rule: 'PLACEMENT_CLOSED' });
  });
});

describe('signTrainingAgreement and activation', () => {
  it('refuses activation until every party signed, then activates; re-signing returns the signature given', async () => {
    const p = await accepted('2005-03-01');
    const { agreement } = await prepare(p.id);
    const incomplete = await h.expectRefused(CHANGE, ACTIVATE(p.id), { code: 'BAD_USER_INPUT', field: 'input.placementId', rule: 'AGREEMENT_INCOMPLETE' });
    expect(incomplete.extensions).toMatchObject({ missingParties: ['STUDENT', 'SUPERVISOR', 'SCHOOL_COORDINATOR'] });

    const first = await sign(p.student, p.id, agreement);
    expect(first.signature).toMatchObject({ party: 'STUDENT', signerSubject: p.student.subject });
    const again = await h.runAs(p.student, SIGN, { input: { placementId: p.id, version: 1, contentHash: agreement.contentHash } });
    expect((again.data as { signTrainingAgreement: { signature: { signedAt: string } } }).signTrainingAgreement.signature.signedAt).toBe(first.signature.signedAt);
    await sign(p.partner, p.id, agreement);
    const partial = await h.expectRefused(CHANGE, ACTIVATE(p.id), { code: 'BAD_USER_INPUT', rule: 'AGREEMENT_INCOMPLETE' });
    expect(partial.extensions).toMatchObject({ missingParties: ['SCHOOL_COORDINATOR'] });
    const last = await sign(SCHOOL, p.id, agreement);
    expect(last.placement.trainingAgreement).toMatchObject({ complete: true, missingParties: [], signedOn: HARNESS_TODAY, weeklyHourCap: 12 });
    expect(last.placement.trainingAgreement.signatures.map((s) => s.party)).toEqual(['STUDENT', 'SUPERVISOR', 'SCHOOL_COORDINATOR']);
    expect(await events(p.id)).toEqual(['agreement.signed', 'agreement.signed', 'agreement.signed', 'agreement.completed']);
    expect((await h.run(CHANGE, ACTIVATE(p.id))).errors).toBeUndefined();
  });

  it('refuses a stale or tampered hash, a superseded version, and callers who are not the party', async () => {
    const p = await accepted('2005-03-01');
    const v1 = (await prepare(p.id)).agreement;
    await sign(p.student, p.id, v1);
    const tampered = { placementId: p.id, version: 1, contentHash: v1.contentHash.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')) };
    await h.expectRefused(SIGN, { input: tampered }, { code: 'BAD_USER_INPUT', field: 'input.contentHash', rule: 'AGREEMENT_VERSION_CHANGED' }, h.server, p.partner);
    const v2 = (await prepare(p.id, { weeklyHourCap: 10 })).agreement;
    expect(v2).toMatchObject({ version: 2, signatures: [], missingParties: ['STUDENT', 'SUPERVISOR', 'SCHOOL_COORDINATOR'] });
    await h.expectRefused(SIGN, { input: { placementId: p.id, version: 1, contentHash: v1.contentHash } }, { code: 'BAD_USER_INPUT', rule: 'AGREEMENT_VERSION_CHANGED' }, h.server, p.student);
    const stranger = testCaller('STUDENT', { studentId: '00000000-0000-4000-8000-000000000001' });
    await h.expectRefused(SIGN, { input: { placementId: p.id, version: 2, contentHash: v2.contentHash } }, { code: 'FORBIDDEN' }, h.server, stranger);
    const otherPartner = testCaller('PARTNER_USER', { partnerId: '00000000-0000-4000-8000-000000000002' });
    await h.expectRefused(SIGN, { input: { placementId: p.id, version: 2, contentHash: v2.contentHash } }, { code: 'FORBIDDEN' }, h.server, otherPartner);
    // A district administrator is not a party.
    await h.expectRefused(SIGN, { input: { placementId: p.id, version: 2, contentHash: v2.contentHash } }, { code: 'FORBIDDEN' }, h.server, DISTRICT_ADMIN);
  });

  it('refuses signing before an agreement is prepared', async () => {
    const p = await accepted('2005-03-01');
    await h.expectRefused(SIGN, { input: { placementId: p.id, version: 1, contentHash: 'x' } }, { code: 'BAD_USER_INPUT', rule: 'AGREEMENT_NOT_PREPARED' }, h.server, p.student);
  });

  it('refuses hours on an ACTIVE placement whose new version is not signed yet', async () => {
    const s = await h.setup(school, { student: { dateOfBirth: '2005-03-01' } });
    const placement = await h.make.placement({
      studentId: s.student.id,
      opportunityId: s.opportunity.id,
      partnerId: s.opportunity.partner.id,
      supervisorId: s.supervisor.id,
      schoolId: school.id,
    });
    // Recorded before versions existed: it counts as a complete paper agreement.
    expect(await read(placement.id)).toMatchObject({ version: 1, recordedOnPaper: true, complete: true, signatures: [] });
    // The paper record becomes version 1, so the new one is version 2.
    const v2 = (await prepare(placement.id)).agreement;
    expect(v2).toMatchObject({ version: 2, signedOn: null, complete: false });
    const student = testCaller('STUDENT', { studentId: s.student.id });
    const entry = (key: string) => ({ input: { placementId: placement.id, workDate: '2026-01-06', durationMinutes: 60, idempotencyKey: key } });
    await h.expectRefused(SUBMIT, entry('agr-1'), { code: 'BAD_USER_INPUT', field: 'input.placementId', rule: 'AGREEMENT_INCOMPLETE' }, h.server, student);
    const partner = testCaller('PARTNER_USER', { partnerId: s.opportunity.partner.id });
    for (const caller of [student, partner, SCHOOL]) await sign(caller, placement.id, v2);
    // Signed again: hours worked under the first agreement (signed 2025-12-15) are still covered.
    expect(await read(placement.id)).toMatchObject({ complete: true, signedOn: '2025-12-15' });
    expect((await h.runAs(student, SUBMIT, entry('agr-2'))).errors).toBeUndefined();
  });
});

describe('recordTrainingAgreement (on paper)', () => {
  it('records a paper version that supersedes an electronic one and completes the agreement', async () => {
    const p = await accepted('2005-03-01');
    await prepare(p.id);
    expect((await h.run(RECORD, { input: { placementId: p.id, signedOn: '2025-12-15', weeklyHourCap: 15 } })).errors).toBeUndefined();
    expect(await read(p.id)).toMatchObject({ version: 2, recordedOnPaper: true, complete: true, missingParties: [], signedOn: '2025-12-15', weeklyHourCap: 15 });
    expect((await h.run(CHANGE, ACTIVATE(p.id))).errors).toBeUndefined();
  });
});

describe('the guardian signing link', () => {
  async function minorWithLink() {
    const p = await accepted('2009-05-01');
    const { token, agreement } = await prepare(p.id, { guardian: { name: 'Ana Ruiz', email: 'ana@example.com' } });
    return { ...p, token: token!, agreement };
  }

  it('shows the terms, records the guardian signature once, and completes with the other parties', async () => {
    const p = await minorWithLink();
    const page = await guardian('GET', p.token);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Ana Ruiz');
    expect(page.body).toContain('Lakeside Precision Machining');
    expect(page.body).toContain(p.agreement.contentHash);
    expect((await read(p.id)).signatures).toEqual([]);

    expect((await guardian('POST', p.token)).status).toBe(200);
    expect((await read(p.id)).signatures).toEqual([
      expect.objectContaining({ party: 'GUARDIAN', signerName: 'Ana Ruiz', signerEmail: 'ana@example.com', clientAddress: '203.0.113.7', userAgent: 'Family browser', contentHash: p.agreement.contentHash }),
    ]);
    const before = await snapshot();
    const reused = await guardian('POST', p.token);
    expect(reused.status).toBe(400);
    expect(reused.body).toContain('already been used');
    expect(await snapshot()).toEqual(before);

    for (const caller of [p.student, p.partner, SCHOOL]) await sign(caller, p.id, p.agreement);
    expect(await read(p.id)).toMatchObject({ complete: true, signedOn: HARNESS_TODAY, parentConsentOn: HARNESS_TODAY });
    expect((await h.run(CHANGE, ACTIVATE(p.id))).errors).toBeUndefined();
  });

  it('refuses an expired, tampered, superseded or unsigned request and writes nothing', async () => {
    const expired = await minorWithLink();
    await h.dataSource.query(`UPDATE placements.guardian_signing_links SET expires_at = now() - interval '1 minute' WHERE token_hash = $1`, [
      createHash('sha256').update(expired.token).digest('hex'),
    ]);
    const superseded = await minorWithLink();
    await prepare(superseded.id, { guardian: { name: 'Ana Ruiz', email: 'ana@example.com' } });
    const before = await snapshot();
    const cases: [string, Awaited<ReturnType<typeof guardian>>, number, string][] = [
      ['expired', await guardian('POST', expired.token), 400, 'expired'],
      ['tampered', await guardian('POST', `${expired.token.slice(0, -1)}${expired.token.endsWith('A') ? 'B' : 'A'}`), 400, 'not valid'],
      ['superseded', await guardian('POST', superseded.token), 400, 'changed'],
      ['not signed by the gateway', await guardian('POST', expired.token, false), 401, 'only reachable'],
    ];
    for (const [, response, status, text] of cases) {
      expect(response.status).toBe(status);
      expect(response.body).toContain(text);
    }
    expect((await guardian('GET', expired.token)).status).toBe(400);
    expect(await snapshot()).toEqual(before);
  });
});

describe('issueGuardianSigningLink (the mailer mints at send time)', () => {
  const ISSUE = `mutation($placementId: ID!) { issueGuardianSigningLink(placementId: $placementId) { token url expiresAt version guardianName guardianEmail } }`;
  const MAILER = serviceCaller('integrations');
  interface Issued { token: string; url: string; expiresAt: string; version: number; guardianName: string; guardianEmail: string }

  async function issue(placementId: string): Promise<Issued> {
    const result = await h.runAs(MAILER, ISSUE, { placementId });
    expect(result.errors).toBeUndefined();
    return (result.data as { issueGuardianSigningLink: Issued }).issueGuardianSigningLink;
  }

  it('mints a fresh link for the current version each time, keeps only its hash, and earlier links still sign until one is used', async () => {
    const p = await accepted();
    const { agreement } = await prepare(p.id, { guardian: { name: 'Ana Ruiz', email: 'Ana@Example.com' } });
    const first = await issue(p.id);
    // A retry after a failed send mints another; the first (perhaps delivered after all) is not revoked.
    const second = await issue(p.id);
    expect(first.token).not.toBe(second.token);
    expect(second).toMatchObject({ version: agreement.version, guardianName: 'Ana Ruiz', guardianEmail: 'ana@example.com' });
    expect(second.url).toBe(`/agreements/guardian?token=${encodeURIComponent(second.token)}`);
    expect(new Date(second.expiresAt).getTime()).toBeGreaterThan(Date.now() + 13 * 86_400_000);
    const stored: { token_hash: string }[] = await h.dataSource.query(
      `SELECT l.token_hash FROM placements.guardian_signing_links l JOIN placements.training_agreements a ON a.id = l.agreement_id WHERE a.placement_id = $1`,
      [p.id],
    );
    expect(stored).toHaveLength(3);
    const hashes = stored.map((row) => row.token_hash);
    for (const { token } of [first, second]) expect(hashes).toContain(createHash('sha256').update(token).digest('hex'));
    const everything = JSON.stringify(await h.dataSource.query(`SELECT row_to_json(e)::text AS row FROM placements.audit_events e UNION ALL SELECT row_to_json(o)::text FROM placements.outbox_events o`));
    for (const { token } of [first, second]) expect(everything).not.toContain(token);

    expect((await guardian('GET', first.token)).status).toBe(200);
    expect((await guardian('GET', second.token)).status).toBe(200);
    expect((await guardian('POST', first.token)).body).toContain('your signature is recorded');
    // Signed: no link is minted any more.
    await h.expectRefused(ISSUE, { placementId: p.id }, { code: 'CONFLICT', rule: 'GUARDIAN_SIGNATURE_NOT_PENDING' }, h.server, MAILER);
  });

  it('refuses when no guardian signs, the placement is unknown, and every caller but SERVICE', async () => {
    const adult = await accepted('2005-03-01');
    await prepare(adult.id);
    await h.expectRefused(ISSUE, { placementId: adult.id }, { code: 'CONFLICT', rule: 'GUARDIAN_SIGNATURE_NOT_PENDING' }, h.server, MAILER);
    const unprepared = await accepted();
    await h.expectRefused(ISSUE, { placementId: unprepared.id }, { code: 'CONFLICT', rule: 'GUARDIAN_SIGNATURE_NOT_PENDING' }, h.server, MAILER);
    const missing = await h.runAs(MAILER, ISSUE, { placementId: '00000000-0000-4000-8000-000000000000' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const minor = await accepted();
    await prepare(minor.id, { guardian: { name: 'Ana Ruiz', email: 'ana@example.com' } });
    for (const caller of [DISTRICT_ADMIN, SCHOOL, minor.student]) {
      const refused = await h.runAs(caller, ISSUE, { placementId: minor.id });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
