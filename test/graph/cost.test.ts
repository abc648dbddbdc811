import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APP_INSTANCE_ARN, DEMO_GENERAL_CHANNEL_ARN } from '../../src/chime-local/messaging/seed.ts';
import { EXAMPLE_QUERY } from '../../src/http/example-query.ts';
import { type SeenCost, startTestGateway, type TestGateway } from '../support/gateway.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const readmeExamples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);

/** Ids of the demo seed the documents below name. */
interface Ids {
  accountId: string;
  accountNodeId: string;
  userId: string;
  userNodeId: string;
  assignedNumber: string;
  freeNumbers: string[];
  mainTrunkId: string;
  groupId: string;
  channelArn: string;
  memberArn: string;
}

/** A document a client sends, with its variables. */
interface Sent {
  name: string;
  document: string;
  variables?: Record<string, unknown>;
  /** The document is refused (bad arguments): it must cost nothing. */
  refused?: boolean;
}

let gateway: TestGateway;
let ids: Ids;

beforeAll(async () => {
  // Hundreds of documents in a row as one identity: the rate limit is tested on its own.
  gateway = await startTestGateway({ seed: 'demo', gateway: { rateLimit: { callsPerSecond: 100_000 } } });
  const setup = await gateway.query(`{
    accounts(name: "Example Corp") { nodes { id accountId users(first: 2) { nodes { id userId } } } }
    assigned: phoneNumbers(first: 1, status: ASSIGNED) { nodes { e164PhoneNumber } }
    free: phoneNumbers(first: 3, status: UNASSIGNED, productType: VOICE_CONNECTOR) { nodes { e164PhoneNumber } }
    voiceConnectors(first: 10) { nodes { voiceConnectorId name } }
    voiceConnectorGroups(first: 1) { nodes { voiceConnectorGroupId } }
    channel(channelArn: "${DEMO_GENERAL_CHANNEL_ARN}") { memberships(first: 1) { nodes { member { arn } } } }
  }`);
  const data = setup.data!;
  const account = data.accounts.nodes[0];
  ids = {
    accountId: account.accountId,
    accountNodeId: account.id,
    userId: account.users.nodes[1].userId,
    userNodeId: account.users.nodes[0].id,
    assignedNumber: data.assigned.nodes[0].e164PhoneNumber,
    freeNumbers: data.free.nodes.map((node: { e164PhoneNumber: string }) => node.e164PhoneNumber),
    mainTrunkId: data.voiceConnectors.nodes.find((vc: { name: string }) => vc.name === 'Main Trunk')
      .voiceConnectorId,
    groupId: data.voiceConnectorGroups.nodes[0].voiceConnectorGroupId,
    channelArn: DEMO_GENERAL_CHANNEL_ARN,
    memberArn: data.channel.memberships.nodes[0].member.arn,
  };
});

afterAll(async () => {
  await gateway.close();
});

/** Sends a document and answers its cost, checked against what chime-local saw, and the calls it saw. */
async function costOf({
  document,
  variables,
}: Sent): Promise<SeenCost & { errors: unknown; calls: Record<string, number> }> {
  await gateway.resetStats();
  const response = await gateway.query(document, variables);
  const cost = gateway.costs.at(-1)!;
  expect(cost.document).toBe(document);
  const stats = await gateway.stats();
  expect(cost.actual, document).toBe(stats.total);
  return { ...cost, errors: response.errors, calls: stats.calls };
}

/** The requests a dry run of the document plans, by operation; checked to add up to its estimate, without a call. */
async function plannedOf({ document, variables }: Sent): Promise<Record<string, number>> {
  await gateway.resetStats();
  const { body } = await gateway.send({ 'x-explain': 'dry-run' }, document, variables);
  expect((await gateway.stats()).total).toBe(0);
  const planned: Record<string, number> = {};
  for (const { operation, count } of body.extensions?.plan?.flat() ?? [])
    planned[operation] = (planned[operation] ?? 0) + count;
  const { estimated } = gateway.costs.at(-1)!;
  expect(Object.values(planned).reduce((sum, count) => sum + count, 0)).toBe(estimated);
  return planned;
}

/** Reads of every kind: connections, nested lists, configurations, fragments, aliases, directives, nodes. */
const reads = (): Sent[] => [
  { name: 'GraphiQL example query', document: EXAMPLE_QUERY },
  ...readmeExamples
    .filter((document) => !document.trimStart().startsWith('mutation'))
    .map((document, index) => ({
      name: `README example ${index + 1}`,
      document,
      variables: { accountId: ids.accountId, id: ids.mainTrunkId, channelArn: ids.channelArn },
    })),
  {
    name: 'accounts with settings',
    document: '{ accounts(first: 5) { nodes { name settings { enableDialOut } } } }',
  },
  {
    name: "users' settings and account under one account",
    document: `query ($accountId: String!) { account(accountId: $accountId) {
      users(first: 10) { nodes { settings { telephony { sms } } account { name } } }
      settings { disableRemoteControl }
    } }`,
    variables: { accountId: ids.accountId },
  },
  {
    name: 'one user and their numbers',
    document: `query ($accountId: String!, $userId: String!) { account(accountId: $accountId) {
      user(userId: $userId) { displayName phoneNumbers { nodes { e164PhoneNumber } } primaryPhoneNumber { status } }
    } }`,
    variables: { accountId: ids.accountId, userId: ids.userId },
  },
  {
    name: "an account's numbers with their users, first from a variable",
    document: `query ($accountId: String!, $n: Int) { account(accountId: $accountId) {
      phoneNumbers(first: $n) { nodes { e164PhoneNumber user { displayName } account { name } } }
    } }`,
    variables: { accountId: ids.accountId, n: 60 },
  },
  {
    name: 'assigned numbers with every association resolved',
    document: `{ phoneNumbers(first: 30, status: ASSIGNED) { nodes {
      account { name } user { userId } voiceConnector { name } voiceConnectorGroup { name }
    } } }`,
  },
  {
    name: 'one number by E.164',
    document: `query ($n: String!) { phoneNumber(phoneNumberId: $n) { status user { displayName } account { name } } }`,
    variables: { n: ids.assignedNumber },
  },
  {
    name: 'every voice connector configuration',
    document: `{ voiceConnectors(first: 10) { nodes {
      name termination { cpsLimit } terminationHealth { source } origination { routes { host } }
      loggingConfiguration { enableSipLogs } streamingConfiguration { dataRetentionInHours }
      emergencyCallingConfiguration { dnis { callingCountry } }
    } } }`,
  },
  {
    name: 'voice connector groups, their connectors and numbers',
    document: `{ voiceConnectorGroups(first: 5) { nodes {
      name voiceConnectorItems { priority voiceConnector { name } } phoneNumbers(first: 5) { nodes { e164PhoneNumber } }
    } } }`,
  },
  {
    name: 'one voice connector group',
    document: `query ($id: String!) { voiceConnectorGroup(voiceConnectorGroupId: $id) { name phoneNumbers { nodes { status } } } }`,
    variables: { id: ids.groupId },
  },
  {
    name: "a trunk's proxy sessions and their connector",
    document: `query ($id: String!) { voiceConnector(voiceConnectorId: $id) {
      proxySessions(first: 5) { nodes { status voiceConnector { name } } }
      origination { disabled }
    } }`,
    variables: { id: ids.mainTrunkId },
  },
  {
    name: 'app instances with users and timestamps',
    document: `{ appInstances { nodes { name createdTimestamp lastUpdatedTimestamp
      users(first: 5) { nodes { name createdTimestamp lastUpdatedTimestamp } } } } }`,
  },
  {
    name: 'one app instance and its channels',
    document: `query ($arn: String!) { appInstance(appInstanceArn: $arn) { createdTimestamp
      channels(first: 5) { nodes { name appInstance { name } } } } }`,
    variables: { arn: DEMO_APP_INSTANCE_ARN },
  },
  {
    name: "channels with DescribeChannel's details",
    document: `query ($arn: String!) { channels(appInstanceArn: $arn, first: 10) { nodes {
      name createdBy { name appInstanceUser { name } } createdTimestamp expirationSettings { expirationDays }
    } } }`,
    variables: { arn: DEMO_APP_INSTANCE_ARN },
  },
  {
    name: "a channel's members, moderators and their details",
    document: `query ($arn: String!) { channel(channelArn: $arn) {
      createdTimestamp lastUpdatedTimestamp
      memberships(first: 5) { nodes { type invitedBy { name } createdTimestamp } }
      hidden: memberships(type: HIDDEN) { nodes { type } }
      moderators { nodes { moderator { name } createdBy { name } createdTimestamp } }
    } }`,
    variables: { arn: ids.channelArn },
  },
  {
    name: 'one member and one message of a channel',
    document: `query ($arn: String!, $member: String!) { channel(channelArn: $arn) {
      membership(memberArn: $member) { type createdTimestamp invitedBy { name } }
      message(messageId: "none") { content }
    } }`,
    variables: { arn: ids.channelArn, member: ids.memberArn },
  },
  {
    name: 'messages across pages',
    document: `query ($arn: String!) { channel(channelArn: $arn) {
      messages(first: 60, sortOrder: ASCENDING) { nodes { messageId } pageInfo { hasNextPage endCursor } }
    } }`,
    variables: { arn: ids.channelArn },
  },
  {
    name: 'node and nodes with inline fragments',
    document: `query ($account: ID!, $user: ID!) {
      node(id: $account) { id ... on Account { name users(first: 3) { nodes { displayName } } } }
      nodes(ids: [$account, $user]) { id ... on User { displayName settings { telephony { sms } } } ... on Account { name } }
    }`,
    variables: { account: ids.accountNodeId, user: ids.userNodeId },
  },
  {
    name: 'named fragments',
    document: `fragment Numbers on User { primaryPhoneNumber { status voiceConnector { name } } }
      fragment Person on User { displayName ...Numbers }
      query ($accountId: String!) { account(accountId: $accountId) { users(first: 50) { nodes { ...Person } } } }`,
    variables: { accountId: ids.accountId },
  },
  {
    name: 'aliases of the same account',
    document: `query ($accountId: String!) {
      a: account(accountId: $accountId) { name }
      b: account(accountId: $accountId) { name few: users(first: 3) { nodes { userId } } more: users(first: 30) { nodes { userId } } }
    }`,
    variables: { accountId: ids.accountId },
  },
  {
    name: '@include and @skip with variables',
    document: `query ($accountId: String!, $withUsers: Boolean!, $noSettings: Boolean!) { account(accountId: $accountId) {
      users(first: 100) @include(if: $withUsers) { nodes { userId } }
      settings @skip(if: $noSettings) { enableDialOut }
    } }`,
    variables: { accountId: ids.accountId, withUsers: false, noSettings: true },
  },
  {
    name: 'orders and the numbers they acquired',
    document:
      '{ phoneNumberOrders(first: 2) { nodes { status orderedPhoneNumbers { phoneNumber { status } } } } }',
  },
  {
    name: 'numbers available to order',
    document: '{ availablePhoneNumbers(areaCode: "206", first: 10) { nodes } }',
  },
  { name: 'global settings', document: '{ globalSettings { businessCalling { cdrBucket } } }' },
  {
    name: 'bad arguments refused before any call',
    document: '{ accounts(first: 500) { nodes { name } } }',
    refused: true,
  },
];

/** Mutations, each followed by what its payload reads back; run in order, each on what the last left. */
const mutations = (): Sent[] => [
  ...readmeExamples
    .filter((document) => document.trimStart().startsWith('mutation'))
    .map((document, index) => ({
      name: `README mutation ${index + 1}`,
      document,
      variables: { accountId: ids.accountId, userId: ids.userId, number: ids.freeNumbers[0] },
    })),
  {
    name: 'create and rename an account in one document',
    document: `mutation { created: createAccount(input: { name: "Cost Corp" }) { account { accountId name users { nodes { userId } } } userErrors { code } } }`,
  },
  {
    name: 'update an account and read its settings',
    document: `mutation ($id: String!) { updateAccount(input: { accountId: $id, name: "Example Corp" }) { account { name settings { enableDialOut } } } }`,
    variables: { id: ids.accountId },
  },
  {
    name: 'a batch update of three users',
    document: `mutation ($accountId: String!, $items: [UpdateUserItemInput!]!) {
      batchUpdateUser(input: { accountId: $accountId, items: $items }) { users { userId licenseType } itemErrors { code } }
    }`,
    variables: {
      accountId: ids.accountId,
      items: [ids.userId, 'no-such-user', ids.userId].map((userId) => ({ userId, licenseType: 'PRO' })),
    },
  },
  {
    name: 'two mutations in one document: a connector and its termination',
    document: `mutation ($id: String!) {
      createVoiceConnector(input: { name: "cost-test", requireEncryption: true }) { voiceConnector { name } }
      putVoiceConnectorTermination(input: { voiceConnectorId: $id, termination: { callingRegions: ["US"], cidrAllowedList: ["10.0.0.0/24"] } }) {
        termination { callingRegions } voiceConnector { name termination { cpsLimit } }
      }
    }`,
    variables: { id: ids.mainTrunkId },
  },
  {
    name: 'numbers to a voice connector, read back',
    document: `mutation ($id: String!, $numbers: [String!]!) {
      associatePhoneNumbersWithVoiceConnector(input: { voiceConnectorId: $id, e164PhoneNumbers: $numbers }) {
        phoneNumbers { status voiceConnector { name } } voiceConnector { name } phoneNumberErrors { code }
      }
    }`,
    variables: { id: ids.mainTrunkId, numbers: ids.freeNumbers.slice(1) },
  },
  {
    name: 'a message sent and read back',
    document: `mutation ($arn: String!) { sendChannelMessage(input: { channelArn: $arn, content: "hello" }) {
      messageId message { content sender { name } } channel { name lastUpdatedTimestamp }
    } }`,
    variables: { arn: ids.channelArn },
  },
  {
    name: 'an order read back with its numbers',
    document: `mutation { orderPhoneNumbers(input: { productType: VOICE_CONNECTOR, e164PhoneNumbers: ["+12065550199", "+12065550198"] }) {
      phoneNumberOrder { status orderedPhoneNumbers { status phoneNumber { status } } } userErrors { code }
    } }`,
  },
  {
    name: 'global settings updated and read back',
    document: `mutation { updateGlobalSettings(input: { voiceConnector: { cdrBucket: "cost-bucket" } }) {
      globalSettings { voiceConnector { cdrBucket } } userErrors { code }
    } }`,
  },
  {
    name: 'a mutation refused for its input, without a call',
    document: `mutation { updateAccount(input: { accountId: "", name: "x" }) { account { name } userErrors { code } } }`,
  },
];

describe('extensions.cost', () => {
  it('never estimates below what a document sends, over reads and mutations of every kind, naming each operation', async () => {
    const corpus = [...reads(), ...mutations()];
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    const seen: { name: string; estimated: number; actual: number }[] = [];
    for (const sent of corpus) {
      const planned = await plannedOf(sent);
      const { estimated, actual, limit, errors, calls } = await costOf(sent);
      expect(limit).toBe(250);
      if (!sent.refused) expect(errors, sent.name).toBeUndefined();
      seen.push({ name: sent.name, estimated, actual });
      // The dry run names the operations that are sent, and counts each at least as often.
      for (const [operation, count] of Object.entries(calls))
        expect(planned[operation] ?? 0, `${operation} in ${sent.name}`).toBeGreaterThanOrEqual(count);
    }
    for (const each of seen) expect(each.actual, each.name).toBeLessThanOrEqual(each.estimated);
    // The corpus does call upstream: it is not an estimate over empty answers.
    expect(seen.filter((each) => each.actual > 0).length).toBeGreaterThanOrEqual(30);
  });

  it('counts a connection by its pages, a field under a list once per item, and applies variables', async () => {
    const account = `query ($accountId: String!, $n: Int) { account(accountId: $accountId) {
      users(first: $n) { nodes { settings { telephony { sms } } } }
    } }`;
    const small = await costOf({
      name: 'small',
      document: account,
      variables: { accountId: ids.accountId, n: 3 },
    });
    // GetAccount, one ListUsers page, a GetUserSettings per user.
    expect(small).toMatchObject({ estimated: 5, actual: 5 });
    const large = await costOf({
      name: 'large',
      document: account,
      variables: { accountId: ids.accountId, n: 40 },
    });
    expect(large).toMatchObject({ estimated: 42, actual: 42 });
    // The inventory pages twice for 100 numbers (99 a page).
    const pages = await costOf({
      name: 'pages',
      document: '{ phoneNumbers(first: 100) { nodes { status } } }',
    });
    expect(pages).toMatchObject({ estimated: 2, actual: 2 });
  });

  it('puts the cost on responses that fail before execution too', async () => {
    const response = await gateway.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ accounts { nodes { nope } } }' }),
    });
    const body = await response.json();
    expect(body.errors[0].message).toMatch(/nope/);
    expect(body.extensions.cost).toEqual({ estimated: 0, actual: 0, limit: 250 });
  });
});

describe('MAX_COST', () => {
  let small: TestGateway;

  beforeAll(async () => {
    small = await startTestGateway({ seed: 'demo', maxCost: 12 });
  });

  afterAll(async () => {
    await small.close();
  });

  it('refuses a document estimated above it with QUERY_TOO_COMPLEX, before any upstream call', async () => {
    const document = `{ accounts(first: 100) { nodes { users(first: 100) { nodes { settings { telephony { sms } } } } } } }`;
    await gateway.resetStats();
    const refused = await gateway.query(document);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors).toEqual([
      {
        message:
          'The operation is estimated to make 10101 upstream requests; at most 250 are allowed (MAX_COST)',
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: { name: 'cost', max: 250, actual: 10101 } },
      },
    ]);
    expect(gateway.costs.at(-1)).toMatchObject({ estimated: 10101, actual: 0, limit: 250 });
    expect((await gateway.stats()).total).toBe(0);
  });

  it('is set by the operator, and counts aliases, skipped fields and variables as sent', async () => {
    const document = `query ($accountId: String!, $n: Int!, $skip: Boolean!) {
      a: account(accountId: $accountId) { users(first: $n) { nodes { settings { sms: telephony { sms } } } } }
      b: account(accountId: $accountId) @skip(if: $skip) { users(first: $n) { nodes { settings { telephony { sms } } } } }
    }`;
    const setup = await small.query('{ accounts(name: "Example Corp") { nodes { accountId } } }');
    const variables = { accountId: setup.data?.accounts.nodes[0].accountId, n: 5 };
    await small.resetStats();
    const refused = await small.query(document, { ...variables, skip: false });
    expect(refused.errors?.[0]?.extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      limit: { name: 'cost', max: 12, actual: 14 },
    });
    expect((await small.stats()).total).toBe(0);

    const served = await small.query(document, { ...variables, skip: true });
    expect(served.errors).toBeUndefined();
    expect(served.data?.a.users.nodes).toHaveLength(5);
    expect(small.costs.at(-1)).toMatchObject({ estimated: 7, actual: 7, limit: 12 });
  });
});
