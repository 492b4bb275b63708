import { createHash } from 'node:crypto';
import type { BackgroundWorker, CareerGraphClaims } from '@careergraph/kit';
import { SmtpCatcher } from '@careergraph/kit/smtp-catcher';
import { PrepareTrainingAgreementDocument, SignTrainingAgreementDocument, TrainingAgreementEvidenceDocument } from '@careergraph/client';
import { tablesHolding } from './support/stored-text';
import { ok, type RunningSupergraph, startSupergraph } from './support/supergraph-harness';

/**
 * Issue 15's training agreements through the real supergraph on the demo world: staff prepare a
 * minor's agreement; its internal event goes through placements' outbox relay to the integrations
 * inbox, whose one-time-link mailer has placements mint a link and mails it (a real SMTP server on
 * 127.0.0.1); the guardian reads and signs through the mailed link the gateway forwards (no login;
 * the gateway's view of the client recorded), the link works once, and the student, host partner
 * and school coordinator sign through GraphQL until the agreement is complete.
 */
const PUBLIC_URL = 'https://careers.district.example';
let supergraph: RunningSupergraph;
let catcher: SmtpCatcher;
type Worker = BackgroundWorker & { runOnce(): Promise<number> };
let relay: Worker;
let mailer: Worker;

beforeAll(async () => {
  catcher = new SmtpCatcher();
  const smtpUrl = `smtp://127.0.0.1:${await catcher.listen('127.0.0.1', 0)}`;
  supergraph = await startSupergraph({ seedDemo: true, env: { SMTP_URL: smtpUrl, PUBLIC_URL } });
  relay = supergraph.workers('placements').find((worker) => worker.name === 'placements-outbox-relay') as Worker;
  mailer = supergraph.workers('integrations').find((worker) => worker.name === 'one-time-link-mails') as Worker;
});

afterAll(async () => {
  await supergraph?.stop();
  await catcher?.stop();
});

/** Rounds of `worker` until one finds nothing to do. */
async function drain(worker: Worker): Promise<void> {
  while ((await worker.runOnce()) > 0);
}

const link = (token: string) => new URL(`/agreements/guardian?token=${encodeURIComponent(token)}`, supergraph.gatewayUrl);

describe('the guardian signing link', () => {
  it('shows the terms without a login, signs once, and completes the agreement with the other parties', async () => {
    // An OFFERED demo placement of a student under 18 (the demo prepared it; preparing again supersedes that version).
    const candidates: { id: string; student_id: string; partner_id: string; school_id: string; start_date: string }[] = await supergraph.dataSources.placements.query(
      `SELECT p.id, p.student_id, p.partner_id, p.school_id, p.start_date::text FROM placements.placements p
        WHERE p.status = 'OFFERED' AND p.supervisor_id IS NOT NULL ORDER BY p.id`,
    );
    const minors: { id: string }[] = await supergraph.dataSources.students.query(
      `SELECT id FROM students.students WHERE id = ANY($1::uuid[]) AND date_of_birth > ($2::date - interval '18 years')`,
      [candidates.map((c) => c.student_id), candidates[0]?.start_date ?? '2026-01-01'],
    );
    const placement = candidates.find((c) => minors.some((m) => m.id === c.student_id))!;
    expect(placement).toBeDefined();
    const school: CareerGraphClaims = { role: 'SCHOOL_STAFF', schoolIds: [placement.school_id] };

    const prepared = ok(
      await supergraph.requestAs(school, PrepareTrainingAgreementDocument, {
        input: { placementId: placement.id, weeklyHourCap: 10, guardian: { name: 'Maria Lopez', email: 'maria.lopez@example.com' } },
      }),
    ).prepareTrainingAgreement;
    const staffToken = prepared.guardianSigningToken!;
    const agreement = prepared.placement.trainingAgreement!;
    expect(agreement.requiredParties).toContain('GUARDIAN');

    // The relay and the mailer's rounds, driven here: the mail carries a link minted when it was sent.
    await drain(relay);
    await drain(mailer);
    const mail = catcher.mails().find((m) => m.to.includes('maria.lopez@example.com'))!;
    expect(mail.subject).toMatch(/^Please sign .+ training agreement$/);
    expect(mail.headers['list-unsubscribe']).toBeUndefined();
    const mailed = new URL(/Read and sign the agreement: (\S+)/.exec(mail.text)![1]);
    expect(`${mailed.origin}${mailed.pathname}`).toBe(`${PUBLIC_URL}/agreements/guardian`);
    const token = mailed.searchParams.get('token')!;
    expect(token).not.toBe(staffToken);
    // Placements keeps the mailed link's hash; no token is anywhere in the integrations subgraph's tables.
    const hashes: { token_hash: string }[] = await supergraph.dataSources.placements.query(`SELECT token_hash FROM placements.guardian_signing_links`);
    expect(hashes.map((h) => h.token_hash)).toContain(createHash('sha256').update(token).digest('hex'));
    const tables: { table_name: string }[] = await supergraph.dataSources.integrations.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'integrations'`,
    );
    for (const { table_name } of tables) {
      const [{ n }] = await supergraph.dataSources.integrations.query(`SELECT count(*)::int AS n FROM integrations."${table_name}" t WHERE t::text LIKE '%' || $1 || '%'`, [token]);
      expect([table_name, n]).toEqual([table_name, 0]);
    }

    // Mailed, the event's data is forgotten in placements' outbox (relayed) and the inbox: the address
    // stays in placements' own records of the agreement and in the mail log's recipient.
    expect(await tablesHolding(supergraph.dataSources, 'maria.lopez@example.com')).toEqual([
      'integrations: integrations.sent_mails',
      'placements: placements.audit_events',
      'placements: placements.guardian_signing_links',
    ]);

    // The mailed link, at the test gateway's address (PUBLIC_URL names the district's).
    const page = await fetch(link(token));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await page.text();
    expect(html).toContain('Maria Lopez');
    expect(html).toContain(agreement.contentHash);

    const signed = await fetch(link(token), { method: 'POST', headers: { 'user-agent': 'Guardian phone browser' } });
    expect(signed.status).toBe(200);
    expect(await signed.text()).toContain('your signature is recorded');
    const again = await fetch(link(token), { method: 'POST' });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('already been used');
    expect((await fetch(link(`${token}x`))).status).toBe(400);

    const variables = { input: { placementId: placement.id, version: agreement.version, contentHash: agreement.contentHash } };
    ok(await supergraph.requestAs({ role: 'STUDENT', studentId: placement.student_id }, SignTrainingAgreementDocument, variables));
    ok(await supergraph.requestAs({ role: 'PARTNER_USER', partnerId: placement.partner_id }, SignTrainingAgreementDocument, variables));
    const last = ok(await supergraph.requestAs(school, SignTrainingAgreementDocument, variables)).signTrainingAgreement;
    expect(last.placement.trainingAgreement).toMatchObject({ complete: true, missingParties: [] });

    // The event read again with its mail forgotten: its data is gone, so nothing is minted or mailed.
    await supergraph.dataSources.integrations.query(`DELETE FROM integrations.sent_mails WHERE kind = 'GUARDIAN_SIGNING_LINK'`);
    await supergraph.dataSources.integrations.query(`UPDATE integrations.notification_cursors SET last_sequence = 0 WHERE name = 'one-time-links'`);
    catcher.clear();
    await drain(mailer);
    expect(catcher.mails().filter((m) => m.to.includes('maria.lopez@example.com'))).toEqual([]);

    const evidence = ok(await supergraph.requestAs(school, TrainingAgreementEvidenceDocument, { placementId: placement.id })).placement!.trainingAgreement!;
    const guardian = evidence.signatures.find((s) => s.party === 'GUARDIAN')!;
    expect(guardian).toMatchObject({ signerName: 'Maria Lopez', signerEmail: 'maria.lopez@example.com', userAgent: 'Guardian phone browser', contentHash: agreement.contentHash });
    expect(guardian.clientAddress).toMatch(/127\.0\.0\.1|::1/);
    // Signatures through GraphQL carry the client's address as the gateway saw it too.
    expect(evidence.signatures.find((s) => s.party === 'STUDENT')!.clientAddress).toMatch(/127\.0\.0\.1|::1/);
  });
});
