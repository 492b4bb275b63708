import { ConfigError, today } from '@careergraph/kit';
import { loadPlacementsSettings } from './placements-settings';

describe('placements settings', () => {
  const urls = { students: 'http://127.0.0.1:4001/graphql', partners: 'http://127.0.0.1:4002/graphql' };

  it('takes the subgraph URLs it is given, a 3 s lookup timeout and biweekly pay periods', () => {
    expect(loadPlacementsSettings(urls, {})).toMatchObject({
      studentsUrl: 'http://127.0.0.1:4001/graphql',
      partnersUrl: 'http://127.0.0.1:4002/graphql',
      entityLookupTimeoutMs: 3000,
      payPeriodAnchor: '2025-07-07',
      payPeriodDays: 14,
    });
  });

  it('reads overrides and refuses malformed values', () => {
    expect(loadPlacementsSettings(urls, { PAY_PERIOD_DAYS: '7' })).toMatchObject({ payPeriodDays: 7 });
    expect(() => loadPlacementsSettings(urls, { PAY_PERIOD_ANCHOR: '2025-13-01' })).toThrow(ConfigError);
    expect(() => loadPlacementsSettings(urls, { ENTITY_LOOKUP_TIMEOUT_MS: 'soon' })).toThrow(ConfigError);
    expect(() => loadPlacementsSettings({ students: urls.students }, {})).toThrow(/no URL known for the partners subgraph/);
    expect(loadPlacementsSettings(urls, { HAZARDOUS_OCCUPATION_RULES: '{"CONSTRUCTION": 18}' }).hazardousOccupations).toMatchObject({ CONSTRUCTION: 18, ROOFING: 18 });
    expect(() => loadPlacementsSettings(urls, { HAZARDOUS_OCCUPATION_RULES: '{"ROOFING": 14}' })).toThrow(ConfigError);
  });

  it("judges standing on the district's today", () => {
    expect(loadPlacementsSettings(urls, {}).today()).toBe(today());
  });
});
