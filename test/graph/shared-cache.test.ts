import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { memoryCacheStore } from '../../src/cache/cache-store.ts';
import { redisCacheStore } from '../../src/cache/redis-cache-store.ts';
import { appInstanceUserArn } from '../../src/chime-local/messaging/arns.ts';
import {
  DEMO_APP_INSTANCE_ARN,
  DEMO_BEARER_ARN,
  DEMO_GENERAL_CHANNEL_ARN,
} from '../../src/chime-local/messaging/seed.ts';
import { connectRedis } from '../../src/redis.ts';
import { capturingLogger, startTestGateway, type TestGateway } from '../support/gateway.ts';
import { freePort } from '../support/net.ts';
import { mintHs256, TEST_JWT_SECRET } from '../support/tokens.ts';
import { accountWithUsers, e164s, orderNumbers, sdkClients } from './phone-numbers-fixtures.ts';

const TTL_SECONDS = 15;
const JWT = { methods: ['jwt' as const], jwtSecret: TEST_JWT_SECRET };

/** The headers of an admin identity with `claims` (every account unless they say otherwise). */
const identity = async (claims: Record<string, unknown> = {}) => ({
  authorization: `Bearer ${await mintHs256({ sub: 'dashboard', chime_role: 'admin', chime_accounts: ['*'], ...claims })}`,
});

/** Sends `document` as `headers` to `gateway`, expecting no error; answers `data`. */
async function dataOf(
  gateway: Pick<TestGateway, 'send'>,
  headers: Record<string, string>,
  document: string,
  variables?: Record<string, unknown>,
) {
  const { status, body } = await gateway.send(headers, document, variables);
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  return body.data!;
}

const ACCOUNT = `query ($accountId: String!) {
  account(accountId: $accountId) { name users(first: 10) { nodes { userId primaryProvisionedNumber } } }
}`;

describe('the shared cache of upstream reads, in process', () => {
  let gateway: TestGateway;
  let sdk: ReturnType<typeof sdkClients>;
  let admin: Record<string, string>;
  let accountId: string;
  let otherAccountId: string;
  let userIds: string[];
  const numbers = e164s('312', 3);
  // The clock entries expire by: each test starts past every entry the previous ones stored.
  let now = Date.UTC(2030, 0, 1);

  beforeAll(async () => {
    gateway = await startTestGateway({
      auth: JWT,
      gateway: { cache: { ttlSeconds: TTL_SECONDS, store: memoryCacheStore(), now: () => now } },
    });
    sdk = sdkClients(gateway);
    await orderNumbers(sdk.chime, numbers);
    ({ accountId, userIds } = await accountWithUsers(sdk.chime, 'Cached Corp', 2, numbers.slice(0, 1)));
    ({ accountId: otherAccountId } = await accountWithUsers(sdk.chime, 'Other Corp', 1));
    admin = await identity();
  });
  afterAll(async () => {
    sdk.chime.destroy();
    sdk.voice.destroy();
    await gateway.close();
  });
  beforeEach(async () => {
    now += 60 * 60_000;
    await gateway.resetStats();
  });

  it('serves a repeated read from the cache: the second request sends nothing upstream', async () => {
    const first = await dataOf(gateway, admin, ACCOUNT, { accountId });
    expect((await gateway.stats()).calls).toEqual({ GetAccount: 1, ListUsers: 1 });
    await gateway.resetStats();

    const second = await dataOf(gateway, admin, ACCOUNT, { accountId });
    expect(second).toEqual(first);
    expect((await gateway.stats()).total).toBe(0);
    expect(gateway.costs.at(-1)?.actual).toBe(0);
  });

  it('reads upstream again once an answer is older than CACHE_TTL_SECONDS', async () => {
    await dataOf(gateway, admin, ACCOUNT, { accountId });
    now += TTL_SECONDS * 1000 - 1;
    await gateway.resetStats();
    await dataOf(gateway, admin, ACCOUNT, { accountId });
    expect((await gateway.stats()).total).toBe(0);

    now += 2;
    await dataOf(gateway, admin, ACCOUNT, { accountId });
    expect((await gateway.stats()).calls).toEqual({ GetAccount: 1, ListUsers: 1 });
  });

  it('reads fresh after a mutation: the entity, the lists of its feature, and the other features it changed', async () => {
    const [, bob] = userIds as [string, string];
    const number = numbers[2]!;
    const read = `query ($accountId: String!, $number: String!) {
      account(accountId: $accountId) { name users(first: 10) { nodes { userId primaryProvisionedNumber } } }
      accounts(first: 50) { nodes { accountId name } }
      phoneNumber(phoneNumberId: $number) { status user { userId } }
    }`;
    const before = await dataOf(gateway, admin, read, { accountId, number });
    expect(before.phoneNumber).toEqual({ status: 'UNASSIGNED', user: null });
    // Served from the cache now: what follows shows the mutations, not the TTL, made it stale.
    await gateway.resetStats();
    expect(await dataOf(gateway, admin, read, { accountId, number })).toEqual(before);
    expect((await gateway.stats()).total).toBe(0);

    await dataOf(
      gateway,
      admin,
      `mutation ($accountId: String!, $bob: String!, $number: String!) {
        updateAccount(input: { accountId: $accountId, name: "Renamed Corp" }) { userErrors { code } }
        associatePhoneNumberWithUser(input: { accountId: $accountId, userId: $bob, e164PhoneNumber: $number }) {
          userErrors { code }
        }
      }`,
      { accountId, bob, number },
    );
    await gateway.resetStats();
    const after = await dataOf(gateway, admin, read, { accountId, number });
    expect(after.account.name).toBe('Renamed Corp');
    expect(after.accounts.nodes).toContainEqual({ accountId, name: 'Renamed Corp' });
    expect(after.account.users.nodes).toContainEqual({ userId: bob, primaryProvisionedNumber: number });
    expect(after.phoneNumber).toEqual({ status: 'ASSIGNED', user: { userId: bob } });
    expect((await gateway.stats()).calls).toMatchObject({ GetAccount: 1, ListAccounts: 1, ListUsers: 1 });
  });

  it('keeps the answers of identities with different account scopes apart', async () => {
    const calls = async (headers: Record<string, string>) => {
      await gateway.resetStats();
      await dataOf(gateway, headers, ACCOUNT, { accountId });
      return (await gateway.stats()).total;
    };
    expect(await calls(await identity({ chime_accounts: [accountId] }))).toBe(2);
    expect(await calls(await identity({ sub: 'another', chime_accounts: [accountId] }))).toBe(0);
    expect(await calls(await identity({ chime_accounts: [accountId, otherAccountId] }))).toBe(2);
    // The same accounts in another order are the same scope.
    expect(await calls(await identity({ chime_accounts: [otherAccountId, accountId] }))).toBe(0);
    expect(await calls(admin)).toBe(2);
  });
});

describe('messaging answers, filed by bearer', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway({
      seed: 'demo',
      auth: JWT,
      gateway: { cache: { ttlSeconds: TTL_SECONDS } },
    });
  });
  afterAll(() => gateway.close());

  it('serves a bearer its own earlier reads, never another bearer’s', async () => {
    const channel = `query ($arn: String!) { channel(channelArn: $arn) { name createdTimestamp } }`;
    const describes = async (headers: Record<string, string>) => {
      await gateway.resetStats();
      const data = await dataOf(gateway, headers, channel, { arn: DEMO_GENERAL_CHANNEL_ARN });
      expect(data.channel.name).toBe('General');
      return (await gateway.stats()).calls.DescribeChannel ?? 0;
    };
    const demoAdmin = await identity({ chime_bearer: DEMO_BEARER_ARN });
    const member = await identity({
      chime_bearer: appInstanceUserArn(DEMO_APP_INSTANCE_ARN, 'demo-user-02'),
    });
    expect(await describes(demoAdmin)).toBe(1);
    expect(await describes(demoAdmin)).toBe(0);
    expect(await describes(member)).toBe(1);
    expect(await describes(member)).toBe(0);
  });
});

describe('the shared cache turned off or away', () => {
  const ACCOUNTS = '{ accounts(first: 5) { nodes { accountId name } } }';

  it('caches nothing with CACHE_TTL_SECONDS=0', async () => {
    const gateway = await startTestGateway({ seed: 'demo', gateway: { cache: { ttlSeconds: 0 } } });
    try {
      for (const _ of [1, 2]) {
        await gateway.resetStats();
        expect((await gateway.query(ACCOUNTS)).errors).toBeUndefined();
        expect((await gateway.stats()).calls).toEqual({ ListAccounts: 1 });
      }
    } finally {
      await gateway.close();
    }
  });

  it('answers from upstream while its Redis is unreachable, and warns without the address', async () => {
    const port = await freePort();
    const { logger, entries } = capturingLogger('warn');
    const redis = connectRedis(`redis://:hunter2-password@127.0.0.1:${port}`, logger);
    const gateway = await startTestGateway({
      seed: 'demo',
      logger,
      gateway: { cache: { ttlSeconds: TTL_SECONDS, store: redisCacheStore(redis) } },
    });
    try {
      for (const _ of [1, 2]) {
        await gateway.resetStats();
        const result = await gateway.query(ACCOUNTS);
        expect(result.errors).toBeUndefined();
        expect(result.data!.accounts.nodes.length).toBeGreaterThan(0);
        expect((await gateway.stats()).calls).toEqual({ ListAccounts: 1 });
      }
      const warnings = entries.filter((entry) => entry.msg.startsWith('shared cache unavailable'));
      expect(warnings).toHaveLength(1);
      const logged = JSON.stringify(entries);
      expect(logged).not.toContain(String(port));
      expect(logged).not.toContain('hunter2');
    } finally {
      redis.disconnect();
      await gateway.close();
    }
  });
});
