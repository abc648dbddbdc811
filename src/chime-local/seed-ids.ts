import { createHash } from 'node:crypto';

/**
 * Stable bytes derived from `label`: the demo seed names each record it makes, so that
 * ids, ARNs and PINs are the same on every start and do not shift when records are
 * added before them.
 */
export function seedBytes(label: string): Buffer {
  return createHash('sha256').update(`chime-local seed: ${label}`).digest();
}

/** A UUID-shaped id (version 4 layout) derived from `label`. */
export function seedUuid(label: string): string {
  const hex = seedBytes(label).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** `count` decimal digits (at most 32) derived from `label`. */
export function seedDigits(label: string, count: number): string {
  return Array.from(seedBytes(label).subarray(0, count), (byte) => byte % 10).join('');
}
