import { ConfigError } from '@careergraph/kit';
import { DEFAULT_INVITATION_DAYS, DEFAULT_INVITATION_URL, DEFAULT_YOUTH_MINIMUM_WAGE, loadPartnersSettings } from './partners-settings';

const INVITATIONS = { invitationDays: DEFAULT_INVITATION_DAYS, invitationUrl: DEFAULT_INVITATION_URL };

describe('loadPartnersSettings', () => {
  it('defaults to the Illinois youth minimum wage', () => {
    expect(loadPartnersSettings({})).toEqual({ youthMinimumWage: DEFAULT_YOUTH_MINIMUM_WAGE, entityLookupTimeoutMs: 3000, ...INVITATIONS });
  });

  it('reads YOUTH_MINIMUM_WAGE in dollars and cents', () => {
    expect(loadPartnersSettings({ YOUTH_MINIMUM_WAGE: '15.50' })).toEqual({ youthMinimumWage: 15.5, entityLookupTimeoutMs: 3000, ...INVITATIONS });
  });

  it('reads how long invitations last and where their links point', () => {
    expect(loadPartnersSettings({ PARTNER_INVITATION_DAYS: '7', PARTNER_INVITATION_URL: 'https://careers.example.org/invite?t=' })).toMatchObject({
      invitationDays: 7,
      invitationUrl: 'https://careers.example.org/invite?t=',
    });
    expect(() => loadPartnersSettings({ PARTNER_INVITATION_DAYS: '0' })).toThrow(ConfigError);
    expect(() => loadPartnersSettings({ PARTNER_INVITATION_URL: 'partners/invitation' })).toThrow(ConfigError);
  });

  it.each(['abc', '-1', '0', '13.005'])('refuses %s', (value) => {
    expect(() => loadPartnersSettings({ YOUTH_MINIMUM_WAGE: value })).toThrow(ConfigError);
  });
});
