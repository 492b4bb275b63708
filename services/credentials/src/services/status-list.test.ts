import { gunzipSync } from 'node:zlib';
import { encodeStatusList, STATUS_LIST_BITS, statusListPosition, statusListRange } from './status-list';

/** Decodes as a verifier does: strip the multibase `u`, base64url, gunzip. */
const decode = (encoded: string) => gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));

describe('Bitstring Status List encoding', () => {
  it('is a GZIP-compressed, multibase base64url bitstring of 16 KiB, bit 0 the left-most', () => {
    const encoded = encodeStatusList([0, 9, STATUS_LIST_BITS - 1]);
    expect(encoded).toMatch(/^u[A-Za-z0-9_-]+$/);
    const bytes = decode(encoded);
    expect(bytes.length).toBe(16 * 1024);
    expect(bytes[0]).toBe(0b1000_0000);
    expect(bytes[1]).toBe(0b0100_0000);
    expect(bytes[bytes.length - 1]).toBe(0b0000_0001);
    expect(bytes.subarray(2, bytes.length - 1).every((byte) => byte === 0)).toBe(true);
  });

  it('refuses a bit outside the list', () => {
    expect(() => encodeStatusList([STATUS_LIST_BITS])).toThrow(RangeError);
    expect(() => encodeStatusList([-1])).toThrow(RangeError);
  });

  it('places award status indexes in 1-based lists of STATUS_LIST_BITS entries', () => {
    expect(statusListPosition(0)).toEqual({ list: 1, index: 0 });
    expect(statusListPosition(STATUS_LIST_BITS - 1)).toEqual({ list: 1, index: STATUS_LIST_BITS - 1 });
    expect(statusListPosition(STATUS_LIST_BITS + 7)).toEqual({ list: 2, index: 7 });
    expect(statusListRange(2)).toEqual({ from: STATUS_LIST_BITS, to: 2 * STATUS_LIST_BITS });
  });
});
