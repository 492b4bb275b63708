import { ConfigError, type EntityLookupSettings, EnvReader, readEntityLookupSettings } from '@careergraph/kit';

export interface PartnersSettings extends EntityLookupSettings {
  /** Lowest hourly rate a WAGE opportunity may offer, in dollars. */
  youthMinimumWage: number;
  /** How long a partner invitation's link works (PARTNER_INVITATION_DAYS). */
  invitationDays: number;
  /**
   * The invitation link, the token appended (PARTNER_INVITATION_URL): by default the gateway's
   * invitation page as a path, which the mailer resolves against its PUBLIC_URL; or an absolute URL.
   */
  invitationUrl: string;
}

/** Two weeks: long enough for a busy contact to get to it, short enough that a forgotten link dies. */
export const DEFAULT_INVITATION_DAYS = 14;
export const DEFAULT_INVITATION_URL = '/partners/invitation?token=';

/**
 * Illinois' minimum wage for workers under 18 in 2025 is $13.00 an hour (820 ILCS 105/4); other
 * states or a later year set YOUTH_MINIMUM_WAGE.
 */
export const DEFAULT_YOUTH_MINIMUM_WAGE = 13;

export function loadPartnersSettings(source: Record<string, string | undefined> = process.env): PartnersSettings {
  const env = new EnvReader(source);
  const settings = {
    youthMinimumWage: youthMinimumWage(env.string('YOUTH_MINIMUM_WAGE')),
    ...readEntityLookupSettings(env),
    invitationDays: env.int('PARTNER_INVITATION_DAYS', DEFAULT_INVITATION_DAYS, { min: 1, max: 90 }),
    invitationUrl: invitationUrl(env.string('PARTNER_INVITATION_URL', DEFAULT_INVITATION_URL)),
  };
  env.done();
  return settings;
}

function youthMinimumWage(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_YOUTH_MINIMUM_WAGE;
  const value = Number(raw);
  if (!/^\d{1,4}(\.\d{1,2})?$/.test(raw) || value <= 0) {
    throw new ConfigError([`YOUTH_MINIMUM_WAGE must be dollars per hour like 13.00, got "${raw}"`]);
  }
  return value;
}

function invitationUrl(raw: string): string {
  if (/^\/[^/\s]\S*$/.test(raw) || /^https?:\/\/[^\s/]+\/\S*$/.test(raw)) return raw;
  throw new ConfigError([`PARTNER_INVITATION_URL must be a path like /partners/invitation?token= or an http(s) URL, got "${raw}"`]);
}
