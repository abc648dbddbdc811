import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { badUserInput } from '../../errors.ts';

/**
 * Where an item sits upstream: in the page read with `token` (null: the first page)
 * and `maxResults`, at `offset`.
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

/** Makes and reads the cursors of one gateway. */
export interface Cursors {
  /** An item's position (or the start of the next page) as an opaque Relay cursor of the connection `scope`. */
  encode(scope: string, position: CursorPosition | PageStart): string;
  /** The position a cursor made by `encode` for the same `scope` holds; anything else is BAD_USER_INPUT. */
  decode(scope: string, cursor: string): CursorPosition | PageStart;
}

/** The key used when CURSOR_SECRET is unset: cursors stay valid for the life of the process. */
const PROCESS_KEY = randomBytes(32);
/** A truncated HMAC-SHA256 (128 bits) is enough to make forging hopeless and keeps cursors short. */
const MAC_BYTES = 16;
const VERSION = 1;

/**
 * A short fingerprint of a connection's identity (field, parent, filters). A hash, not the parts
 * themselves: it keeps every cursor the same short length whatever the filters hold.
 */
export function connectionScope(...parts: (string | number | null | undefined)[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 12);
}

/**
 * Cursors authenticated with HMAC-SHA256 under `secret` (CURSOR_SECRET; unset: a random key of
 * this process), so that a client can neither forge one nor edit the position or page size it
 * holds. A cursor is `<payload>.<mac>`, the payload base64url JSON `[version, scope, token,
 * maxResults?, offset?]`.
 */
export function createCursors(secret?: string): Cursors {
  const key = secret === undefined ? PROCESS_KEY : Buffer.from(secret, 'utf8');
  const mac = (payload: string) => createHmac('sha256', key).update(payload).digest().subarray(0, MAC_BYTES);
  const notOurs = (cursor: string) =>
    badUserInput(
      `after: ${JSON.stringify(cursor.slice(0, 40))} is not a cursor this gateway made (cursors are signed: an edited one is refused too)`,
    );
  return {
    encode(scope, position) {
      const fields =
        'offset' in position
          ? [VERSION, scope, position.token, position.maxResults, position.offset]
          : [VERSION, scope, position.token];
      const payload = Buffer.from(JSON.stringify(fields)).toString('base64url');
      return `${payload}.${mac(payload).toString('base64url')}`;
    },
    decode(scope, cursor) {
      const [payload = '', signature = '', ...rest] = cursor.split('.');
      const given = Buffer.from(signature, 'base64url');
      if (rest.length > 0 || given.length !== MAC_BYTES || !timingSafeEqual(given, mac(payload)))
        throw notOurs(cursor);
      let fields: unknown;
      try {
        fields = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      } catch {
        throw notOurs(cursor);
      }
      if (!Array.isArray(fields) || fields[0] !== VERSION || typeof fields[1] !== 'string')
        throw notOurs(cursor);
      // An upstream NextToken is valid only for the list and filters that produced it: replayed
      // against another parent or other filters it either fails upstream with an error that names
      // nothing the caller sent, or quietly pages a different list. The scope is signed with the
      // position, so such a cursor is refused here, plainly and before any upstream call.
      if (fields[1] !== scope)
        throw badUserInput(
          'after: the cursor was made for another connection or other filters; use one from this field',
        );
      const [, , token, maxResults, offset] = fields;
      if (typeof token === 'string' && fields.length === 3) return { token };
      if (
        (token === null || typeof token === 'string') &&
        Number.isInteger(maxResults) &&
        maxResults > 0 &&
        Number.isInteger(offset) &&
        offset >= 0
      )
        return { token, maxResults, offset };
      throw notOurs(cursor);
    },
  };
}
