import {
  CreateAccountCommand,
  CreateUserCommand,
  type ChimeClient as SdkChimeClient,
} from '@aws-sdk/client-chime';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type GraphQLResponse, startTestGateway, type TestGateway } from '../support/gateway.ts';
import { adminSdk } from './phone-numbers-fixtures.ts';

let gateway: TestGateway;
let sdk: SdkChimeClient;
let accountId: string;
const userIds: string[] = [];

beforeAll(async () => {
  gateway = await startTestGateway();
  sdk = adminSdk(gateway);
  const { Account } = await sdk.send(new CreateAccountCommand({ Name: 'Graph Test Corp' }));
  accountId = Account!.AccountId!;
  await sdk.send(new CreateAccountCommand({ Name: 'Second Corp' }));
  for (let index = 0; index < 230; index += 1) {
    const { User } = await sdk.send(
      new CreateUserCommand({
        AccountId: accountId,
        Email: `person${String(index).padStart(3, '0')}@graph.example`,
        UserType: index % 10 === 0 ? 'SharedDevice' : 'PrivateUser',
      }),
    );
    userIds.push(User!.UserId!);
  }
});
afterAll(() => gateway.close());
beforeEach(() => gateway.resetStats());

describe('accounts and users', () => {
  it('lists accounts and walks into their users in one request', async () => {
    const result = await gateway.query(`{
      accounts(first: 10) {
        nodes { id accountId name accountType supportedLicenses users(first: 3) { nodes { primaryEmail userType } } }
        pageInfo { hasNextPage }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const accounts = result.data!.accounts.nodes;
    expect(accounts.map((account: { name: string }) => account.name).sort()).toEqual([
      'Graph Test Corp',
      'Second Corp',
    ]);
    const graphCorp = accounts.find((account: { accountId: string }) => account.accountId === accountId);
    expect(graphCorp.accountType).toBe('TEAM');
    expect(graphCorp.users.nodes).toHaveLength(3);
    expect(graphCorp.users.nodes[0].userType).toMatch(/PRIVATE_USER|SHARED_DEVICE/);
    expect(result.data!.accounts.pageInfo.hasNextPage).toBe(false);
    const stats = await gateway.stats();
    expect(stats.calls).toEqual({ ListAccounts: 1, ListUsers: 2 });
  });

  it('never fetches again what a list already brought (user.account, node after a list)', async () => {
    const first = await gateway.query(
      `query ($accountId: String!) {
      account(accountId: $accountId) {
        id
        users(first: 5) { nodes { id displayName account { accountId name } } }
      }
    }`,
      { accountId },
    );
    expect(first.errors).toBeUndefined();
    const users = first.data!.account.users.nodes;
    expect(
      users.every((user: { account: { accountId: string } }) => user.account.accountId === accountId),
    ).toBe(true);
    expect((await gateway.stats()).calls).toEqual({ GetAccount: 1, ListUsers: 1 });

    await gateway.resetStats();
    const again = await gateway.query(
      `query ($accountId: String!) {
      accounts(first: 5) { nodes { id } }
      account(accountId: $accountId) { name }
    }`,
      { accountId },
    );
    expect(again.errors).toBeUndefined();
    // ListAccounts and GetAccount are independent root fields: both run at once, GetAccount is not deduped by
    // a list that has not answered yet. What matters is the node lookup below.
    const accountNodeId = first.data!.account.id;
    await gateway.resetStats();
    const viaNode = await gateway.query(
      `query ($id: ID!, $accountId: String!) {
      account(accountId: $accountId) { users(first: 2) { nodes { id } } }
      node(id: $id) { ... on Account { name } }
    }`,
      { id: accountNodeId, accountId },
    );
    expect(viaNode.data!.node.name).toBe('Graph Test Corp');
    expect((await gateway.stats()).calls).toEqual({ GetAccount: 1, ListUsers: 1 });
  });

  it('fetches the same user once however often a request names it', async () => {
    const userId = userIds[7]!;
    const result = await gateway.query(
      `query ($accountId: String!, $userId: String!) {
      account(accountId: $accountId) {
        a: user(userId: $userId) { primaryEmail }
        b: user(userId: $userId) { displayName }
        c: user(userId: $userId) { id account { name } }
      }
    }`,
      { accountId, userId },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.account.a.primaryEmail).toBe('person007@graph.example');
    expect((await gateway.stats()).calls).toEqual({ GetAccount: 1, GetUser: 1 });

    await gateway.resetStats();
    const id = result.data!.account.c.id;
    const nodes = await gateway.query(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on User { primaryEmail } } }`,
      {
        ids: [id, id, id],
      },
    );
    expect(nodes.data!.nodes.map((node: { primaryEmail: string }) => node.primaryEmail)).toEqual([
      'person007@graph.example',
      'person007@graph.example',
      'person007@graph.example',
    ]);
    expect((await gateway.stats()).calls).toEqual({ GetUser: 1 });
  });

  it('pages users across upstream pages and walks to the end returning each user once, in order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const result: GraphQLResponse = await gateway.query(
        `query ($accountId: String!, $after: String) {
        account(accountId: $accountId) {
          users(first: 100, after: $after) { edges { cursor node { userId } } pageInfo { hasNextPage endCursor } }
        }
      }`,
        { accountId, after },
      );
      expect(result.errors).toBeUndefined();
      const users: {
        edges: { node: { userId: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      } = result.data!.account.users;
      seen.push(...users.edges.map((edge: { node: { userId: string } }) => edge.node.userId));
      pages += 1;
      if (!users.pageInfo.hasNextPage) break;
      after = users.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(userIds);
    const listCalls = (await gateway.stats()).requests.filter((request) => request.operation === 'ListUsers');
    expect(listCalls.map((call) => call.query['max-results'])).toEqual(['100', '100', '100']);
  });

  it('filters users by type and email, and refuses a cursor made for another filter', async () => {
    const shared = await gateway.query(
      `query ($accountId: String!) {
      account(accountId: $accountId) { users(first: 100, userType: SHARED_DEVICE) { nodes { userType } pageInfo { endCursor } } }
    }`,
      { accountId },
    );
    expect(shared.data!.account.users.nodes).toHaveLength(23);
    const cursor = shared.data!.account.users.pageInfo.endCursor;
    const foreign = await gateway.query(
      `query ($accountId: String!, $after: String) {
      account(accountId: $accountId) { users(first: 5, after: $after) { nodes { userId } } }
    }`,
      { accountId, after: cursor },
    );
    expect(foreign.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(foreign.errors![0]!.message).toMatch(/another connection or other filters/);
    const byEmail = await gateway.query(
      `query ($accountId: String!) {
      account(accountId: $accountId) { users(userEmail: "person042@graph.example") { nodes { primaryEmail } } }
    }`,
      { accountId },
    );
    expect(byEmail.data!.account.users.nodes).toEqual([{ primaryEmail: 'person042@graph.example' }]);
  });

  it('answers null for an unknown account, user or node id, without errors', async () => {
    const result = await gateway.query(
      `query ($accountId: String!) {
      missing: account(accountId: "00000000-0000-0000-0000-000000000000") { name }
      account(accountId: $accountId) { user(userId: "00000000-0000-0000-0000-000000000000") { userId } }
      garbage: node(id: "not-a-global-id") { id }
      nodes(ids: ["QWNjb3VudDpub3Bl", "VXNlcjpub3Bl"]) { id }
    }`,
      { accountId },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      missing: null,
      account: { user: null },
      garbage: null,
      nodes: [null, null],
    });
  });

  it("starts an account's users and settings beside GetAccount, not after it", async () => {
    // Proof by failure: with GetAccount failing, the users were read all the same.
    await gateway.faults({ errorRate: 1, operations: ['GetAccount'] });
    const failed = await gateway.query(
      `query ($accountId: String!) {
      account(accountId: $accountId) { name settings { enableDialOut } users(first: 2) { nodes { userId } } }
    }`,
      { accountId },
    );
    await gateway.faults({});
    expect(failed.errors![0]!.extensions!.code).toBe('UPSTREAM_UNAVAILABLE');
    expect((await gateway.stats()).calls).toMatchObject({ ListUsers: 1, GetAccountSettings: 1 });

    // A missing account is still null, whatever its children's early reads found.
    const missing = await gateway.query(`{
      account(accountId: "00000000-0000-0000-0000-000000000000") { name users { nodes { userId } } }
    }`);
    expect(missing).toEqual({ data: { account: null } });
  });

  it('hands each alias of account(accountId:) the early reads of its own children', async () => {
    const result = await gateway.query(
      `query ($accountId: String!) {
      two: account(accountId: $accountId) { users(first: 2) { nodes { userId } } }
      three: account(accountId: $accountId) { users(first: 3) { nodes { userId } } one: users(first: 1) { nodes { userId } } }
    }`,
      { accountId },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.two.users.nodes).toHaveLength(2);
    expect(result.data!.three.users.nodes).toHaveLength(3);
    expect(result.data!.three.one.nodes).toHaveLength(1);
    expect((await gateway.stats()).calls).toEqual({ GetAccount: 1, ListUsers: 3 });
  });

  it('rejects first out of range as BAD_USER_INPUT before any upstream call', async () => {
    const result = await gateway.query('{ accounts(first: 500) { nodes { name } } }');
    expect(result.errors![0]).toMatchObject({
      message: 'first must be between 1 and 100, got 500',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect((await gateway.stats()).total).toBe(0);
  });

  it('reads account and user settings', async () => {
    const result = await gateway.query(
      `query ($accountId: String!, $userId: String!) {
      account(accountId: $accountId) { settings { disableRemoteControl enableDialOut } user(userId: $userId) { settings { telephony { inboundCalling outboundCalling sms } } } }
      globalSettings { businessCalling { cdrBucket } voiceConnector { cdrBucket } }
    }`,
      { accountId, userId: userIds[0] },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.account.user.settings.telephony).toEqual({
      inboundCalling: expect.any(Boolean),
      outboundCalling: expect.any(Boolean),
      sms: expect.any(Boolean),
    });
    expect(result.data!.globalSettings).toHaveProperty('businessCalling');
  });
});
