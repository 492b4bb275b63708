import { parseValue } from 'graphql';
import { DateScalar, DateTimeScalar, isIsoDate, JSONScalar } from './scalars';

describe('scalars', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-2-1')).toBe(false);
    expect(DateScalar.parseValue('2025-09-02')).toBe('2025-09-02');
    expect(() => DateScalar.parseValue('02/09/2025')).toThrow(/YYYY-MM-DD/);
    // A literal of another kind is shown as written, so the message says what was sent.
    expect(() => DateScalar.parseLiteral(parseValue('20250902'))).toThrow('Date must be a calendar date as YYYY-MM-DD, got 20250902');
    expect(() => DateTimeScalar.parseLiteral(parseValue('{ at: "noon" }'))).toThrow('DateTime must be an ISO-8601 timestamp, got {at: "noon"}');
  });

  it('serializes instants as ISO strings and refuses other text', () => {
    expect(DateTimeScalar.serialize(new Date('2025-01-01T10:00:00Z'))).toBe('2025-01-01T10:00:00.000Z');
    expect(() => DateTimeScalar.parseValue('yesterday')).toThrow(/ISO-8601/);
  });

  it('passes plain JSON through and refuses what JSON cannot represent', () => {
    const doc = { '@context': ['a'], n: 1.5, ok: true, nested: { none: null } };
    expect(JSONScalar.serialize(doc)).toEqual(doc);
    expect(() => JSONScalar.serialize({ when: new Date() })).toThrow(/\$\.when/);
    expect(() => JSONScalar.serialize({ n: Number.NaN })).toThrow(/\$\.n/);
    expect(JSONScalar.parseLiteral(parseValue('{ a: [1, "x", $v], b: null }'), { v: { deep: true } })).toEqual({
      a: [1, 'x', { deep: true }],
      b: null,
    });
  });
});
