import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ClientTokenVerifier, DEFAULT_AUDIENCE, DEVELOPMENT_ISSUER, loadDevelopmentKey, repoRoot } from '@careergraph/kit';
import { mintTokenFromArguments, TokenArgumentError } from './dev-token';

const PARTNER = '0b7a3c1e-5d2f-4e6a-9b8c-1d2e3f4a5b6c';
const SCHOOL_A = '1c8b4d2f-6e3a-4f7b-8c9d-2e3f4a5b6c7d';
const SCHOOL_B = '2d9c5e3a-7f4b-4a8c-9d0e-3f4a5b6c7d8e';

let dataDir: string;
let verifier: ClientTokenVerifier;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'careergraph-token-'));
  const developmentKey = await loadDevelopmentKey(dataDir);
  verifier = new ClientTokenVerifier({ developmentKey, issuer: DEVELOPMENT_ISSUER, audience: DEFAULT_AUDIENCE });
});

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

const callerOf = async (argv: string[]) => verifier.verify(`Bearer ${await mintTokenFromArguments(argv, dataDir)}`);

describe('npm run token', () => {
  it('mints a token the gateway accepts, carrying the scope the flags give', async () => {
    expect(await callerOf(['--role', 'PARTNER_USER', '--partner', PARTNER])).toMatchObject({
      subject: 'dev-partner_user',
      role: 'PARTNER_USER',
      scope: { partnerId: PARTNER, schoolIds: [] },
    });
    expect(await callerOf(['--role', 'SCHOOL_STAFF', '--school', SCHOOL_A, '--school', SCHOOL_B, '--subject', 'ms-rivera'])).toMatchObject({
      subject: 'ms-rivera',
      scope: { schoolIds: [SCHOOL_A, SCHOOL_B] },
    });
    expect((await callerOf(['--role', 'DEPARTMENT_STAFF', '--department', 'TRADES'])).scope.department).toBe('TRADES');
    expect((await callerOf(['--role', 'DISTRICT_ADMIN'])).role).toBe('DISTRICT_ADMIN');
  });

  it('refuses a bad role, a missing scope or a malformed id, naming the flag', async () => {
    await expect(mintTokenFromArguments(['--role', 'JANITOR'], dataDir)).rejects.toThrow(/--role must be one of DISTRICT_ADMIN, /);
    await expect(mintTokenFromArguments([], dataDir)).rejects.toThrow(TokenArgumentError);
    await expect(mintTokenFromArguments(['--role', 'PARTNER_USER'], dataDir)).rejects.toThrow('--role PARTNER_USER needs --partner <id>, or --subject <id> of a member of a partner');
    await expect(mintTokenFromArguments(['--role', 'SCHOOL_STAFF'], dataDir)).rejects.toThrow('--role SCHOOL_STAFF needs --school <id>');
    await expect(mintTokenFromArguments(['--role', 'STUDENT', '--student', 'bob'], dataDir)).rejects.toThrow('studentId must be an id');
    await expect(mintTokenFromArguments(['--role', 'DEPARTMENT_STAFF', '--department', 'ART'], dataDir)).rejects.toThrow(/--department must be one of CTE/);
    await expect(mintTokenFromArguments(['--role', 'ANALYST', '--colour', 'red'], dataDir)).rejects.toThrow(/--colour/);
  });

  it('expires when --expires says', async () => {
    await expect(callerOf(['--role', 'ANALYST', '--expires', '1 minute ago'])).rejects.toThrow(/expired/);
  });

  it('refuses a lifetime the gateway would refuse, naming the setting', async () => {
    await expect(mintTokenFromArguments(['--role', 'ANALYST', '--expires', '30d'], dataDir)).rejects.toThrow(
      '--expires 30d is longer than the gateway accepts (AUTH_TOKEN_MAX_LIFETIME_SECONDS=86400)',
    );
    expect((await callerOf(['--role', 'ANALYST', '--expires', '24h'])).role).toBe('ANALYST');
  });

  it('prints only the token on stdout, and fails with a message on stderr', async () => {
    const run = (args: string[]) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'services/stack/src/token.ts'), ...args], {
        cwd: repoRoot,
        env: { ...process.env, DATA_DIR: dataDir },
      });
    const { stdout } = await run(['--role', 'DISTRICT_ADMIN']);
    expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    expect((await verifier.verify(`Bearer ${stdout.trim()}`)).role).toBe('DISTRICT_ADMIN');
    const failure = await run(['--role', 'PARTNER_USER']).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2, stdout: '' });
    expect((failure as { stderr: string }).stderr).toMatch(/needs --partner <id>/);
  });
});
