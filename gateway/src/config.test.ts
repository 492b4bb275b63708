import { availableParallelism } from 'node:os';
import { loadGatewayConfig } from './config';

describe('gateway configuration', () => {
  it('defaults every subgraph to loopback at its default port, and PORT moves the gateway', () => {
    const config = loadGatewayConfig({ PORT: '8080' });
    expect(config.port).toBe(8080);
    expect(config.subgraphUrls.students).toBe('http://127.0.0.1:4001/graphql');
    expect(config.supergraphPath).toMatch(/schema[/\\]supergraph\.graphql$/);
  });

  it('takes subgraph URLs and ports from the environment', () => {
    expect(loadGatewayConfig({ STUDENTS_URL: 'http://students:4001/graphql' }).subgraphUrls.students).toBe(
      'http://students:4001/graphql',
    );
    expect(loadGatewayConfig({ STUDENTS_PORT: '5001' }).subgraphUrls.students).toBe('http://127.0.0.1:5001/graphql');
  });

  it('trusts and signs the pages in at the local OpenID provider in development, at the configured one elsewhere', () => {
    const development = loadGatewayConfig({ IDP_PORT: '4710' });
    expect(development.auth.additionalIssuers).toEqual([{ issuer: 'http://127.0.0.1:4710', jwksUrl: 'http://127.0.0.1:4710/jwks' }]);
    expect(development.uiSignIn).toEqual({ issuer: 'http://127.0.0.1:4710', clientId: 'careergraph-pages', scopes: 'openid profile email offline_access' });
    const district = loadGatewayConfig({
      AUTH_JWKS_URL: 'https://login.example.org/keys',
      AUTH_ISSUER: 'https://login.example.org/v2.0',
      AUTH_CLAIMS_MAPPING: '{"role": {"claim": "groups", "values": {"cps-analysts": "ANALYST"}}}',
      UI_OIDC_ISSUER: 'https://login.example.org/v2.0',
      UI_OIDC_CLIENT_ID: 'b7c1',
    });
    expect(district.auth.additionalIssuers).toEqual([]);
    expect(district.auth.claimsMapping.role).toEqual({ claim: 'groups', values: { 'cps-analysts': 'ANALYST' } });
    expect(district.uiSignIn).toMatchObject({ issuer: 'https://login.example.org/v2.0', clientId: 'b7c1' });
    expect(loadGatewayConfig({ AUTH_JWKS_URL: 'https://login.example.org/keys', AUTH_ISSUER: 'https://login.example.org/v2.0' }).uiSignIn).toBeUndefined();
    expect(() => loadGatewayConfig({ AUTH_CLAIMS_MAPPING: '{"role": {"claim": "groups", "values": {"x": "JANITOR"}}}' })).toThrow(
      /AUTH_CLAIMS_MAPPING.*role\.values\["x"\] must be one of/,
    );
    expect(() => loadGatewayConfig({ UI_OIDC_SCOPES: 'profile' })).toThrow(/UI_OIDC_SCOPES: must include openid/);
  });

  it('stops on a bad variable, naming it', () => {
    expect(() => loadGatewayConfig({ STUDENTS_URL: 'ftp://x' })).toThrow(/STUDENTS_URL must be a http: or https: URL/);
    expect(() => loadGatewayConfig({ GATEWAY_PORT: '99999' })).toThrow(/GATEWAY_PORT must be an integer from 0 to 65535/);
  });

  it('defaults the operation limits, the rate limit and CORS', () => {
    const config = loadGatewayConfig({});
    expect(config.limits).toMatchObject({ maxDepth: 12, maxAliases: 30, maxTokens: 3000, maxCost: 20000, listSize: 10, defaultPageSize: 20 });
    expect(config.http).toEqual({ corsOrigins: [], maxRequestBytes: 102400 });
    expect(config.rateLimit).toEqual({ points: 600, windowSeconds: 60, redisUrl: undefined, keyPrefix: 'careergraph:rate' });
  });

  it('reads the limits, the CORS allowlist and Redis from the environment', () => {
    const config = loadGatewayConfig({
      MAX_OPERATION_DEPTH: '8',
      MAX_OPERATION_COST: '5000',
      MAX_REQUEST_BYTES: '65536',
      CORS_ORIGINS: 'https://app.district.org, http://localhost:5173',
      RATE_LIMIT_POINTS: '100',
      REDIS_URL: 'redis://cache:6379',
    });
    expect(config.limits).toMatchObject({ maxDepth: 8, maxCost: 5000 });
    expect(config.http).toEqual({ corsOrigins: ['https://app.district.org', 'http://localhost:5173'], maxRequestBytes: 65536 });
    expect(config.rateLimit).toMatchObject({ points: 100, redisUrl: 'redis://cache:6379' });
  });

  it('refuses an origin that is not one, a limit out of range and a Redis URL of another scheme', () => {
    expect(() => loadGatewayConfig({ CORS_ORIGINS: 'https://app.district.org/' })).toThrow(/CORS_ORIGINS: "https:\/\/app.district.org\/" is not an origin/);
    expect(() => loadGatewayConfig({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS: "\*" is not an origin/);
    expect(() => loadGatewayConfig({ MAX_OPERATION_DEPTH: '0' })).toThrow(/MAX_OPERATION_DEPTH must be an integer from 1 to 100/);
    expect(() => loadGatewayConfig({ REDIS_URL: 'http://cache:6379' })).toThrow(/REDIS_URL must be a redis: or rediss: URL/);
  });

  it('defaults the subgraph deadlines and the token lifetime, and keeps the report deadline at least the interactive one', () => {
    const config = loadGatewayConfig({});
    expect(config).toMatchObject({ subgraphTimeoutMs: 5000, subgraphReportTimeoutMs: 60000 });
    expect(config.auth.maxLifetimeSeconds).toBe(86400);
    const tuned = loadGatewayConfig({ SUBGRAPH_TIMEOUT_MS: '2000', SUBGRAPH_REPORT_TIMEOUT_MS: '30000', AUTH_TOKEN_MAX_LIFETIME_SECONDS: '3600' });
    expect(tuned).toMatchObject({ subgraphTimeoutMs: 2000, subgraphReportTimeoutMs: 30000, auth: { maxLifetimeSeconds: 3600 } });
    expect(() => loadGatewayConfig({ SUBGRAPH_TIMEOUT_MS: '8000', SUBGRAPH_REPORT_TIMEOUT_MS: '4000' })).toThrow(
      /SUBGRAPH_REPORT_TIMEOUT_MS: must be at least SUBGRAPH_TIMEOUT_MS \(8000\)/,
    );
  });

  it('runs one worker in development and one per core in production unless GATEWAY_WORKERS says otherwise', () => {
    expect(loadGatewayConfig({}).workers).toBe(1);
    expect(loadGatewayConfig({ GATEWAY_WORKERS: '3' }).workers).toBe(3);
    const production = {
      NODE_ENV: 'production',
      SUBGRAPH_SIGNING_SECRETS: 'a-production-secret-of-at-least-32-characters',
      AUTH_JWKS_URL: 'https://login.district.org/.well-known/jwks.json',
      AUTH_ISSUER: 'https://login.district.org',
    };
    expect(loadGatewayConfig(production).workers).toBe(availableParallelism());
    expect(() => loadGatewayConfig({ GATEWAY_WORKERS: '0' })).toThrow(/GATEWAY_WORKERS must be an integer from 1 to 64/);
  });
});
