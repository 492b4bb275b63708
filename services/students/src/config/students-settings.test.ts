import { loadStudentsSettings } from './students-settings';

describe('loadStudentsSettings', () => {
  it('opens graduation on May 15 unless GRADUATION_OPENS_ON gives another spring day', () => {
    expect(loadStudentsSettings({}).graduationOpensOn).toBe('05-15');
    expect(loadStudentsSettings({ GRADUATION_OPENS_ON: '06-01' }).graduationOpensOn).toBe('06-01');
  });

  it.each(['07-01', '12-20', '5-15', 'May 15', '06-32'])('refuses GRADUATION_OPENS_ON=%s', (value) => {
    expect(() => loadStudentsSettings({ GRADUATION_OPENS_ON: value })).toThrow(/GRADUATION_OPENS_ON/);
  });

  it("reads today's date in the district", () => {
    expect(loadStudentsSettings({}).today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
