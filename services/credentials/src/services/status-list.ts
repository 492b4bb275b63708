import { gzipSync } from 'node:zlib';

/**
 * Entries per status list: Bitstring Status List v1.0 requires at least 16 KiB (131,072 bits) so a
 * list hides which of many credentials a verifier asks about (group privacy).
 */
export const STATUS_LIST_BITS = 131_072;

/** Where an award's revocation bit lives: award `statusIndex` n is bit n mod size of list n div size + 1. */
export function statusListPosition(statusIndex: number): { list: number; index: number } {
  return { list: Math.floor(statusIndex / STATUS_LIST_BITS) + 1, index: statusIndex % STATUS_LIST_BITS };
}

/** The first status index of list `list` (1-based) and the first one past it. */
export function statusListRange(list: number): { from: number; to: number } {
  return { from: (list - 1) * STATUS_LIST_BITS, to: list * STATUS_LIST_BITS };
}

/**
 * `encodedList`: the bitstring GZIP-compressed, then base64url (no padding) with the multibase
 * prefix `u`. Bit 0 is the most significant bit of the first byte (the spec's left-most bit).
 */
export function encodeStatusList(setBits: Iterable<number>): string {
  const bytes = new Uint8Array(STATUS_LIST_BITS / 8);
  for (const bit of setBits) {
    if (!Number.isInteger(bit) || bit < 0 || bit >= STATUS_LIST_BITS) throw new RangeError(`status list bit ${bit} is out of range`);
    bytes[bit >> 3] |= 0x80 >> (bit & 7);
  }
  return `u${gzipSync(bytes).toString('base64url')}`;
}
