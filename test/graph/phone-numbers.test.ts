import { GetPhoneNumberCommand, paginateListPhoneNumbers } from '@aws-sdk/client-chime';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type GraphQLResponse, startTestGateway, type TestGateway } from '../support/gateway.ts';
import {
  accountWithUsers,
  e164s,
  orderNumbers,
  sdkClients,
  voiceConnectorWith,
} from './phone-numbers-fixtures.ts';

let gateway: TestGateway;
let sdk: ReturnType<typeof sdkClients>;
/** 100 users, each holding one of `bigNumbers`. */
let big: { accountId: string; userIds: string[] };
/** 3 users, the first two holding `smallNumbers`. */
let small: { accountId: string; userIds: string[] };
let voiceConnectorId: string;
const bigNumbers = e164s('206', 100);
const smallNumbers = e164s('312', 2);
const trunkNumbers = e164s('415', 3);
const tollFree = '+18885550100';
/** The whole inventory, in upstream (order) order. */
const inventory = [...bigNumbers, ...smallNumbers, ...trunkNumbers, tollFree];

beforeAll(async () => {
  gateway = await startTestGateway();
  sdk = sdkClients(gateway);
  await orderNumbers(sdk.chime, [...bigNumbers, ...smallNumbers]);
  await orderNumbers(sdk.chime, [...trunkNumbers, tollFree], 'VoiceConnector');
  big = await accountWithUsers(sdk.chime, 'Numbers Corp', 100, bigNumbers);
  small = await accountWithUsers(sdk.chime, 'Small Corp', 3, smallNumbers);
  voiceConnectorId = await voiceConnectorWith(sdk.voice, trunkNumbers.slice(0, 2));
});
afterAll(async () => {
  sdk.chime.destroy();
  sdk.voice.destroy();
  await gateway.close();
});
beforeEach(() => gateway.resetStats());

describe('phone numbers in the graph', () => {
  it("reads 100 users' primary numbers of one account with a list, not a Get each", async () => {
    const result = await gateway.query(
      `query ($accountId: String!) {
        account(accountId: $accountId) {
          users(first: 100) { nodes { userId primaryProvisionedNumber primaryPhoneNumber { e164PhoneNumber user { userId } } } }
        }
      }`,
      { accountId: big.accountId },
    );
    expect(result.errors).toBeUndefined();
    const users: {
      userId: string;
      primaryProvisionedNumber: string;
      primaryPhoneNumber: { e164PhoneNumber: string; user: { userId: string } };
    }[] = result.data!.account.users.nodes;
    expect(users).toHaveLength(100);
    for (const user of users) {
      expect(user.primaryPhoneNumber.e164PhoneNumber).toBe(user.primaryProvisionedNumber);
      expect(user.primaryPhoneNumber.user.userId).toBe(user.userId);
    }
    expect(users.map((user) => user.primaryPhoneNumber.e164PhoneNumber).sort()).toEqual(bigNumbers);
    // GetAccount + ListUsers, then one full page of the account's 100 numbers (99) and a Get for the last
    // one: 4 calls, within the bound of 2 + ceil(100 / 99). The users (and their account) come from the
    // list: none is fetched again for `primaryPhoneNumber.user`.
    const stats = await gateway.stats();
    expect(stats.calls).toEqual({ GetAccount: 1, ListUsers: 1, ListPhoneNumbers: 1, GetPhoneNumber: 1 });
    expect(stats.total).toBeLessThanOrEqual(2 + Math.ceil(100 / 99));
    const listed = stats.requests.find((request) => request.operation === 'ListPhoneNumbers')!;
    expect(listed.query).toMatchObject({
      'filter-name': 'AccountId',
      'filter-value': big.accountId,
      'max-results': '99',
    });
  });

  it('resolves the inventory with its users and accounts at one call per distinct user', async () => {
    const result = await gateway.query(`{
      phoneNumbers(first: 100) { nodes { e164PhoneNumber user { displayName primaryEmail } account { name } } }
    }`);
    expect(result.errors).toBeUndefined();
    const numbers: { e164PhoneNumber: string; user: { primaryEmail: string }; account: { name: string } }[] =
      result.data!.phoneNumbers.nodes;
    expect(numbers.map((number) => number.e164PhoneNumber)).toEqual(bigNumbers);
    expect(new Set(numbers.map((number) => number.user.primaryEmail)).size).toBe(100);
    expect(numbers.every((number) => number.account.name === 'Numbers Corp')).toBe(true);
    // ListPhoneNumbers caps pages at 99: two pages. The 100 distinct users share an account: one
    // ListUsers page answers them all (fewer calls than one per user), and one GetAccount.
    expect((await gateway.stats()).calls).toEqual({ ListPhoneNumbers: 2, ListUsers: 1, GetAccount: 1 });
  });

  it('fetches a number once however often a request names it, by id, E.164 or node id', async () => {
    const [e164] = smallNumbers as [string];
    const first = await gateway.query(
      `query ($id: String!, $e164: String!) {
        a: phoneNumber(phoneNumberId: $id) { id phoneNumberId }
        b: phoneNumber(phoneNumberId: $e164) { e164PhoneNumber }
        c: phoneNumber(phoneNumberId: $id) { status }
      }`,
      { id: encodeURIComponent(e164), e164 },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data).toEqual({
      a: { id: expect.any(String), phoneNumberId: encodeURIComponent(e164) },
      b: { e164PhoneNumber: e164 },
      c: { status: 'ASSIGNED' },
    });
    expect((await gateway.stats()).calls).toEqual({ GetPhoneNumber: 1 });

    await gateway.resetStats();
    const nodeId = first.data!.a.id;
    const viaNodes = await gateway.query(
      `query ($ids: [ID!]!, $nodeId: ID!, $e164: String!, $accountId: String!, $userId: String!) {
        nodes(ids: $ids) { ... on PhoneNumber { e164PhoneNumber } }
        node(id: $nodeId) { ... on PhoneNumber { callingNameStatus } }
        phoneNumber(phoneNumberId: $e164) { type }
        account(accountId: $accountId) { user(userId: $userId) { primaryPhoneNumber { e164PhoneNumber } } }
      }`,
      { ids: [nodeId, nodeId], nodeId, e164, accountId: small.accountId, userId: small.userIds[0] },
    );
    expect(viaNodes.errors).toBeUndefined();
    expect(viaNodes.data!.nodes).toEqual([{ e164PhoneNumber: e164 }, { e164PhoneNumber: e164 }]);
    expect(viaNodes.data!.account.user.primaryPhoneNumber).toEqual({ e164PhoneNumber: e164 });
    expect((await gateway.stats()).calls).toEqual({ GetPhoneNumber: 1, GetAccount: 1, GetUser: 1 });
  });

  it('never fetches a number again that a list brought', async () => {
    const result = await gateway.query(
      `query ($accountId: String!) {
        account(accountId: $accountId) {
          phoneNumbers { nodes { id user { primaryPhoneNumber { id e164PhoneNumber } } } }
        }
      }`,
      { accountId: small.accountId },
    );
    expect(result.errors).toBeUndefined();
    const numbers: { id: string; user: { primaryPhoneNumber: { id: string } } }[] =
      result.data!.account.phoneNumbers.nodes;
    expect(numbers).toHaveLength(2);
    for (const number of numbers) expect(number.user.primaryPhoneNumber.id).toBe(number.id);
    expect((await gateway.stats()).calls).toEqual({ GetAccount: 1, ListPhoneNumbers: 1, ListUsers: 1 });
  });

  it('maps every field as the official SDK reads the same number', async () => {
    const [e164] = trunkNumbers as [string];
    const result = await gateway.query(
      `query ($e164: String!) {
        phoneNumber(phoneNumberId: $e164) {
          phoneNumberId e164PhoneNumber country type productType status callingName callingNameStatus
          createdTimestamp updatedTimestamp deletionTimestamp
          capabilities { inboundCall outboundCall inboundSms outboundSms inboundMms outboundMms }
          associations { name value associatedTimestamp }
          account { name } user { userId }
        }
        tollFree: phoneNumber(phoneNumberId: "${tollFree}") { type productType status associations { name } }
      }`,
      { e164 },
    );
    expect(result.errors).toBeUndefined();
    const { PhoneNumber: upstream } = await sdk.chime.send(
      new GetPhoneNumberCommand({ PhoneNumberId: e164 }),
    );
    const capabilities = upstream!.Capabilities!;
    expect(result.data!.phoneNumber).toEqual({
      phoneNumberId: upstream!.PhoneNumberId,
      e164PhoneNumber: e164,
      country: 'US',
      type: 'LOCAL',
      productType: 'VOICE_CONNECTOR',
      status: 'ASSIGNED',
      callingName: null,
      callingNameStatus: 'UNASSIGNED',
      createdTimestamp: upstream!.CreatedTimestamp!.toISOString(),
      updatedTimestamp: upstream!.UpdatedTimestamp!.toISOString(),
      deletionTimestamp: null,
      capabilities: {
        inboundCall: capabilities.InboundCall,
        outboundCall: capabilities.OutboundCall,
        inboundSms: capabilities.InboundSMS,
        outboundSms: capabilities.OutboundSMS,
        inboundMms: capabilities.InboundMMS,
        outboundMms: capabilities.OutboundMMS,
      },
      associations: [
        {
          name: 'VOICE_CONNECTOR_ID',
          value: voiceConnectorId,
          associatedTimestamp: upstream!.Associations![0]!.AssociatedTimestamp!.toISOString(),
        },
      ],
      account: null,
      user: null,
    });
    expect(result.data!.tollFree).toEqual({
      type: 'TOLL_FREE',
      productType: 'VOICE_CONNECTOR',
      status: 'UNASSIGNED',
      associations: [],
    });
  });

  it('walks the inventory to the end with after, each number once, in upstream order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const result: GraphQLResponse = await gateway.query(
        `query ($after: String) {
          phoneNumbers(first: 40, after: $after) { nodes { e164PhoneNumber } pageInfo { hasNextPage endCursor } }
        }`,
        { after },
      );
      expect(result.errors).toBeUndefined();
      const connection = result.data!.phoneNumbers;
      seen.push(...connection.nodes.map((node: { e164PhoneNumber: string }) => node.e164PhoneNumber));
      pages += 1;
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    const upstream: string[] = [];
    for await (const page of paginateListPhoneNumbers({ client: sdk.chime }, {}))
      upstream.push(...(page.PhoneNumbers ?? []).map((number) => number.E164PhoneNumber!));
    expect(upstream).toEqual(inventory);
    expect(seen).toEqual(upstream);
  });

  it('filters by product type, status, account and user, and keeps cursors to their filters', async () => {
    const result = await gateway.query(
      `query ($accountId: String!, $userId: String!, $idle: String!) {
        trunks: phoneNumbers(productType: VOICE_CONNECTOR) { nodes { e164PhoneNumber } }
        idleTrunks: phoneNumbers(productType: VOICE_CONNECTOR, status: UNASSIGNED) { nodes { e164PhoneNumber } }
        assigned: phoneNumbers(first: 100, status: ASSIGNED) { nodes { status } pageInfo { hasNextPage endCursor } }
        account(accountId: $accountId) {
          phoneNumbers { nodes { e164PhoneNumber } }
          none: phoneNumbers(status: UNASSIGNED) { nodes { e164PhoneNumber } }
          user(userId: $userId) { phoneNumbers { nodes { e164PhoneNumber } } }
          idle: user(userId: $idle) { primaryPhoneNumber { e164PhoneNumber } phoneNumbers { nodes { e164PhoneNumber } } }
        }
      }`,
      { accountId: small.accountId, userId: small.userIds[1], idle: small.userIds[2] },
    );
    expect(result.errors).toBeUndefined();
    const e164sOf = (connection: { nodes: { e164PhoneNumber: string }[] }) =>
      connection.nodes.map((node) => node.e164PhoneNumber);
    expect(e164sOf(result.data!.trunks)).toEqual([...trunkNumbers, tollFree]);
    expect(e164sOf(result.data!.idleTrunks)).toEqual([trunkNumbers[2], tollFree]);
    expect(result.data!.assigned.nodes).toHaveLength(100);
    expect(result.data!.assigned.pageInfo.hasNextPage).toBe(true);
    const account = result.data!.account;
    expect(e164sOf(account.phoneNumbers)).toEqual(smallNumbers);
    expect(e164sOf(account.none)).toEqual([]);
    expect(e164sOf(account.user.phoneNumbers)).toEqual([smallNumbers[1]]);
    expect(account.idle).toEqual({ primaryPhoneNumber: null, phoneNumbers: { nodes: [] } });

    const rest = await gateway.query(
      `query ($after: String) { phoneNumbers(status: ASSIGNED, after: $after) { nodes { e164PhoneNumber } } }`,
      { after: result.data!.assigned.pageInfo.endCursor },
    );
    expect(e164sOf(rest.data!.phoneNumbers)).toEqual([...smallNumbers, ...trunkNumbers.slice(0, 2)]);
    const foreign = await gateway.query(
      `query ($after: String) { phoneNumbers(after: $after) { nodes { e164PhoneNumber } } }`,
      { after: result.data!.assigned.pageInfo.endCursor },
    );
    expect(foreign.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(foreign.errors![0]!.message).toMatch(/another connection or other filters/);
  });

  it('answers null for an unknown number and refuses first out of range before any call', async () => {
    const result = await gateway.query(`{
      phoneNumber(phoneNumberId: "+19995550100") { e164PhoneNumber }
      node(id: "UGhvbmVOdW1iZXI6JTJCMTk5OTU1NTAxMDE=") { id }
    }`);
    expect(result).toEqual({ data: { phoneNumber: null, node: null } });
    await gateway.resetStats();
    const tooMany = await gateway.query('{ phoneNumbers(first: 101) { nodes { e164PhoneNumber } } }');
    expect(tooMany.errors![0]).toMatchObject({
      message: 'first must be between 1 and 100, got 101',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect((await gateway.stats()).total).toBe(0);
  });
});
