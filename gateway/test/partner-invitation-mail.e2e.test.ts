import { createHash } from 'node:crypto';
import type { BackgroundWorker } from '@careergraph/kit';
import { SmtpCatcher } from '@careergraph/kit/smtp-catcher';
import { InvitePartnerDocument } from '@careergraph/client';
import { type RunningSupergraph, startSupergraph } from './support/supergraph-harness';
import { tablesHolding } from './support/stored-text';

/**
 * A partner's invitation mailed through the private channel, with the real partners and
 * integrations subgraphs: invitePartner's INTERNAL event goes through partners' outbox relay to the
 * inbox, which lists it nowhere; the one-time-link mailer has partners mint a link when it sends
 * (a real SMTP server on 127.0.0.1); the mailed link opens the invitation page; no token is stored
 * in the integrations subgraph.
 */
let supergraph: RunningSupergraph;
let catcher: SmtpCatcher;
type Worker = BackgroundWorker & { runOnce(): Promise<number> };

beforeAll(async () => {
  catcher = new SmtpCatcher();
  const smtpUrl = `smtp://127.0.0.1:${await catcher.listen('127.0.0.1', 0)}`;
  supergraph = await startSupergraph({ seedDemo: true, env: { SMTP_URL: smtpUrl } });
});

afterAll(async () => {
  await supergraph?.stop();
  await catcher?.stop();
});

async function drain(subgraph: string, name: string): Promise<void> {
  const worker = supergraph.workers(subgraph).find((candidate) => candidate.name === name) as Worker;
  while ((await worker.runOnce()) > 0);
}

describe("a partner's invitation by mail", () => {
  it('mails a link minted at send time, which opens the invitation; the event is in no listing and no token is stored', async () => {
    const invited = await supergraph.request(InvitePartnerDocument, {
      input: {
        partner: { name: 'Pullman Print Shop', kind: 'EMPLOYER', industrySector: 'Printing', careerClusters: ['MANUFACTURING'], capacity: 2 },
        contact: { firstName: 'Ines', lastName: 'Duarte', email: 'ines.duarte@pullman-print.example.org' },
      },
    });
    expect(invited.errors).toBeUndefined();
    const { invitation, link: shownToStaff } = invited.data!.invitePartner;

    await drain('partners', 'partners-outbox-relay');
    await drain('integrations', 'one-time-link-mails');
    const mail = catcher.mails().find((m) => m.to.includes('ines.duarte@pullman-print.example.org'))!;
    expect(mail.subject).toBe('You are invited to set up Pullman Print Shop on CareerGraph');
    expect(mail.headers['list-unsubscribe']).toBeUndefined();
    const mailed = new URL(/Open the invitation: (\S+)/.exec(mail.text)![1]);
    const token = mailed.searchParams.get('token')!;
    expect(token).not.toBe(shownToStaff.token);

    // The mailed link works at the gateway (its address here, not the configured public one).
    const page = await fetch(new URL(`${mailed.pathname}${mailed.search}`, supergraph.gatewayUrl));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Pullman Print Shop');

    const listed = await supergraph.request(`{ domainEvents(filter: { type: "partner.invitation-issued" }) { totalCount } }`);
    expect(listed.data).toEqual({ domainEvents: { totalCount: 0 } });
    const [stored] = await supergraph.dataSources.integrations.query(
      `SELECT audience, data->>'email' AS email FROM integrations.domain_events WHERE subject_id = $1`,
      [invitation.id],
    );
    // Mailed, the event's data is forgotten in the inbox and in partners' outbox (relayed): the address
    // stays only in partners' own record of the invitation and in the mail log's recipient.
    expect(stored).toEqual({ audience: 'INTERNAL', email: null });
    expect(await tablesHolding(supergraph.dataSources, 'ines.duarte@pullman-print.example.org')).toEqual([
      'integrations: integrations.sent_mails',
      'partners: partners.audit_events',
      'partners: partners.partner_contacts',
      'partners: partners.partner_invitations',
    ]);
    const tables: { table_name: string }[] = await supergraph.dataSources.integrations.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'integrations'`,
    );
    for (const { table_name } of tables) {
      const [{ n }] = await supergraph.dataSources.integrations.query(`SELECT count(*)::int AS n FROM integrations."${table_name}" t WHERE t::text LIKE '%' || $1 || '%'`, [token]);
      expect([table_name, n]).toEqual([table_name, 0]);
    }
    const partnersText = JSON.stringify(await supergraph.dataSources.partners.query(`SELECT row_to_json(t)::text AS row FROM partners.audit_events t`));
    expect(partnersText).not.toContain(token);
    // Partners keeps the mailed link's hash only.
    const hashes: { token_hash: string }[] = await supergraph.dataSources.partners.query(`SELECT token_hash FROM partners.partner_invitation_tokens`);
    expect(hashes.map((row) => row.token_hash)).toContain(createHash('sha256').update(token).digest('hex'));
  });
});
