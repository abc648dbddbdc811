import type { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { redisCacheStore } from '../../src/cache/redis-cache-store.ts';
import { startChimeLocal } from '../../src/chime-local/server.ts';
import { loadConfig } from '../../src/config.ts';
import { startGateway } from '../../src/http/server.ts';
import { connectRedis } from '../../src/redis.ts';
import { capturingLogger, startTestGateway, type TestGateway } from '../support/gateway.ts';
import { until } from '../support/net.ts';
import { type RedisServer, startRedisServer } from '../support/redis.ts';

const SECRET = 'the-cursor-secret-of-every-replica-0123456789';
const ACCOUNT = `query ($accountId: String!) {
  account(accountId: $accountId) { name users(first: 5) { nodes { userId displayName } } }
}`;
const ACCOUNTS = `query ($after: String) {
  accounts(first: 2, after: $after) { nodes { accountId name } pageInfo { hasNextPage endCursor } }
}`;

type Replica = Pick<TestGateway, 'query'>;

/** `redis` once it answers commands. */
async function ready(redis: Redis): Promise<Redis> {
  if (redis.status !== 'ready') await new Promise((resolve) => redis.once('ready', resolve));
  return redis;
}

describe('two replicas sharing one Redis', () => {
  let server: RedisServer;
  let gateway: TestGateway;
  let one: Replica;
  let two: Replica;
  const connections: Redis[] = [];
  const { logger, entries } = capturingLogger('warn');
  let accountId: string;

  /** The options of one replica: its own connection to the shared Redis. */
  const replicaOptions = async () => {
    const redis = await ready(connectRedis(server.url, logger));
    connections.push(redis);
    return { cache: { ttlSeconds: 60, store: redisCacheStore(redis) }, cursorSecret: SECRET };
  };

  beforeAll(async () => {
    server = await startRedisServer();
    gateway = await startTestGateway({ seed: 'demo', logger, gateway: await replicaOptions() });
    one = gateway;
    two = gateway.replica(await replicaOptions());
    const accounts = await one.query(ACCOUNTS);
    accountId = accounts.data!.accounts.nodes[0].accountId;
  });
  afterAll(async () => {
    for (const redis of connections) redis.disconnect();
    await gateway.close();
    await server.close();
  });
  beforeEach(() => gateway.resetStats());

  it('serves a read one replica made to the other, with no upstream call', async () => {
    const first = await one.query(ACCOUNT, { accountId });
    expect(first.errors).toBeUndefined();
    expect((await gateway.stats()).total).toBeGreaterThan(0);
    await gateway.resetStats();
    const second = await two.query(ACCOUNT, { accountId });
    expect(second).toEqual(first);
    expect((await gateway.stats()).total).toBe(0);
  });

  it('shows a mutation made on either replica in the next read of the other', async () => {
    for (const [writer, reader, name] of [
      [one, two, 'Renamed on one'],
      [two, one, 'Renamed on two'],
    ] as const) {
      // Both replicas hold the account and the list, so only the mutation can make them stale.
      for (const replica of [one, two]) {
        await replica.query(ACCOUNT, { accountId });
        await replica.query(ACCOUNTS);
      }
      const renamed = await writer.query(
        `mutation ($accountId: String!, $name: String!) {
          updateAccount(input: { accountId: $accountId, name: $name }) { account { name } userErrors { code } }
        }`,
        { accountId, name },
      );
      expect(renamed.data!.updateAccount).toEqual({ account: { name }, userErrors: [] });
      expect((await reader.query(ACCOUNT, { accountId })).data!.account.name).toBe(name);
      expect((await reader.query(ACCOUNTS)).data!.accounts.nodes).toContainEqual({ accountId, name });
    }
  });

  it("resumes one replica's cursor on the other", async () => {
    const first = await one.query(ACCOUNTS);
    const { endCursor } = first.data!.accounts.pageInfo;
    const there = await two.query(ACCOUNTS, { after: endCursor });
    expect(there.errors).toBeUndefined();
    const here = await one.query(ACCOUNTS, { after: endCursor });
    expect(there.data).toEqual(here.data);
    const firstIds = first.data!.accounts.nodes.map((node: { accountId: string }) => node.accountId);
    for (const node of there.data!.accounts.nodes) expect(firstIds).not.toContain(node.accountId);
  });

  // Last: it stops the shared Redis.
  it('keeps answering once Redis is gone, from upstream again', async () => {
    await one.query(ACCOUNT, { accountId });
    await gateway.resetStats();
    await two.query(ACCOUNT, { accountId });
    expect((await gateway.stats()).total).toBe(0);

    await server.close();
    for (const replica of [one, two]) {
      await gateway.resetStats();
      const result = await replica.query(ACCOUNT, { accountId });
      expect(result.errors).toBeUndefined();
      expect(result.data!.account.users.nodes.length).toBeGreaterThan(0);
      expect((await gateway.stats()).calls).toEqual({ GetAccount: 1, ListUsers: 1 });
    }
    expect(JSON.stringify(entries)).not.toContain(String(server.port));
  });
});

describe('npm start with REDIS_URL', () => {
  it('caches upstream reads in that Redis, and closes its connection on shutdown', async () => {
    const server = await startRedisServer();
    const local = await startChimeLocal({ port: 0, seed: 'demo' });
    const { logger, entries } = capturingLogger('info');
    const gateway = await startGateway(
      loadConfig({ PORT: '0', CHIME_ENDPOINT: local.url, REDIS_URL: server.url, CACHE_TTL_SECONDS: '30' }),
      logger,
    );
    try {
      const ask = async () => {
        await fetch(`${local.url}/_local/reset`, { method: 'POST' });
        const response = await fetch(`${gateway.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ accounts(first: 3) { nodes { name } } }' }),
        });
        expect((await response.json()).errors).toBeUndefined();
        return ((await (await fetch(`${local.url}/_local/stats`)).json()) as { total: number }).total;
      };
      // The first request may come before the connection is ready, and then reads upstream only.
      await until(async () => (await ask()) === 0);
      expect(entries.map((entry) => entry.msg)).toContain(
        'upstream reads are cached for 30 s in Redis (REDIS_URL), shared by every replica',
      );
    } finally {
      await gateway.close();
      await local.close();
      await server.close();
    }
  });
});
