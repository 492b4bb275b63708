/**
 * `npm start`: the whole supergraph on this machine. Each subgraph runs in its own process (as in
 * production) on the embedded database unless DATABASE_URL is set, seeded with the demo data on
 * first start; the gateway starts once every subgraph is ready. Ctrl-C stops all of them cleanly.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { DEFAULT_MAIL_CATCHER_PORT, EnvReader, loadDevelopmentKey, repoRoot, SUBGRAPHS } from '@careergraph/kit';
import { demoIdentities } from './demo-identities';
import { developmentKeyDir } from './dev-token';
import { DEFAULT_IDP_PORT, type RunningIdentityProvider, startIdentityProvider } from './identity-provider/identity-provider';
import { DEMO_PASSWORD } from './identity-provider/demo-users';
import { type RunningMailCatcher, startMailCatcher } from './mail-catcher';

const children: ChildProcess[] = [];
let mailCatcher: RunningMailCatcher | undefined;
let identityProvider: RunningIdentityProvider | undefined;
let stopping = false;

function run(name: string, entry: string, extraEnv: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, entry)], {
    cwd: repoRoot,
    env: { ...process.env, ...extraEnv },
    stdio: ['ignore', 'inherit', 'inherit'],
    // Own process group: a terminal's Ctrl-C reaches only this launcher, which then stops each
    // child once, in order, instead of every process receiving two signals.
    detached: true,
  });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    process.stderr.write(`${name} exited (${signal ?? code}); stopping everything\n`);
    void stop(1);
  });
  children.push(child);
  return child;
}

async function waitUntilReady(name: string, url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) return;
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} was not ready at ${url} within ${timeoutMs / 1000} s`);
}

/**
 * Refuses to start over servers already listening (another `npm start`, say): the readiness checks
 * below would take their answers for ours and print tokens their gateway does not accept.
 */
async function assertPortsFree(host: string, ports: Record<string, number>): Promise<void> {
  for (const [name, port] of Object.entries(ports)) {
    await new Promise<void>((resolve, reject) => {
      const probe = net.createServer();
      probe.once('error', (error: NodeJS.ErrnoException) =>
        reject(error.code === 'EADDRINUSE' ? new Error(`port ${host}:${port} (${name}) is in use: is CareerGraph already running? (or set ${name.toUpperCase()}_PORT)`) : error),
      );
      probe.listen(port, host, () => probe.close(() => resolve()));
    });
  }
}

async function stop(code: number): Promise<never> {
  stopping = true;
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
  await mailCatcher?.stop();
  await identityProvider?.stop();
  process.exit(code);
}

async function main(): Promise<void> {
  const env = new EnvReader();
  const host = env.string('HOST', '127.0.0.1');
  const gatewayPort = env.port('GATEWAY_PORT', env.port('PORT', 4000));
  const ports = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, env.port(`${s.name.toUpperCase()}_PORT`, s.defaultPort)]));
  // The gateway accepts development tokens only outside production and without an identity provider.
  const developmentTokens =
    env.string('NODE_ENV', 'development') !== 'production' && !env.string('AUTH_JWKS_URL') && !env.string('AUTH_PUBLIC_KEY');
  // Without SMTP_URL the subgraphs' notifications go to a local catcher, read at the gateway's /dev/mail.
  const catchMail = !env.string('SMTP_URL');
  const mailCatcherPort = env.port('MAIL_CATCHER_PORT', DEFAULT_MAIL_CATCHER_PORT);
  const mailListPort = env.port('MAIL_CATCHER_WEB_PORT', 1080);
  // The gateway trusts it in development (gateway/src/config.ts) and the pages sign in there.
  const idpPort = env.port('IDP_PORT', DEFAULT_IDP_PORT);
  env.done();
  await assertPortsFree(host, {
    ...ports,
    gateway: gatewayPort,
    ...(catchMail ? { mail_catcher: mailCatcherPort, mail_catcher_web: mailListPort } : {}),
    ...(developmentTokens ? { idp: idpPort } : {}),
  });
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
  const subgraphUrls: Record<string, string> = {};
  const mailEnv: Record<string, string> = {};
  if (catchMail) {
    // Loopback whatever HOST says: it accepts anyone's mail, so nothing beyond this machine may reach it.
    mailCatcher = await startMailCatcher('127.0.0.1', mailCatcherPort, mailListPort);
    Object.assign(mailEnv, { SMTP_URL: mailCatcher.smtpUrl, MAIL_CATCHER_URL: mailCatcher.listUrl });
  }
  for (const { name } of SUBGRAPHS) {
    subgraphUrls[`${name.toUpperCase()}_URL`] = `http://${host}:${ports[name]}/graphql`;
  }
  if (developmentTokens) {
    // Loopback: the gateway trusts its tokens at http://127.0.0.1:IDP_PORT, and every password is public.
    identityProvider = await startIdentityProvider({
      host: '127.0.0.1',
      port: idpPort,
      gatewayOrigins: [...new Set([`http://${host}:${gatewayPort}`, `http://127.0.0.1:${gatewayPort}`, `http://localhost:${gatewayPort}`])],
      keyDir: developmentKeyDir(),
    });
  }
  // Subgraphs that look up each other's entities need every URL, so all get the full map.
  for (const { name } of SUBGRAPHS) {
    run(name, `services/${name}/src/index.ts`, { SEED_DEMO: process.env.SEED_DEMO ?? 'true', ...subgraphUrls, ...mailEnv });
  }
  await Promise.all(SUBGRAPHS.map(({ name }) => waitUntilReady(name, `http://${host}:${ports[name]}/ready`)));
  // A signal while the subgraphs started: stop() has already taken the list of children to end,
  // so a gateway spawned now would outlive the launcher.
  if (stopping) return;
  run('gateway', 'gateway/src/index.ts', { ...subgraphUrls, ...mailEnv });
  const gatewayUrl = `http://${host}:${gatewayPort}/graphql`;
  await waitUntilReady('gateway', `http://${host}:${gatewayPort}/ready`);
  if (stopping) return;
  const lines = ['', `CareerGraph is up: ${gatewayUrl}`, ''];
  if (mailCatcher) lines.push(`Mail the subgraphs send is caught locally (${mailCatcher.smtpUrl}): http://${host}:${gatewayPort}/dev/mail`, '');
  if (developmentTokens) {
    // The gateway created the key on its start; these tokens are signed with the same one.
    const identities = await demoIdentities(await loadDevelopmentKey(developmentKeyDir()));
    lines.push('Demo identities (development tokens, valid 8 h; `npm run -s token -- --role ROLE ...` mints others):', '');
    for (const { role, reaches, token } of identities) lines.push(`  ${role}: ${reaches}`, `    ${token}`, '');
    const admin = identities.find((identity) => identity.role === 'DISTRICT_ADMIN')!;
    lines.push(
      'Try:',
      `  curl -s ${gatewayUrl} -H 'content-type: application/json' \\`,
      `    -H 'authorization: Bearer ${admin.token}' \\`,
      `    -d '{"query":"{ students(first: 5) { edges { node { id preferredName school { name } } } } }"}'`,
      '',
      `In the playground (${gatewayUrl}), put {"Authorization": "Bearer <token>"} in the headers.`,
      '',
    );
  }
  if (identityProvider) {
    lines.push(
      `Sign in on http://${host}:${gatewayPort}/dashboard or /playground at the local OpenID provider (${identityProvider.issuer}), password "${DEMO_PASSWORD}":`,
      '',
      ...identityProvider.users.map((user) => `  ${user.username} (${user.claims.role}): ${user.reaches}`),
      '',
    );
  }
  lines.push('Ctrl-C stops every process.', '');
  process.stdout.write(lines.join('\n'));
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).message}\n`);
  void stop(1);
});
