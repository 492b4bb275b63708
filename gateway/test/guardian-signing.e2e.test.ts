import type { CareerGraphClaims } from '@careergraph/kit';
import { PrepareTrainingAgreementDocument, SignTrainingAgreementDocument, TrainingAgreementEvidenceDocument } from '@careergraph/client';
import { type GraphQLResponse, type RunningSupergraph, startSupergraph } from './support/supergraph-harness';

/**
 * Issue 15's training agreements through the real supergraph on the demo world: staff prepare a
 * minor's agreement, the guardian reads and signs it through the public link the gateway forwards
 * (no login; the gateway's view of the client recorded), the link works once, and the student,
 * host partner and school coordinator sign through GraphQL until the agreement is complete.
 */
let supergraph: RunningSupergraph;

beforeAll(async () => {
  supergraph = await startSupergraph({ seedDemo: true });
});

afterAll(async () => {
  await supergraph?.stop();
});

function ok<T>(response: GraphQLResponse<T>): T {
  expect(response.errors).toBeUndefined();
  return response.data!;
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
    const token = prepared.guardianSigningToken!;
    const agreement = prepared.placement.trainingAgreement!;
    expect(agreement.requiredParties).toContain('GUARDIAN');

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

    const evidence = ok(await supergraph.requestAs(school, TrainingAgreementEvidenceDocument, { placementId: placement.id })).placement!.trainingAgreement!;
    const guardian = evidence.signatures.find((s) => s.party === 'GUARDIAN')!;
    expect(guardian).toMatchObject({ signerName: 'Maria Lopez', signerEmail: 'maria.lopez@example.com', userAgent: 'Guardian phone browser', contentHash: agreement.contentHash });
    expect(guardian.clientAddress).toMatch(/127\.0\.0\.1|::1/);
    // Signatures through GraphQL carry the client's address as the gateway saw it too.
    expect(evidence.signatures.find((s) => s.party === 'STUDENT')!.clientAddress).toMatch(/127\.0\.0\.1|::1/);
  });
});
