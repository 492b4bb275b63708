import { Mailer } from './mailer';
import { renderMail } from './mail-template';
import { SmtpCatcher } from './smtp-catcher';

describe('renderMail', () => {
  it('writes the same mail as text and as escaped HTML, each with the unsubscribe link', () => {
    const { text, html } = renderMail({
      greeting: 'Hello <Rosa>,',
      paragraphs: ['Two entries & more wait.'],
      items: ['2026-03-12: 4 h'],
      unsubscribeUrl: 'https://cg.example/notifications/unsubscribe?token=a.b',
      unsubscribeWhat: 'these digests',
    });
    expect(text).toContain('Hello <Rosa>,\n\nTwo entries & more wait.\n\n  - 2026-03-12: 4 h\n');
    expect(text).toContain('To stop these digests, unsubscribe: https://cg.example/notifications/unsubscribe?token=a.b');
    expect(html).toContain('<p>Hello &#60;Rosa&#62;,</p>');
    expect(html).toContain('<p>Two entries &#38; more wait.</p>');
    expect(html).toContain('<a href="https://cg.example/notifications/unsubscribe?token=a.b">unsubscribe</a>');
  });
});

describe('renderMail (transactional)', () => {
  it('says why the mail came instead of offering an unsubscribe link', () => {
    const { text, html } = renderMail({
      greeting: 'Hello,',
      paragraphs: ['Sign here.'],
      action: { label: 'Sign', url: 'https://cg.example/agreements/guardian?token=t&x=1' },
      transactional: 'Sent once because the school asked.',
    });
    expect(text).toContain('Sign: https://cg.example/agreements/guardian?token=t&x=1\n\n-- \nSent once because the school asked.\n');
    expect(text).not.toMatch(/unsubscribe/i);
    expect(html).toContain('<a href="https://cg.example/agreements/guardian?token=t&#38;x=1">Sign</a>');
    expect(html).toContain('<small>Sent once because the school asked.</small>');
  });
});

describe('SmtpCatcher', () => {
  it('keeps the newest mails up to its limit, newest first, with their headers', async () => {
    const catcher = new SmtpCatcher(2);
    const port = await catcher.listen('127.0.0.1', 0);
    const mailer = new Mailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from: 'CareerGraph <no-reply@test.example>' });
    try {
      for (const n of [1, 2, 3]) {
        await mailer.send({ to: `p${n}@example.com`, subject: `mail ${n}`, text: `body ${n}`, html: `<p>body ${n}</p>`, unsubscribeUrl: `https://cg.example/u?token=${n}` });
      }
      const mails = catcher.mails();
      expect(mails.map((m) => [m.subject, m.to, m.text.trim()])).toEqual([
        ['mail 3', ['p3@example.com'], 'body 3'],
        ['mail 2', ['p2@example.com'], 'body 2'],
      ]);
      expect(mails[0].headers).toMatchObject({ 'list-unsubscribe': '<https://cg.example/u?token=3>', 'list-unsubscribe-post': 'List-Unsubscribe=One-Click' });
    } finally {
      mailer.close();
      await catcher.stop();
    }
  });
});
