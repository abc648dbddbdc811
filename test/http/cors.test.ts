import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';

const LISTED = 'https://dashboard.example.com';
let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({ gateway: { corsOrigins: [LISTED, 'http://localhost:5173'] } });
});
afterAll(() => gateway.close());

const corsHeaders = (response: Response) =>
  Object.fromEntries([...response.headers].filter(([name]) => name.startsWith('access-control-')));

const preflight = (origin: string) =>
  gateway.fetch('/graphql', {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, x-evil',
    },
  });

const post = (origin: string) =>
  gateway.fetch('/graphql', {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });

describe('CORS', () => {
  it('answers a listed origin’s preflight for that origin alone, with fixed methods and headers', async () => {
    const response = await preflight(LISTED);
    expect(response.status).toBe(204);
    expect(corsHeaders(response)).toEqual({
      'access-control-allow-origin': LISTED,
      'access-control-allow-methods': 'GET, POST',
      'access-control-allow-headers': 'content-type, authorization, x-api-key, x-explain',
      'access-control-allow-credentials': 'true',
      'access-control-max-age': '600',
    });
  });

  it('lets a listed origin read the answer', async () => {
    const response = await post(LISTED);
    expect(response.headers.get('access-control-allow-origin')).toBe(LISTED);
    expect((await response.json()).data).toEqual({ __typename: 'Query' });
  });

  it.each([
    ['an unlisted origin', 'https://evil.example'],
    ['a listed host on another scheme', 'http://dashboard.example.com'],
    ['a listed origin with a suffix', `${LISTED}.evil.example`],
    ['the null origin', 'null'],
  ])('gives %s no CORS headers, preflight or not', async (_name, origin) => {
    const response = await preflight(origin);
    expect(corsHeaders(response)).toEqual({});
    expect(corsHeaders(await post(origin))).toEqual({});
  });

  it('gives no CORS headers at all when no origin is listed', async () => {
    const closed = await startTestGateway();
    try {
      const response = await closed.fetch('/graphql', {
        method: 'OPTIONS',
        headers: { origin: LISTED, 'access-control-request-method': 'POST' },
      });
      expect(corsHeaders(response)).toEqual({});
    } finally {
      await closed.close();
    }
  });
});
