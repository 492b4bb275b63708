import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SmtpCatcher } from '@careergraph/kit/smtp-catcher';

export interface RunningMailCatcher {
  /** What the subgraphs send to (their SMTP_URL). */
  smtpUrl: string;
  /** The caught mails as JSON, newest first; the gateway's /dev/mail page reads it (MAIL_CATCHER_URL). */
  listUrl: string;
  stop(): Promise<void>;
}

/**
 * `npm start`'s local SMTP relay: keeps the newest mails in memory and lists them over loopback HTTP,
 * so notifications can be read at the gateway's /dev/mail without any mail leaving the machine.
 */
export async function startMailCatcher(host: string, smtpPort: number, listPort: number): Promise<RunningMailCatcher> {
  const catcher = new SmtpCatcher();
  const boundSmtpPort = await catcher.listen(host, smtpPort);
  const listing = http.createServer((req, res) => {
    if (req.method !== 'GET' || req.url !== '/mails') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(catcher.mails()));
  });
  await new Promise<void>((resolve, reject) => {
    listing.once('error', reject);
    listing.listen(listPort, host, resolve);
  });
  return {
    smtpUrl: `smtp://${host}:${boundSmtpPort}`,
    listUrl: `http://${host}:${(listing.address() as AddressInfo).port}/mails`,
    stop: async () => {
      await new Promise<void>((resolve) => listing.close(() => resolve()));
      await catcher.stop();
    },
  };
}
