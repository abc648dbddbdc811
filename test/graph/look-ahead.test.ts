import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../../src/chime-local/control.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';

/**
 * The planner's rules, seen from chime-local: with every call answered 20 ms after it arrives,
 * a read started ahead arrives before the level above it has been answered, and the calls made
 * are no more than the level-by-level plan makes (the counts below are the fewest the data allows).
 */
let gateway: TestGateway;
let exampleCorpId: string;

beforeAll(async () => {
  gateway = await startTestGateway({ seed: 'demo' });
  const { data } = await gateway.query(`{ accounts(name: "Example Corp") { nodes { accountId } } }`);
  exampleCorpId = data!.accounts.nodes[0].accountId;
  await gateway.faults({ latencyMs: 20 });
});
afterAll(() => gateway.close());

/** Runs `document` on fresh statistics and answers the calls chime-local saw, in arrival order. */
async function callsOf(document: string, variables: Record<string, unknown> = {}) {
  await gateway.resetStats();
  const response = await gateway.query(document, variables);
  expect(response.errors).toBeUndefined();
  const { calls, requests } = await gateway.stats();
  return {
    data: response.data!,
    calls,
    requests: [...requests].sort((a, b) => a.arrivedAtMs - b.arrivedAtMs),
  };
}

const the = (requests: RecordedRequest[], operation: string, nth = 0) => {
  const found = requests.filter((request) => request.operation === operation)[nth];
  if (!found)
    throw new Error(`no call ${nth + 1} of ${operation} in ${requests.map((r) => r.operation).join(', ')}`);
  return found;
};
/** `later` started before `earlier` was answered: it did not wait for it. */
const overlapped = (earlier: RecordedRequest, later: RecordedRequest) =>
  later.arrivedAtMs < (earlier.answeredAtMs ?? Number.POSITIVE_INFINITY);

describe('look-ahead from the selection set', () => {
  it("lists an account's numbers beside its users when the users' numbers are selected", async () => {
    const { data, calls, requests } = await callsOf(
      `query ($id: String!) {
        account(accountId: $id) { users(first: 100) { nodes { primaryPhoneNumber { e164PhoneNumber } } } }
      }`,
      { id: exampleCorpId },
    );
    const numbers = data.account.users.nodes.filter((user: any) => user.primaryPhoneNumber);
    expect(numbers.length).toBe(100);
    // One page of the account's numbers (99) and one Get for the number it missed: as level by level.
    expect(calls).toEqual({ GetAccount: 1, ListUsers: 1, ListPhoneNumbers: 1, GetPhoneNumber: 1 });
    const numberList = the(requests, 'ListPhoneNumbers');
    expect(numberList.query).toMatchObject({ 'filter-name': 'AccountId', 'filter-value': exampleCorpId });
    expect(overlapped(the(requests, 'ListUsers'), numberList)).toBe(true);
    expect(overlapped(the(requests, 'GetAccount'), the(requests, 'ListUsers'))).toBe(true);
  });

  it('reads ahead no list for one item, where the batching rule chooses the Get', async () => {
    const { calls } = await callsOf(
      `query ($id: String!) {
        account(accountId: $id) { users(first: 1) { nodes { primaryPhoneNumber { e164PhoneNumber } } } }
      }`,
      { id: exampleCorpId },
    );
    expect(calls).toEqual({ GetAccount: 1, ListUsers: 1, GetPhoneNumber: 1 });
  });

  it('starts the users of each account of a list, and their numbers, as the accounts arrive', async () => {
    const { data, calls, requests } = await callsOf(`{
      accounts(name: "Example Corp") {
        nodes { users(first: 50) { nodes { primaryPhoneNumber { e164PhoneNumber } } } }
      }
    }`);
    expect(data.accounts.nodes[0].users.nodes).toHaveLength(50);
    expect(calls).toEqual({ ListAccounts: 1, ListUsers: 1, ListPhoneNumbers: 1 });
    // The account's number list starts with its users' list, not after it.
    expect(overlapped(the(requests, 'ListUsers'), the(requests, 'ListPhoneNumbers'))).toBe(true);
  });
  it("starts the fields under a group's voice connectors beside the connectors' own read", async () => {
    const { data: ids } = await gateway.query(
      `{ voiceConnectorGroups(first: 10) { nodes { voiceConnectorGroupId } } }`,
    );
    const groupId = ids!.voiceConnectorGroups.nodes[0].voiceConnectorGroupId;
    const { data, calls, requests } = await callsOf(
      `query ($id: String!) {
        voiceConnectorGroup(voiceConnectorGroupId: $id) {
          voiceConnectorItems { voiceConnector { name termination { cpsLimit } } }
        }
      }`,
      { id: groupId },
    );
    expect(data.voiceConnectorGroup.voiceConnectorItems.length).toBeGreaterThan(1);
    const connectors = calls.ListVoiceConnectors ? 'ListVoiceConnectors' : 'GetVoiceConnector';
    // The termination needs only the connector's id, which the group's own answer holds.
    expect(overlapped(the(requests, connectors), the(requests, 'GetVoiceConnectorTermination'))).toBe(true);
    expect(calls.GetVoiceConnectorTermination).toBe(data.voiceConnectorGroup.voiceConnectorItems.length);
  });
});

describe('pipelining across pages', () => {
  it("starts the owners of a page's numbers while the next page is in flight", async () => {
    const { data, calls, requests } = await callsOf(`{
      phoneNumbers(first: 100) { nodes { e164PhoneNumber user { displayName } } }
    }`);
    expect(data.phoneNumbers.nodes).toHaveLength(100);
    expect(data.phoneNumbers.nodes.every((number: any) => number.user?.displayName)).toBe(true);
    // The owners of both pages are on one ListUsers page: no Get for the second page's owner.
    expect(calls).toEqual({ ListPhoneNumbers: 2, ListUsers: 1 });
    const secondPage = the(requests, 'ListPhoneNumbers', 1);
    expect(overlapped(secondPage, the(requests, 'ListUsers'))).toBe(true);
    expect(the(requests, 'ListUsers').arrivedAtMs).toBeGreaterThanOrEqual(
      the(requests, 'ListPhoneNumbers', 0).answeredAtMs!,
    );
  });

  it('gives every edge and node its own children, through aliases and fragments', async () => {
    const { data, calls } = await callsOf(`{
      phoneNumbers(first: 100) {
        edges { node { ...owner } }
        nodes { e164PhoneNumber owner: user { userId } }
      }
    }
    fragment owner on PhoneNumber { e164PhoneNumber user { displayName } }`);
    const { edges, nodes } = data.phoneNumbers;
    expect(edges).toHaveLength(100);
    for (const [index, edge] of edges.entries()) {
      expect(edge.node.e164PhoneNumber).toBe(nodes[index].e164PhoneNumber);
      expect(edge.node.user.displayName).toBeTruthy();
      expect(nodes[index].owner.userId).toBeTruthy();
    }
    expect(calls).toEqual({ ListPhoneNumbers: 2, ListUsers: 1 });
  });
});

describe('a read started ahead that fails', () => {
  it('fails only the fields that needed it, and each one once', async () => {
    await gateway.resetStats();
    await gateway.faults({ latencyMs: 20, errorRate: 1, operations: ['ListPhoneNumbers'] });
    try {
      const response = await gateway.query(
        `query ($id: String!) {
          account(accountId: $id) { name users(first: 3) { nodes { displayName primaryPhoneNumber { e164PhoneNumber } } } }
        }`,
        { id: exampleCorpId },
      );
      const users = response.data!.account.users.nodes;
      expect(users).toHaveLength(3);
      expect(users.every((user: any) => user.displayName && user.primaryPhoneNumber === null)).toBe(true);
      expect(response.errors?.map((error) => error.path)).toEqual(
        users.map((_: unknown, index: number) => ['account', 'users', 'nodes', index, 'primaryPhoneNumber']),
      );
      expect(response.errors?.every((error) => error.extensions?.code === 'UPSTREAM_UNAVAILABLE')).toBe(true);
      // One read of the list, retried; the users' batch took its failure instead of a Get each.
      const { calls } = await gateway.stats();
      expect(calls.GetPhoneNumber).toBeUndefined();
      expect(calls.ListUsers).toBe(1);
    } finally {
      await gateway.faults({ latencyMs: 20, errorRate: 0, operations: null });
    }
  });
});
