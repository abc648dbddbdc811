import type { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { redisCacheStore } from '../../src/cache/redis-cache-store.ts';
import { connectRedis } from '../../src/redis.ts';
import { capturingLogger, startTestGateway, type TestGateway } from '../support/gateway.ts';
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
