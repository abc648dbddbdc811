import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryTokenBuckets } from '../../src/store/token-buckets.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { mintHs256, TEST_JWT_SECRET, VIEWER_CLAIMS } from '../support/tokens.ts';

/** Four ListAccounts calls, each estimated at one: the bucket (1 call per second, 5 at once) holds one such operation. */
const FOUR_CALLS = `{
  a: accounts(first: 1) { nodes { name } }
  b: accounts(first: 1) { nodes { name } }
  c: accounts(first: 1) { nodes { name } }
  d: accounts(first: 1) { nodes { name } }
}`;

let gateway: TestGateway;
let now = 0;
let ann: Record<string, string>;
let bob: Record<string, string>;

beforeAll(async () => {
  gateway = await startTestGateway({
    seed: 'none',
    auth: { methods: ['jwt'], jwtSecret: TEST_JWT_SECRET },
    gateway: { rateLimit: { callsPerSecond: 1, store: createMemoryTokenBuckets({ now: () => now }) } },
  });
  ann = { authorization: `Bearer ${await mintHs256({ ...VIEWER_CLAIMS, sub: 'ann' })}` };
  bob = { authorization: `Bearer ${await mintHs256({ ...VIEWER_CLAIMS, sub: 'bob' })}` };
});
afterAll(() => gateway.close());
beforeEach(() => gateway.resetStats());

/** Expects HTTP 429 with one RATE_LIMITED error and `Retry-After: retryAfter`, and no upstream call. */
async function expectRateLimited(headers: Record<string, string>, retryAfter: number) {
  const { status, headers: answer, body } = await gateway.send(headers, FOUR_CALLS);
  expect(status).toBe(429);
  expect(answer.get('retry-after')).toBe(String(retryAfter));
  expect(body.data).toBeUndefined();
  expect(body.errors).toEqual([
    {
      message: expect.stringMatching(
        new RegExp(
          `^Rate limit of "ann" reached: the operation is estimated to make 4 upstream requests .*Retry after ${retryAfter} s\\.$`,
        ),
      ),
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter },
    },
  ]);
  expect((await gateway.stats()).total).toBe(0);
}

async function expectServed(headers: Record<string, string>) {
  const { status, body } = await gateway.send(headers, FOUR_CALLS);
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  expect((await gateway.stats()).total).toBe(4);
  expect(gateway.costs.at(-1)).toMatchObject({ estimated: 4, actual: 4 });
}

describe('RATE_LIMIT_CALLS_PER_SECOND per identity', () => {
  it('refuses an operation whose estimate does not fit with 429, Retry-After and RATE_LIMITED, and serves others', async () => {
    await expectServed(ann);
    await gateway.resetStats();
    // One call left of five; the next three come in three seconds.
    await expectRateLimited(ann, 3);
    await expectServed(bob);
  });

  it('refills the bucket as the clock advances, saying each time how long is left', async () => {
    now += 2000;
    await expectRateLimited(ann, 1);
    now += 1000;
    await expectServed(ann);
  });
});

describe('what the estimate overshot', () => {
  /** Estimated at two (the accounts, then their users), it makes one call when there is no account. */
  const OVERSHOOTING = '{ accounts(first: 1) { nodes { users(first: 1) { nodes { userId } } } } }';

  it('is given back once the operation is answered', async () => {
    const cy = { authorization: `Bearer ${await mintHs256({ ...VIEWER_CLAIMS, sub: 'cy' })}` };
    // Five tokens, each operation charged two and given one back: four fit (without it, two would).
    for (let served = 0; served < 4; served++) {
      const { status } = await gateway.send(cy, OVERSHOOTING);
      expect(status).toBe(200);
      expect(gateway.costs.at(-1)).toMatchObject({ estimated: 2, actual: 1 });
    }
    const { status, headers } = await gateway.send(cy, OVERSHOOTING);
    expect(status).toBe(429);
    expect(headers.get('retry-after')).toBe('1');
  });
});
