import { ConfigError } from '@careergraph/kit';
import { DEFAULT_YOUTH_MINIMUM_WAGE, loadPartnersSettings } from './partners-settings';

describe('loadPartnersSettings', () => {
  it('defaults to the Illinois youth minimum wage', () => {
    expect(loadPartnersSettings({})).toEqual({ youthMinimumWage: DEFAULT_YOUTH_MINIMUM_WAGE, entityLookupTimeoutMs: 3000 });
  });

  it('reads YOUTH_MINIMUM_WAGE in dollars and cents', () => {
    expect(loadPartnersSettings({ YOUTH_MINIMUM_WAGE: '15.50' })).toEqual({ youthMinimumWage: 15.5, entityLookupTimeoutMs: 3000 });
  });

  it.each(['abc', '-1', '0', '13.005'])('refuses %s', (value) => {
    expect(() => loadPartnersSettings({ YOUTH_MINIMUM_WAGE: value })).toThrow(ConfigError);
  });
});
