import type { ChimeSDKIdentityClient } from '@aws-sdk/client-chime-sdk-identity';
import {
  type ChimeSDKMessagingClient,
  CreateChannelCommand,
  CreateChannelMembershipCommand,
  CreateChannelModeratorCommand,
  PutChannelExpirationSettingsCommand,
  paginateListChannelMemberships,
  paginateListChannelMessages,
  SendChannelMessageCommand,
} from '@aws-sdk/client-chime-sdk-messaging';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  buildAppInstance,
  identityClient,
  messagingClient,
  type TestAppInstance,
} from '../chime-local/messaging-helpers.ts';
import { type GraphQLResponse, startTestGateway, type TestGateway } from '../support/gateway.ts';

const MESSAGE_COUNT = 120;
const MEMBER_COUNT = 60;

let gateway: TestGateway;
let identity: ChimeSDKIdentityClient;
let messaging: ChimeSDKMessagingClient;
let app: TestAppInstance;
/** A channel with MEMBER_COUNT members, 4 moderators and MESSAGE_COUNT messages. */
let busy: string;
/** Two more channels: one that expires, one private. */
let quiet: string;
let secret: string;

/** A query as the app instance admin the test created. */
const query = (document: string, variables?: Record<string, unknown>) =>
  gateway.queryAs(app.adminArn, document, variables);

async function createChannel(Name: string, Privacy: 'PUBLIC' | 'PRIVATE' = 'PUBLIC') {
  const { ChannelArn } = await messaging.send(
    new CreateChannelCommand({
      AppInstanceArn: app.appInstanceArn,
      Name,
      Privacy,
      ChimeBearer: app.adminArn,
    }),
  );
  return ChannelArn!;
}

beforeAll(async () => {
  gateway = await startTestGateway();
  identity = identityClient(gateway.local);
  messaging = messagingClient(gateway.local);
  app = await buildAppInstance(identity, 'Graph Chat', MEMBER_COUNT);
  busy = await createChannel('Busy');
  quiet = await createChannel('Quiet');
  secret = await createChannel('Secret', 'PRIVATE');
  await messaging.send(
    new PutChannelExpirationSettingsCommand({
      ChannelArn: quiet,
      ChimeBearer: app.adminArn,
      ExpirationSettings: { ExpirationDays: 30, ExpirationCriterion: 'LAST_MESSAGE_TIMESTAMP' },
    }),
  );
  for (const member of app.userArns)
    await messaging.send(
      new CreateChannelMembershipCommand({
        ChannelArn: busy,
        MemberArn: member,
        Type: 'DEFAULT',
        ChimeBearer: app.adminArn,
      }),
    );
  for (const moderator of app.userArns.slice(0, 3))
    await messaging.send(
      new CreateChannelModeratorCommand({
        ChannelArn: busy,
        ChannelModeratorArn: moderator,
        ChimeBearer: app.adminArn,
      }),
    );
  for (let index = 1; index <= MESSAGE_COUNT; index += 1)
    await messaging.send(
      new SendChannelMessageCommand({
        ChannelArn: busy,
        Content: `message ${index}`,
        Type: 'STANDARD',
        Persistence: 'PERSISTENT',
        ChimeBearer: app.userArns[index % MEMBER_COUNT]!,
      }),
    );
});
afterAll(async () => {
  identity.destroy();
  messaging.destroy();
  await gateway.close();
});
beforeEach(() => gateway.resetStats());

/** The MaxResults of every upstream call of `operation` since the last reset, in order. */
async function pageSizes(operation: string): Promise<string[]> {
  const { requests } = await gateway.stats();
  return requests
    .filter((request) => request.operation === operation)
    .map((request) => request.query['max-results'] ?? '');
}

/** Every message id of `busy` in the upstream's own order, read through the official SDK. */
async function upstreamMessageIds(SortOrder: 'ASCENDING' | 'DESCENDING'): Promise<string[]> {
  const ids: string[] = [];
  for await (const page of paginateListChannelMessages(
    { client: messaging },
    { ChannelArn: busy, ChimeBearer: app.adminArn, SortOrder },
  ))
    ids.push(...(page.ChannelMessages ?? []).map((message) => message.MessageId!));
  return ids;
}

interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Walks a channel connection to its end `first` items at a time; `pick` finds it in the answer. */
async function walk<T>(
  document: string,
  variables: Record<string, unknown>,
  pick: (data: Record<string, any>) => Page<T>,
): Promise<{ nodes: T[]; requests: number }> {
  const nodes: T[] = [];
  let after: string | null = null;
  let requests = 0;
  for (;;) {
    const result: GraphQLResponse = await query(document, { ...variables, after });
    expect(result.errors).toBeUndefined();
    const page = pick(result.data!);
    nodes.push(...page.edges.map((edge) => edge.node));
    requests += 1;
    if (!page.pageInfo.hasNextPage) return { nodes, requests };
    after = page.pageInfo.endCursor;
  }
}

describe('channel messages', () => {
  it('serves first: 100 over ListChannelMessages’ cap of 50 with exactly two page calls', async () => {
    const result = await query(
      `query ($channelArn: String!) {
        channel(channelArn: $channelArn) {
          messages(first: 100) { nodes { messageId content type sender { arn } redacted createdTimestamp } pageInfo { hasNextPage } }
        }
      }`,
      { channelArn: busy },
    );
    expect(result.errors).toBeUndefined();
    const messages = result.data!.channel.messages;
    expect(messages.nodes).toHaveLength(100);
    expect(messages.pageInfo.hasNextPage).toBe(true);
    // The upstream's default order is newest first.
    expect(messages.nodes.map((message: { messageId: string }) => message.messageId)).toEqual(
      (await upstreamMessageIds('DESCENDING')).slice(0, 100),
    );
    expect(messages.nodes[0]).toMatchObject({
      content: `message ${MESSAGE_COUNT}`,
      type: 'STANDARD',
      sender: { arn: app.userArns[MESSAGE_COUNT % MEMBER_COUNT] },
      redacted: false,
      createdTimestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    await gateway.resetStats();
    await query(
      `query ($channelArn: String!) { channel(channelArn: $channelArn) { messages(first: 100) { nodes { messageId } } } }`,
      { channelArn: busy },
    );
    expect(await pageSizes('ListChannelMessages')).toEqual(['50', '50']);
    expect((await gateway.stats()).calls).toEqual({ DescribeChannel: 1, ListChannelMessages: 2 });
  });

  it('asks the upstream for exactly first: 5 in one call', async () => {
    const result = await query(
      `query ($channelArn: String!) { channel(channelArn: $channelArn) { messages(first: 5) { nodes { messageId } } } }`,
      { channelArn: busy },
    );
    expect(result.data!.channel.messages.nodes).toHaveLength(5);
    expect(await pageSizes('ListChannelMessages')).toEqual(['5']);
  });

  it.each(['ASCENDING', 'DESCENDING'] as const)(
    'walks every message exactly once, in the upstream’s %s order',
    async (sortOrder) => {
      const { nodes, requests } = await walk<{ messageId: string }>(
        `query ($channelArn: String!, $after: String, $sortOrder: SortOrder) {
          channel(channelArn: $channelArn) {
            messages(first: 35, after: $after, sortOrder: $sortOrder) { edges { cursor node { messageId } } pageInfo { hasNextPage endCursor } }
          }
        }`,
        { channelArn: busy, sortOrder },
        (data) => data.channel.messages,
      );
      expect(requests).toBe(Math.ceil(MESSAGE_COUNT / 35));
      const ids = nodes.map((node) => node.messageId);
      expect(new Set(ids).size).toBe(MESSAGE_COUNT);
      expect(ids).toEqual(await upstreamMessageIds(sortOrder));
    },
  );

  it('narrows messages to a window of creation times', async () => {
    const result = await query(
      `query ($channelArn: String!) {
        channel(channelArn: $channelArn) {
          none: messages(notAfter: "2000-01-01T00:00:00Z") { nodes { messageId } pageInfo { hasNextPage } }
          all: messages(first: 100, notBefore: "2000-01-01T00:00:00Z") { nodes { messageId } }
        }
      }`,
      { channelArn: busy },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.channel.none).toEqual({ nodes: [], pageInfo: { hasNextPage: false } });
    expect(result.data!.channel.all.nodes).toHaveLength(100);
    const windows = (await gateway.stats()).requests
      .filter((request) => request.operation === 'ListChannelMessages')
      .map((request) => request.query['not-after'] ?? request.query['not-before']);
    expect(new Set(windows)).toEqual(new Set(['2000-01-01T00:00:00.000Z']));
  });

  it('refuses a cursor of one sort order for the other', async () => {
    const first = await query(
      `query ($channelArn: String!) { channel(channelArn: $channelArn) { messages(first: 2, sortOrder: ASCENDING) { pageInfo { endCursor } } } }`,
      { channelArn: busy },
    );
    const cursor = first.data!.channel.messages.pageInfo.endCursor;
    const result = await query(
      `query ($channelArn: String!, $after: String) { channel(channelArn: $channelArn) { messages(first: 2, after: $after) { nodes { messageId } } } }`,
      { channelArn: busy, after: cursor },
    );
    expect(result.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('reads one message on its own, and null for an unknown id', async () => {
    const [newest] = await upstreamMessageIds('DESCENDING');
    await gateway.resetStats();
    const result = await query(
      `query ($channelArn: String!, $messageId: String!) {
        channel(channelArn: $channelArn) {
          message(messageId: $messageId) { messageId content persistence sender { name } }
          again: message(messageId: $messageId) { createdTimestamp }
          missing: message(messageId: "no-such-message") { messageId }
        }
      }`,
      { channelArn: busy, messageId: newest },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.channel.message).toEqual({
      messageId: newest,
      content: `message ${MESSAGE_COUNT}`,
      persistence: 'PERSISTENT',
      sender: { name: `User ${(MESSAGE_COUNT % MEMBER_COUNT) + 1}` },
    });
    expect(result.data!.channel.again.createdTimestamp).toMatch(/^\d{4}-/);
    expect(result.data!.channel.missing).toBeNull();
    expect((await gateway.stats()).calls).toEqual({ DescribeChannel: 1, GetChannelMessage: 2 });
  });
});

describe('channels', () => {
  it('lists channels from ListChannels alone when only its fields are asked for', async () => {
    const result = await query(
      `query ($appInstanceArn: String!) {
        channels(appInstanceArn: $appInstanceArn) { nodes { id channelArn name mode privacy metadata lastMessageTimestamp } }
      }`,
      { appInstanceArn: app.appInstanceArn },
    );
    expect(result.errors).toBeUndefined();
    const channels = result.data!.channels.nodes;
    expect(channels.map((channel: { name: string }) => channel.name)).toEqual(['Busy', 'Quiet', 'Secret']);
    expect(channels[0]).toMatchObject({
      channelArn: busy,
      mode: 'UNRESTRICTED',
      privacy: 'PUBLIC',
      lastMessageTimestamp: expect.stringMatching(/^\d{4}-/),
    });
    expect(channels[2].privacy).toBe('PRIVATE');
    expect((await gateway.stats()).calls).toEqual({ ListChannels: 1 });
  });

  it('makes exactly one DescribeChannel per channel for the fields only it answers', async () => {
    const result = await query(
      `query ($appInstanceArn: String!) {
        channels(appInstanceArn: $appInstanceArn) {
          nodes { name createdBy { arn name } createdTimestamp lastUpdatedTimestamp expirationSettings { expirationDays expirationCriterion } }
        }
      }`,
      { appInstanceArn: app.appInstanceArn },
    );
    expect(result.errors).toBeUndefined();
    const channels = result.data!.channels.nodes;
    expect(
      channels.every((channel: { createdBy: { arn: string } }) => channel.createdBy.arn === app.adminArn),
    ).toBe(true);
    expect(channels[0].createdBy.name).toBe('Admin');
    expect(channels[0].expirationSettings).toBeNull();
    expect(channels[1].expirationSettings).toEqual({
      expirationDays: 30,
      expirationCriterion: 'LAST_MESSAGE_TIMESTAMP',
    });
    expect(channels[0].createdTimestamp).toMatch(/^\d{4}-/);
    expect((await gateway.stats()).calls).toEqual({ ListChannels: 1, DescribeChannel: 3 });
  });

  it('filters by privacy and pages with cursors', async () => {
    const result = await query(
      `query ($appInstanceArn: String!) {
        private: channels(appInstanceArn: $appInstanceArn, privacy: PRIVATE) { nodes { channelArn } }
        firstTwo: channels(appInstanceArn: $appInstanceArn, first: 2) { nodes { name } pageInfo { hasNextPage endCursor } }
      }`,
      { appInstanceArn: app.appInstanceArn },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.private.nodes).toEqual([{ channelArn: secret }]);
    expect(result.data!.firstTwo.pageInfo.hasNextPage).toBe(true);
    const rest = await query(
      `query ($appInstanceArn: String!, $after: String) {
        channels(appInstanceArn: $appInstanceArn, first: 2, after: $after) { nodes { name } pageInfo { hasNextPage } }
      }`,
      { appInstanceArn: app.appInstanceArn, after: result.data!.firstTwo.pageInfo.endCursor },
    );
    expect(rest.data!.channels).toEqual({ nodes: [{ name: 'Secret' }], pageInfo: { hasNextPage: false } });
  });

  it('reads one channel with a single DescribeChannel whatever is asked, and null for an unknown one', async () => {
    const result = await query(
      `query ($channelArn: String!, $missing: String!) {
        channel(channelArn: $channelArn) {
          id name privacy createdBy { name } createdTimestamp lastUpdatedTimestamp
          expirationSettings { expirationDays expirationCriterion }
          appInstance { appInstanceArn name }
        }
        missing: channel(channelArn: $missing) { name }
      }`,
      { channelArn: quiet, missing: `${app.appInstanceArn}/channel/no-such-channel` },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.channel).toMatchObject({
      name: 'Quiet',
      privacy: 'PUBLIC',
      createdBy: { name: 'Admin' },
      expirationSettings: { expirationDays: 30, expirationCriterion: 'LAST_MESSAGE_TIMESTAMP' },
      appInstance: { appInstanceArn: app.appInstanceArn, name: 'Graph Chat' },
    });
    expect(result.data!.missing).toBeNull();
    expect((await gateway.stats()).calls).toEqual({ DescribeChannel: 2, DescribeAppInstance: 1 });

    await gateway.resetStats();
    const viaNode = await query(
      `query ($id: ID!, $appInstanceArn: String!) {
        channels(appInstanceArn: $appInstanceArn) { nodes { id } }
        node(id: $id) { ... on Channel { channelArn name } }
      }`,
      { id: result.data!.channel.id, appInstanceArn: app.appInstanceArn },
    );
    expect(viaNode.data!.node).toEqual({ channelArn: quiet, name: 'Quiet' });
  });

  it('serves two aliases of one channel from one DescribeChannel, each with its own children', async () => {
    const result = await query(
      `query ($channelArn: String!) {
        newest: channel(channelArn: $channelArn) { name messages(first: 2) { nodes { content } } }
        oldest: channel(channelArn: $channelArn) {
          name messages(first: 2, sortOrder: ASCENDING) { nodes { content } }
        }
      }`,
      { channelArn: busy },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      newest: { name: 'Busy', messages: { nodes: [{ content: 'message 120' }, { content: 'message 119' }] } },
      oldest: { name: 'Busy', messages: { nodes: [{ content: 'message 1' }, { content: 'message 2' }] } },
    });
    expect((await gateway.stats()).calls).toEqual({ DescribeChannel: 1, ListChannelMessages: 2 });
  });
});

describe('memberships and moderators', () => {
  it('pages memberships over the cap of 50 and walks them all once, in upstream order', async () => {
    const result = await query(
      `query ($channelArn: String!) {
        channel(channelArn: $channelArn) { memberships(first: 100) { nodes { member { arn name } type } pageInfo { hasNextPage } } }
      }`,
      { channelArn: busy },
    );
    expect(result.errors).toBeUndefined();
    const memberships = result.data!.channel.memberships;
    expect(memberships.nodes).toHaveLength(MEMBER_COUNT);
    expect(memberships.pageInfo.hasNextPage).toBe(false);
    expect(memberships.nodes[0]).toEqual({
      member: { arn: app.userArns[0], name: 'User 1' },
      type: 'DEFAULT',
    });
    // The type of an unfiltered listing is DEFAULT: no DescribeChannelMembership for it.
    expect((await gateway.stats()).calls).toEqual({ DescribeChannel: 1, ListChannelMemberships: 2 });
    expect(await pageSizes('ListChannelMemberships')).toEqual(['50', '50']);

    const upstream: string[] = [];
    for await (const page of paginateListChannelMemberships(
      { client: messaging },
      { ChannelArn: busy, ChimeBearer: app.adminArn },
    ))
      upstream.push(...(page.ChannelMemberships ?? []).map((membership) => membership.Member!.Arn!));
    const { nodes, requests } = await walk<{ member: { arn: string } }>(
      `query ($channelArn: String!, $after: String) {
        channel(channelArn: $channelArn) { memberships(first: 25, after: $after) { edges { cursor node { member { arn } } } pageInfo { hasNextPage endCursor } } }
      }`,
      { channelArn: busy },
      (data) => data.channel.memberships,
    );
    expect(requests).toBe(3);
    expect(nodes.map((node) => node.member.arn)).toEqual(upstream);
  });

  it('describes a membership only for the fields the list lacks', async () => {
    const result = await query(
      `query ($channelArn: String!, $memberArn: String!) {
        channel(channelArn: $channelArn) {
          memberships(first: 3) { nodes { member { arn } invitedBy { arn } createdTimestamp lastUpdatedTimestamp } }
          membership(memberArn: $memberArn) { member { name } type invitedBy { name } }
          stranger: membership(memberArn: $channelArn) { type }
        }
      }`,
      { channelArn: busy, memberArn: app.userArns[0] },
    );
    expect(result.errors).toBeUndefined();
    const { memberships, membership, stranger } = result.data!.channel;
    expect(
      memberships.nodes.every((node: { invitedBy: { arn: string } }) => node.invitedBy.arn === app.adminArn),
    ).toBe(true);
    expect(memberships.nodes[0].createdTimestamp).toMatch(/^\d{4}-/);
    expect(membership).toEqual({ member: { name: 'User 1' }, type: 'DEFAULT', invitedBy: { name: 'Admin' } });
    expect(stranger).toBeNull();
    // Three listed members plus the stranger; User 1 is described once for both fields that name them.
    expect((await gateway.stats()).calls.DescribeChannelMembership).toBe(4);
  });

  it('pages moderators and describes them for who made them moderators', async () => {
    const { nodes, requests } = await walk<{ moderator: { arn: string }; createdBy: { arn: string } }>(
      `query ($channelArn: String!, $after: String) {
        channel(channelArn: $channelArn) {
          moderators(first: 2, after: $after) { edges { cursor node { moderator { arn } createdBy { arn } createdTimestamp } } pageInfo { hasNextPage endCursor } }
        }
      }`,
      { channelArn: busy },
      (data) => data.channel.moderators,
    );
    expect(requests).toBe(2);
    // The creator moderates first, then the three the admin added.
    expect(nodes.map((node) => node.moderator.arn)).toEqual([app.adminArn, ...app.userArns.slice(0, 3)]);
    expect(nodes.every((node) => node.createdBy.arn === app.adminArn)).toBe(true);
    const calls = (await gateway.stats()).calls;
    expect(calls.ListChannelModerators).toBe(2);
    expect(calls.DescribeChannelModerator).toBe(4);
    expect(await pageSizes('ListChannelModerators')).toEqual(['2', '2']);
  });
});

describe('app instances', () => {
  it('lists app instances with their users and channels', async () => {
    const result = await query(`{
      appInstances(first: 5) {
        nodes { appInstanceArn name createdTimestamp users(first: 3) { nodes { appInstanceUserArn name } pageInfo { hasNextPage } } channels(first: 1) { nodes { name } } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const [instance] = result.data!.appInstances.nodes;
    expect(instance).toMatchObject({
      appInstanceArn: app.appInstanceArn,
      name: 'Graph Chat',
      createdTimestamp: expect.stringMatching(/^\d{4}-/),
      users: {
        nodes: [
          { appInstanceUserArn: app.adminArn, name: 'Admin' },
          { appInstanceUserArn: app.userArns[0], name: 'User 1' },
          { appInstanceUserArn: app.userArns[1], name: 'User 2' },
        ],
        pageInfo: { hasNextPage: true },
      },
      channels: { nodes: [{ name: 'Busy' }] },
    });
    expect((await gateway.stats()).calls).toEqual({
      ListAppInstances: 1,
      DescribeAppInstance: 1,
      ListAppInstanceUsers: 1,
      ListChannels: 1,
    });
  });

  it('resolves app instances, their users and channels as nodes by global id', async () => {
    const ids = await query(
      `query ($channelArn: String!) {
        appInstances { nodes { id users(first: 1) { nodes { id } } } }
        channel(channelArn: $channelArn) { id }
      }`,
      { channelArn: busy },
    );
    const instance = ids.data!.appInstances.nodes[0];
    const result = await query(
      `query ($ids: [ID!]!) {
        nodes(ids: $ids) {
          ... on AppInstance { appInstanceArn }
          ... on AppInstanceUser { appInstanceUserArn }
          ... on Channel { channelArn }
        }
      }`,
      { ids: [instance.id, instance.users.nodes[0].id, ids.data!.channel.id] },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.nodes).toEqual([
      { appInstanceArn: app.appInstanceArn },
      { appInstanceUserArn: app.adminArn },
      { channelArn: busy },
    ]);
  });

  it('never describes an app instance a list of the same request brought', async () => {
    const result = await query(`{
      appInstances { nodes { name channels(first: 2) { nodes { name appInstance { name metadata } } } } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.appInstances.nodes[0].channels.nodes).toEqual([
      { name: 'Busy', appInstance: { name: 'Graph Chat', metadata: null } },
      { name: 'Quiet', appInstance: { name: 'Graph Chat', metadata: null } },
    ]);
    expect((await gateway.stats()).calls).toEqual({ ListAppInstances: 1, ListChannels: 1 });
  });

  it('reads the app instance user behind an identity once, however often it is cited', async () => {
    const result = await query(
      `query ($channelArn: String!) {
        channel(channelArn: $channelArn) {
          createdBy { appInstanceUser { appInstanceUserArn name createdTimestamp } }
          moderators(first: 1) { nodes { moderator { appInstanceUser { name } } } }
        }
      }`,
      { channelArn: busy },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.channel.createdBy.appInstanceUser).toEqual({
      appInstanceUserArn: app.adminArn,
      name: 'Admin',
      createdTimestamp: expect.stringMatching(/^\d{4}-/),
    });
    expect(result.data!.channel.moderators.nodes).toEqual([
      { moderator: { appInstanceUser: { name: 'Admin' } } },
    ]);
    expect((await gateway.stats()).calls.DescribeAppInstanceUser).toBe(1);
  });
});

describe('the chime bearer', () => {
  it('fails every messaging field with FORBIDDEN before any upstream call when the identity has none', async () => {
    const asNobody = (document: string) =>
      gateway.queryAs(undefined, document, { appInstanceArn: app.appInstanceArn, channelArn: busy });
    const list = await asNobody(
      'query ($appInstanceArn: String!) { channels(appInstanceArn: $appInstanceArn) { nodes { name } } }',
    );
    const one = await asNobody(
      `query ($appInstanceArn: String!, $channelArn: String!) {
        channel(channelArn: $channelArn) { name }
        appInstance(appInstanceArn: $appInstanceArn) { name }
      }`,
    );
    for (const error of [...list.errors!, ...one.errors!]) {
      expect(error.extensions!.code).toBe('FORBIDDEN');
      expect(error.message).toMatch(/identity "local" has none: give its token a chime_bearer claim/);
      expect(error.message).toMatch(/set CHIME_BEARER_ARN/);
    }
    expect(list.errors!.map((error) => error.path)).toEqual([['channels']]);
    expect(one.errors!.map((error) => error.path)).toEqual([['channel']]);
    // The identity group needs no bearer: the sibling still resolves.
    expect(one.data).toEqual({ channel: null, appInstance: { name: 'Graph Chat' } });
    expect((await gateway.stats()).calls).toEqual({ DescribeAppInstance: 1 });
  });

  it('reads as the configured user: a plain user sees no private channel it takes no part in', async () => {
    const result = await gateway.queryAs(
      app.userArns[5],
      `query ($appInstanceArn: String!, $channelArn: String!) {
        channels(appInstanceArn: $appInstanceArn) { nodes { name } }
        channel(channelArn: $channelArn) { name }
      }`,
      { appInstanceArn: app.appInstanceArn, channelArn: secret },
    );
    expect(result.data!.channels.nodes).toEqual([{ name: 'Busy' }, { name: 'Quiet' }]);
    expect(result.errors![0]).toMatchObject({
      path: ['channel'],
      extensions: { code: 'FORBIDDEN', upstream: { operation: 'DescribeChannel', status: 403 } },
    });
  });
});
