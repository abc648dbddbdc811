import { createHash } from 'node:crypto';
import { badUserInput } from '../errors.ts';

/**
 * Where an item sits upstream: in the page read with `token` (null: the first page)
 * and `maxResults`, at `offset`. `scope` names the list and its filters so that a
 * cursor is only accepted by the connection that made it.
 */
export interface CursorPosition {
  token: string | null;
  maxResults: number;
  offset: number;
}

/** A cursor that resumes at the start of the page read with `token`. */
export interface PageStart {
  token: string;
}

interface EncodedCursor {
  v: 1;
  s: string;
  t: string | null;
  m?: number;
  o?: number;
}

const VERSION = 1;

/** A short fingerprint of a connection's identity (field, parent, filters). */
export function connectionScope(...parts: (string | number | null | undefined)[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 12);
}

/** Encodes an item's position (or the start of the next page) as an opaque Relay cursor. */
export function toRelayCursor(scope: string, position: CursorPosition | PageStart): string {
  const encoded: EncodedCursor =
    'offset' in position
      ? { v: VERSION, s: scope, t: position.token, m: position.maxResults, o: position.offset }
      : { v: VERSION, s: scope, t: position.token };
  return Buffer.from(JSON.stringify(encoded)).toString('base64url');
}

/** Decodes a cursor made by `toRelayCursor` for the same `scope`; anything else is BAD_USER_INPUT. */
export function fromRelayCursor(scope: string, cursor: string): CursorPosition | PageStart {
  let decoded: Partial<EncodedCursor>;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badUserInput(`after: ${JSON.stringify(cursor)} is not a cursor this gateway made`);
  }
  if (
    typeof decoded !== 'object' ||
    decoded === null ||
    decoded.v !== VERSION ||
    typeof decoded.s !== 'string'
  )
    throw badUserInput(`after: ${JSON.stringify(cursor)} is not a cursor this gateway made`);
  if (decoded.s !== scope)
    throw badUserInput(
      'after: the cursor was made for another connection or other filters; use one from this field',
    );
  const { t, m, o } = decoded;
  if (typeof t === 'string' && m === undefined && o === undefined) return { token: t };
  if (
    (t === null || typeof t === 'string') &&
    Number.isInteger(m) &&
    (m as number) > 0 &&
    Number.isInteger(o) &&
    (o as number) >= 0
  )
    return { token: t, maxResults: m as number, offset: o as number };
  throw badUserInput(`after: ${JSON.stringify(cursor)} is not a cursor this gateway made`);
}
