import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError } from '@careergraph/kit';
import { loadCredentialsSettings } from './credentials-settings';
import { developmentBadgeKey, generatePrivateJwk, readBadgeSigningKeys } from '../services/badge-keys';

const urls = { students: 'http://127.0.0.1:4001/graphql', partners: 'http://127.0.0.1:4002/graphql' };
const rsa = (bits = 2048) => generatePrivateJwk('rsa', { modulusLength: bits }) as Record<string, unknown>;
const publicOnly = ({ kty, n, e }: Record<string, unknown>) => ({ kty, n, e });
const production = (overrides: Record<string, string | undefined> = {}) => ({
  NODE_ENV: 'production',
  BADGE_IDENTITY_SALT: 'salt',
  BADGE_ISSUER_URL: 'https://careergraph.district.example/',
  BADGE_ISSUER_NAME: 'Chicago Public Schools',
  BADGE_SIGNING_KEYS: JSON.stringify({ keys: [rsa()] }),
  ...overrides,
});
const problems = (source: Record<string, string | undefined>) => {
  try {
    loadCredentialsSettings(urls, source);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('the configuration was accepted');
};

describe('badge issuer configuration', () => {
  it('takes the district URL (trailing slash dropped), name and keys in production', () => {
    const config = loadCredentialsSettings(urls, production());
    expect(config.badgeIssuer).toMatchObject({ url: 'https://careergraph.district.example', name: 'Chicago Public Schools' });
    expect(config.badgeIssuer.keys).toHaveLength(1);
  });

  it('refuses to start in production without the key, URL and name', () => {
    expect(problems(production({ BADGE_SIGNING_KEYS: undefined, BADGE_ISSUER_URL: undefined, BADGE_ISSUER_NAME: undefined }))).toEqual([
      'BADGE_ISSUER_URL is required but not set',
      'BADGE_ISSUER_NAME is required but not set',
      'BADGE_SIGNING_KEYS is required but not set',
    ]);
  });

  it('refuses a plain-HTTP issuer URL in production', () => {
    expect(problems(production({ BADGE_ISSUER_URL: 'http://careergraph.district.example' }))).toEqual([
      'BADGE_ISSUER_URL must be a https: URL, got "http://careergraph.district.example"',
    ]);
  });

  it.each([
    ['not JSON', 'not json', 'must be a JWK Set, an array of JWKs or one JWK, as JSON'],
    ['an empty set', JSON.stringify({ keys: [] }), 'holds no key'],
    ['an EC key', JSON.stringify(generatePrivateJwk('ec', { namedCurve: 'P-256' })), 'key 1: must be an RSA JWK'],
    ['a 1024-bit key', JSON.stringify(rsa(1024)), 'key 1: RSA keys must have at least 2048 bits, got 1024'],
    ['a public key first', JSON.stringify([publicOnly(rsa())]), 'the first key signs, so it must be a private key'],
    ['another algorithm', JSON.stringify({ ...rsa(), alg: 'PS256' }), 'key 1: alg must be RS256'],
  ])('refuses BADGE_SIGNING_KEYS that is %s, without echoing key material', (_case, value, message) => {
    const [problem] = problems(production({ BADGE_SIGNING_KEYS: value }));
    expect(problem).toContain(`BADGE_SIGNING_KEYS: ${message}`);
    // No base64url run long enough to be a key member.
    expect(problem).not.toMatch(/[A-Za-z0-9_-]{40,}/);
  });

  it('keeps retired public keys after the signing one (rotation), newest first', () => {
    const [current, retired] = [rsa(), rsa()];
    const keys = readBadgeSigningKeys(JSON.stringify({ keys: [current, publicOnly(retired)] }));
    expect(keys.map((key) => Boolean(key.privateKey))).toEqual([true, false]);
    expect(keys[0].publicJwk.n).toBe(current.n);
    expect(keys[1].publicJwk).toEqual({ kty: 'RSA', n: retired.n, e: retired.e });
    expect(keys[0].thumbprint).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(() => readBadgeSigningKeys(JSON.stringify([current, current]))).toThrow(/listed twice/);
  });

  it('generates the development key once and keeps it, readable by its owner only', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cg-badge-key-'));
    try {
      const file = path.join(dir, 'auth', 'badge-signing-key.json');
      const first = developmentBadgeKey(file);
      expect(first.privateKey).toBeDefined();
      expect(developmentBadgeKey(file).thumbprint).toBe(first.thumbprint);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const development = loadCredentialsSettings(urls, { DATA_DIR: dir });
      expect(development.badgeIssuer).toMatchObject({ url: 'http://127.0.0.1:4000', name: 'CareerGraph Development District' });
      expect(development.badgeIssuer.keys.map((key) => key.thumbprint)).toEqual([first.thumbprint]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
