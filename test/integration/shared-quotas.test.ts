import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createQuotaGate } from '../../src/chime/quotas.ts';
import { DEMO_BEARER_ARN } from '../../src/chime-local/messaging/seed.ts';
import { loadConfig } from '../../src/config.ts';
import { type RunningGateway, startGateway } from '../../src/http/server.ts';
import { connectRedis } from '../../src/redis.ts';
import { createRedisTokenBuckets } from '../../src/store/token-buckets.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { until } from '../support/net.ts';
import { expectPaced, SEND_TO_GENERAL } from '../support/quotas.ts';
import { type RedisServer, startRedisServer } from '../support/redis.ts';
import { mintHs256, TEST_JWT_SECRET, VIEWER_CLAIMS } from '../support/tokens.ts';

/** The channel quota both replicas keep to, together: a token every 500 ms, one at a time. */
const CHANNEL_QUOTA = { ratePerSecond: 2, burst: 1 };
/** Five ListAccounts calls, estimated at five: a whole burst of an identity allowed one call per second. */
const FIVE_CALLS = `{
  a: accounts(first: 1) { nodes { name } }
  b: accounts(first: 1) { nodes { name } }
  c: accounts(first: 1) { nodes { name } }
  d: accounts(first: 1) { nodes { name } }
  e: accounts(first: 1) { nodes { name } }
}`;

const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
let redisServer: RedisServer;
const connections: Redis[] = [];
let a: TestGateway;
let b: TestGateway;

/** A replica with its own Redis connection, as another process would have, over `local` when given. */
async function replica(local?: TestGateway['local']): Promise<TestGateway> {
  const redis = connectRedis(redisServer.url, logger);
  connections.push(redis);
  await until(() => redis.status === 'ready');
  return startTestGateway({
    seed: 'demo',
    local,
    auth: { methods: ['jwt'], jwtSecret: TEST_JWT_SECRET },
    client: {
      quota: createQuotaGate({
        buckets: createRedisTokenBuckets(redis, { prefix: 'test:quota:', logger }),
        quotas: { channel: CHANNEL_QUOTA },
      }),
    },
    gateway: {
      rateLimit: {
        callsPerSecond: 1,
        store: createRedisTokenBuckets(redis, { prefix: 'test:rate-limit:', logger }),
      },
    },
  });
}

const bearerOf = async (claims: Record<string, unknown>) => ({
  authorization: `Bearer ${await mintHs256({ ...VIEWER_CLAIMS, ...claims })}`,
});

beforeAll(async () => {
  redisServer = await startRedisServer();
  a = await replica();
  b = await replica(a.local);
});
afterAll(async () => {
  await b?.close();
  await a?.close();
  for (const redis of connections) redis.disconnect();
  await redisServer?.close();
});
beforeEach(() => a.resetStats());

describe('two replicas over one Redis', () => {
  it('keep to one upstream quota together', async () => {
    // Four senders, so that no identity's own rate limit is what paces them.
    const sends = Array.from({ length: 4 }, async (_, n) => {
      const headers = await bearerOf({
        sub: `sender-${n}`,
        chime_role: 'admin',
        chime_bearer: DEMO_BEARER_ARN,
      });
      return (n % 2 === 0 ? a : b).send(headers, SEND_TO_GENERAL, { content: `message ${n}` });
    });
    for (const { status, body } of await Promise.all(sends)) {
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data!.sendChannelMessage).toEqual({ messageId: expect.any(String), userErrors: [] });
    }
    expect(expectPaced(await a.stats(), 'SendChannelMessage', CHANNEL_QUOTA)).toHaveLength(4);
  });

  it('share an identity rate limit: what it spent on one is spent on the other', async () => {
    const ann = await bearerOf({ sub: 'ann' });
    const served = await a.send(ann, FIVE_CALLS);
    expect(served.status).toBe(200);
    expect(served.body.errors).toBeUndefined();
    await a.resetStats();
    const refused = await b.send(ann, FIVE_CALLS);
    expect(refused.status).toBe(429);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'RATE_LIMITED' }) }),
    ]);
    expect((await b.stats()).total).toBe(0);
    // Another identity's budget is its own.
    expect((await b.send(await bearerOf({ sub: 'bob' }), FIVE_CALLS)).status).toBe(200);
  });

  it('share them as npm start builds them from REDIS_URL', async () => {
    const env = {
      PORT: '0',
      CHIME_ENDPOINT: a.local.url,
      REDIS_URL: redisServer.url,
      RATE_LIMIT_CALLS_PER_SECOND: '1',
      // Two replicas in one process: neither serves metrics (they would both want 9464).
      METRICS_PORT: '0',
    };
    const started: RunningGateway[] = [];
    try {
      for (let n = 0; n < 2; n++) started.push(await startGateway(loadConfig(env), logger));
      const post = (gateway: RunningGateway) =>
        fetch(`${gateway.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: FIVE_CALLS }),
        });
      // Each connects to Redis at start-up, keeping its own buckets until the connection is ready
      // (its last command is then the ready check, INFO).
      await until(async () => {
        const clients = (await connections[0]!.client('LIST')) as string;
        return (
          clients
            .split('\n')
            .filter((line) => line.includes('name=chime-graphql-gateway') && line.includes('cmd=info'))
            .length >= 2
        );
      });
      expect((await post(started[0]!)).status).toBe(200);
      expect((await post(started[1]!)).status).toBe(429);
    } finally {
      for (const gateway of started) await gateway.close();
    }
  });

  it('keep answering when Redis goes away, each with its own buckets', async () => {
    await redisServer.close();
    await until(() => connections.every((redis) => redis.status !== 'ready'));
    const cy = await bearerOf({ sub: 'cy' });
    for (const gateway of [a, b]) {
      const { status, body } = await gateway.send(cy, FIVE_CALLS);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
    }
    // In-process now: a replica still refuses what its own bucket cannot hold.
    expect((await a.send(cy, FIVE_CALLS)).status).toBe(429);
  });
});
