import { deadlineFrom } from './request-context';

describe('deadlineFrom', () => {
  it('turns the gateway’s budget into a deadline from now', () => {
    expect(deadlineFrom('5000', 1_000)).toBe(6_000);
    expect(deadlineFrom(['60000', '1'], 0)).toBe(60_000);
  });

  it('ignores a missing, malformed, non-positive or implausibly long budget', () => {
    for (const header of [undefined, '', 'soon', '-5', '0', '1.5', String(11 * 60_000)]) expect(deadlineFrom(header, 0)).toBeUndefined();
  });
});
