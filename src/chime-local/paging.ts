import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { badRequest } from './errors.ts';

/** One page of a list, as the service answers it. */
export interface Page<T> {
  items: T[];
  nextToken?: string;
}

/**
 * Opaque, tamper-evident NextTokens. A token names the list it belongs to (`scope`:
 * the operation and its filters) and the offset to resume from, and carries an HMAC
 * so that an edited token, or one replayed against another list, is rejected.
 */
export class Paginator {
  readonly #secret = randomBytes(32);

  /**
   * Answers one page of `items` for a request with MaxResults `maxResults` and an
   * optional incoming `nextToken`; the token returned resumes right after it.
   */
  page<T>(
    items: readonly T[],
    maxResults: number,
    nextToken: string | null | undefined,
    scope: string,
  ): Page<T> {
    const offset = nextToken ? this.#decode(nextToken, scope) : 0;
    const slice = items.slice(offset, offset + maxResults);
    const next = offset + slice.length;
    return next < items.length ? { items: slice, nextToken: this.#encode(scope, next) } : { items: slice };
  }

  #sign(payload: string): string {
    return createHmac('sha256', this.#secret).update(payload).digest('base64url').slice(0, 22);
  }

  #encode(scope: string, offset: number): string {
    const payload = Buffer.from(JSON.stringify({ s: scope, o: offset })).toString('base64url');
    return `${payload}.${this.#sign(payload)}`;
  }

  #decode(token: string, scope: string): number {
    const [payload = '', signature = ''] = token.split('.');
    const expected = this.#sign(payload);
    if (
      signature.length !== expected.length ||
      !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))
    )
      throw badRequest('NextToken is invalid: it was not issued by this service or has been altered');
    const { s, o } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      s: string;
      o: number;
    };
    if (s !== scope) throw badRequest('NextToken is invalid: it was issued for a different request');
    return o;
  }
}
