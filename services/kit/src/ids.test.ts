import { deterministicUuid, isUuid, parseId } from './ids';

describe('ids', () => {
  it('accepts UUIDs and names the field of a malformed one', () => {
    expect(parseId('id', 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11')).toBe('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11');
    expect(() => parseId('input.schoolId', '42')).toThrow('input.schoolId: "42" is not a valid id');
  });

  it('derives the same valid UUID for the same name, different ones otherwise', () => {
    const a = deterministicUuid('student', 1);
    expect(isUuid(a)).toBe(true);
    expect(deterministicUuid('student', 1)).toBe(a);
    expect(deterministicUuid('student', 2)).not.toBe(a);
    expect(deterministicUuid('school', 1)).not.toBe(a);
  });
});
