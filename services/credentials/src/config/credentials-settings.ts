import path from 'node:path';
import { type EntityLookupSettings, EnvReader, readEntityLookupSettings, repoRoot, requireOwnerUrls } from '@careergraph/kit';
import { type BadgeSigningKey, developmentBadgeKey, readBadgeSigningKeys } from '../services/badge-keys';

export interface CredentialsSettings extends EntityLookupSettings {
  studentsUrl: string;
  partnersUrl: string;
  /**
   * Dollars of college tuition one early college credit hour saves. Default 149.00: City Colleges
   * of Chicago in-district tuition per credit hour, an assumption — verify against the current
   * published rate before reporting savings.
   */
  tuitionPerCreditHour: number;
  /** A "semester's worth" of early college credit for the district goal (full time is 12–15 hours). */
  semesterCreditHours: number;
  /** Salt of the hashed student identifier in Open Badges exports. */
  badgeIdentitySalt: string;
  /** The district as the issuer of signed Open Badges. */
  badgeIssuer: BadgeIssuerConfig;
}

export interface BadgeIssuerConfig {
  /**
   * The gateway's public base URL (no trailing slash): the issuer profile, keys and status lists
   * are served under `<url>/badges/`, and every badge names them, so it must not change once
   * badges are out.
   */
  url: string;
  /** The district's name, as verifiers show the issuer. */
  name: string;
  /** Newest first: the first signs, every one stays published so earlier badges keep verifying. */
  keys: BadgeSigningKey[];
}

/**
 * @param subgraphUrls where the students and partners subgraphs answer (the kit reads them from
 * `<SUBGRAPH>_URL` / `<SUBGRAPH>_PORT`; tests pass their own).
 */
export function loadCredentialsSettings(
  subgraphUrls: Record<string, string>,
  source: Record<string, string | undefined> = process.env,
): CredentialsSettings {
  const owners = requireOwnerUrls(subgraphUrls, ['students', 'partners']);
  const env = new EnvReader(source);
  const production = source.NODE_ENV === 'production';
  const config: CredentialsSettings = {
    studentsUrl: owners.students,
    partnersUrl: owners.partners,
    ...readEntityLookupSettings(env),
    tuitionPerCreditHour: env.number('TUITION_PER_CREDIT_HOUR', 149.0, { min: 0, max: 10_000 }),
    semesterCreditHours: env.number('SEMESTER_CREDIT_HOURS', 12, { min: 1, max: 30 }),
    // A development default keeps `npm start` simple; production must set its own.
    badgeIdentitySalt: production ? env.required('BADGE_IDENTITY_SALT') : env.string('BADGE_IDENTITY_SALT', 'careergraph-dev-salt'),
    badgeIssuer: readBadgeIssuer(env, production),
  };
  env.done();
  return config;
}

/**
 * Production names its own public URL (HTTPS), name and keys; development falls back to the local
 * gateway and a key generated once under the data directory, like the client-token development key.
 */
function readBadgeIssuer(env: EnvReader, production: boolean): BadgeIssuerConfig {
  const url = production
    ? (env.url('BADGE_ISSUER_URL', ['https:']) ?? env.required('BADGE_ISSUER_URL'))
    : env.url('BADGE_ISSUER_URL', ['http:', 'https:'], 'http://127.0.0.1:4000')!;
  const name = production ? env.required('BADGE_ISSUER_NAME') : env.string('BADGE_ISSUER_NAME', 'CareerGraph Development District');
  const keysJson = production ? env.required('BADGE_SIGNING_KEYS') : env.string('BADGE_SIGNING_KEYS');
  let keys: BadgeSigningKey[] = [];
  if (keysJson) {
    try {
      keys = readBadgeSigningKeys(keysJson);
    } catch (error) {
      env.reject('BADGE_SIGNING_KEYS', (error as Error).message);
    }
  } else if (!production) {
    // Beside the client-token development key: the subgraph's own folder is its embedded database's.
    keys = [developmentBadgeKey(path.resolve(env.string('DATA_DIR', path.join(repoRoot, '.data')), 'auth', 'badge-signing-key.json'))];
  }
  return { url: url.replace(/\/+$/, ''), name, keys };
}
