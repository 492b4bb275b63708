/**
 * The local OpenID provider on its own (tests start it in a child process, as jest cannot load the
 * ESM-only oidc-provider): IDP_HOST, IDP_PORT, IDP_GATEWAY_ORIGINS (comma-separated), IDP_ACCESS_TOKEN_TTL.
 */
import { EnvReader } from '@careergraph/kit';
import { DEFAULT_IDP_PORT, startIdentityProvider } from './identity-provider';

async function main(): Promise<void> {
  const env = new EnvReader();
  const options = {
    host: env.string('IDP_HOST', '127.0.0.1'),
    port: env.port('IDP_PORT', DEFAULT_IDP_PORT),
    gatewayOrigins: env.string('IDP_GATEWAY_ORIGINS', 'http://127.0.0.1:4000').split(',').map((origin) => origin.trim()),
    accessTokenTtlSeconds: env.int('IDP_ACCESS_TOKEN_TTL', 600, { min: 5, max: 86_400 }),
  };
  const running = await startIdentityProvider(options);
  process.stdout.write(`${JSON.stringify({ msg: 'identity provider listening', url: running.issuer })}\n`);
  const stop = () => void running.stop().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
