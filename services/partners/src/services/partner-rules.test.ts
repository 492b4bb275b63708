import { agreementCurrentOn, insuranceCurrentOn } from './partner-rules';

describe('partner rules', () => {
  it('counts an agreement current from its signing day through its expiry day', () => {
    const partner = { agreementSignedOn: '2025-08-01', agreementExpiresOn: '2026-07-31' };
    expect(agreementCurrentOn(partner, '2025-08-01')).toBe(true);
    expect(agreementCurrentOn(partner, '2026-07-31')).toBe(true);
    expect(agreementCurrentOn(partner, '2026-08-01')).toBe(false);
    expect(agreementCurrentOn(partner, '2025-07-31')).toBe(false);
    expect(agreementCurrentOn({ agreementSignedOn: null, agreementExpiresOn: null }, '2025-09-01')).toBe(false);
  });

  it('counts insurance current through its expiry day', () => {
    expect(insuranceCurrentOn({ insuranceExpiresOn: '2026-01-31' }, '2026-01-31')).toBe(true);
    expect(insuranceCurrentOn({ insuranceExpiresOn: '2026-01-31' }, '2026-02-01')).toBe(false);
    expect(insuranceCurrentOn({ insuranceExpiresOn: null }, '2026-02-01')).toBe(false);
  });
});
