import type { AddressInfo } from 'node:net';
import { createLogger, Mailer } from '@careergraph/kit';
import { startMailCatcher, type RunningMailCatcher } from '@careergraph/stack/src/mail-catcher';
import express from 'express';
import type { Server } from 'node:http';
import { mountDevMailPage } from './dev-mail-page';

/** `npm start`'s catcher with one mail in it, and a gateway-like app serving /dev/mail from it. */
describe('/dev/mail', () => {
  let catcher: RunningMailCatcher;
  const servers: Server[] = [];
  const serve = async (production: boolean): Promise<string> => {
    const app = express();
    mountDevMailPage(app, { production, catcherUrl: catcher.listUrl, logger: createLogger('test', 'silent') });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    servers.push(server);
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/dev/mail`;
  };

  beforeAll(async () => {
    catcher = await startMailCatcher('127.0.0.1', 0, 0);
    const mailer = new Mailer({ smtpUrl: catcher.smtpUrl, from: 'CareerGraph <no-reply@test.example>' });
    await mailer.send({ to: 'rosa@example.com', subject: 'Hours <await> you', text: 'Two entries wait.', html: '<p>Two entries wait.</p>', unsubscribeUrl: 'http://x/u' });
    mailer.close();
  });

  afterAll(async () => {
    for (const server of servers) await new Promise((resolve) => server.close(resolve));
    await catcher.stop();
  });

  it('lists the caught mails, escaped, with no script or outside asset', async () => {
    const answer = await fetch(await serve(false));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await answer.text();
    expect(html).toContain('<h2>Hours &#60;await&#62; you</h2>');
    expect(html).toContain('To rosa@example.com');
    expect(html).toContain('<pre>Two entries wait.');
    expect(html).not.toMatch(/<script|https?:\/\/(?!x\/)/);
  });

  it('does not exist in production', async () => {
    const answer = await fetch(await serve(true));
    expect(answer.status).toBe(404);
    expect(await answer.text()).not.toContain('rosa@example.com');
  });
});
