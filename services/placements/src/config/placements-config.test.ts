import { ConfigError } from '@careergraph/kit';
import { loadPlacementsSettings } from './placements-config';

describe('placements settings', () => {
  it('defaults to the registered ports, a 3 s lookup timeout and biweekly pay periods', () => {
    expect(loadPlacementsSettings({})).toMatchObject({
      studentsUrl: 'http://127.0.0.1:4001/graphql',
      partnersUrl: 'http://127.0.0.1:4002/graphql',
      entityLookupTimeoutMs: 3000,
      payPeriodAnchor: '2025-07-07',
      payPeriodDays: 14,
    });
  });

  it('reads overrides and refuses malformed values', () => {
    expect(loadPlacementsSettings({ PARTNERS_URL: 'http://partners:4002/graphql', PAY_PERIOD_DAYS: '7' })).toMatchObject({
      partnersUrl: 'http://partners:4002/graphql',
      payPeriodDays: 7,
    });
    expect(() => loadPlacementsSettings({ PAY_PERIOD_ANCHOR: '2025-13-01' })).toThrow(ConfigError);
    expect(() => loadPlacementsSettings({ ENTITY_LOOKUP_TIMEOUT_MS: 'soon' })).toThrow(ConfigError);
    expect(() => loadPlacementsSettings({ STUDENTS_URL: 'ftp://x' })).toThrow(ConfigError);
  });
});
