import type { CORSOptions } from 'graphql-yoga';
import { EXPLAIN_HEADER } from './explain.ts';

/** The request headers a listed origin's pages may send. */
const ALLOWED_HEADERS = ['content-type', 'authorization', 'x-api-key', EXPLAIN_HEADER];

/**
 * Yoga's `cors` option: CORS headers only for a request whose `Origin` is exactly one of
 * `origins`, naming that origin alone (Yoga's default reflects any origin with
 * credentials). Any other origin, preflight or not, gets no CORS headers at all, so its
 * browser neither sends the request nor shows it the answer.
 */
export function corsPolicy(origins: readonly string[]) {
  const listed = new Set(origins);
  return (request: Request): CORSOptions => {
    const origin = request.headers.get('origin');
    if (origin === null || !listed.has(origin)) return false;
    return {
      origin: [origin],
      methods: ['GET', 'POST'],
      allowedHeaders: ALLOWED_HEADERS,
      credentials: true,
      maxAge: 600,
    };
  };
}
