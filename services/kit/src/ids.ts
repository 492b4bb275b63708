import { createHash } from 'node:crypto';
import { UserInputError } from './errors/app-errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Checks an id argument before it reaches SQL, naming the field when it is malformed. */
export function parseId(field: string, value: string): string {
  if (!isUuid(value)) throw new UserInputError(field, `"${value.slice(0, 64)}" is not a valid id`);
  return value.toLowerCase();
}

/**
 * A stable UUID (version 5 layout, SHA-1 based) for a name. Seeds use it so that services agree on
 * each other's ids without reading each other's tables.
 */
export function deterministicUuid(namespace: string, name: string | number): string {
  const hash = createHash('sha1').update(`careergraph:${namespace}:${name}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
