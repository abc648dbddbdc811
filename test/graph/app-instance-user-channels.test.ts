import type { ChimeSDKIdentityClient } from '@aws-sdk/client-chime-sdk-identity';
import {
  type ChimeSDKMessagingClient,
  CreateChannelCommand,
  CreateChannelMembershipCommand,
  CreateChannelModeratorCommand,
} from '@aws-sdk/client-chime-sdk-messaging';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_MESSAGING_SESSION_URL } from '../../src/chime-local/messaging/session-routes.ts';
import {
  buildAppInstance,
  identityClient,
  messagingClient,
  type TestAppInstance,
} from '../chime-local/messaging-helpers.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';

let gateway: TestGateway;
let identity: ChimeSDKIdentityClient;
let messaging: ChimeSDKMessagingClient;
let app: TestAppInstance;

const user = (index: number) => app.userArns[index]!;
const calls = async () => (await gateway.stats()).calls;
/** The global id of an app instance user. */
const userNodeId = (arn: string) => Buffer.from(`AppInstanceUser:${arn}`).toString('base64');

async function sdkChannel(Name: string, ...members: string[]): Promise<string> {
  const { ChannelArn } = await messaging.send(
    new CreateChannelCommand({ AppInstanceArn: app.appInstanceArn, Name, ChimeBearer: app.adminArn }),
  );
  for (const MemberArn of members)
    await messaging.send(
      new CreateChannelMembershipCommand({
        ChannelArn,
        MemberArn,
        Type: 'DEFAULT',
        ChimeBearer: app.adminArn,
      }),
    );
  return ChannelArn!;
}

beforeAll(async () => {
  gateway = await startTestGateway();
  identity = identityClient(gateway.local);
  messaging = messagingClient(gateway.local);
  app = await buildAppInstance(identity, 'GraphUserChannels', 6);
});
afterAll(async () => {
  identity.destroy();
  messaging.destroy();
  await gateway.close();
});
beforeEach(() => gateway.resetStats());

const USER_CHANNELS = `query ($id: ID!, $channelArn: String!) {
  node(id: $id) {
    ... on AppInstanceUser {
      channelMemberships { nodes { channel { channelArn name } type readMarkerTimestamp appInstanceUser { appInstanceUserArn } } }
      channelMembership(channelArn: $channelArn) { channel { name } type }
      moderatedChannels { nodes { channelArn name } }
      moderatedChannel(channelArn: $channelArn) { channelArn }
    }
  }
}`;

describe("an app instance user's channels", () => {
  it('lists the channels it is a member of and moderates, each channel coming with its list', async () => {
    const first = await sdkChannel('First', user(0));
    const second = await sdkChannel('Second', user(0));
    await messaging.send(
      new CreateChannelModeratorCommand({
        ChannelArn: second,
        ChannelModeratorArn: user(0),
        ChimeBearer: app.adminArn,
      }),
    );
    await gateway.resetStats();
    const result = await gateway.queryAs(user(0), USER_CHANNELS, {
      id: userNodeId(user(0)),
      channelArn: second,
    });
    expect(result.errors).toBeUndefined();
    const member = {
      appInstanceUser: { appInstanceUserArn: user(0) },
      type: 'DEFAULT',
      readMarkerTimestamp: null,
    };
    expect(result.data!.node).toEqual({
      channelMemberships: {
        nodes: [
          { channel: { channelArn: first, name: 'First' }, ...member },
          { channel: { channelArn: second, name: 'Second' }, ...member },
        ],
      },
      channelMembership: { channel: { name: 'Second' }, type: 'DEFAULT' },
      moderatedChannels: { nodes: [{ channelArn: second, name: 'Second' }] },
      moderatedChannel: { channelArn: second },
    });
    // The lists bring the channels (no DescribeChannel); the single reads run beside them.
    expect(await calls()).toEqual({
      DescribeAppInstanceUser: 1,
      ListChannelMembershipsForAppInstanceUser: 1,
      ListChannelsModeratedByAppInstanceUser: 1,
      DescribeChannelMembershipForAppInstanceUser: 1,
      DescribeChannelModeratedByAppInstanceUser: 1,
    });
  });

  it('reads one membership or moderated channel on its own, null where the user has none', async () => {
    const channelArn = await sdkChannel('Alone', user(1));
    await gateway.resetStats();
    const result = await gateway.queryAs(
      app.adminArn,
      `query ($id: ID!, $channelArn: String!) { node(id: $id) { ... on AppInstanceUser {
        channelMembership(channelArn: $channelArn) { channel { channelArn name } type }
        moderatedChannel(channelArn: $channelArn) { channelArn }
      } } }`,
      { id: userNodeId(user(1)), channelArn },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.node).toEqual({
      channelMembership: { channel: { channelArn, name: 'Alone' }, type: 'DEFAULT' },
      moderatedChannel: null,
    });
    expect(await calls()).toEqual({
      DescribeAppInstanceUser: 1,
      DescribeChannelMembershipForAppInstanceUser: 1,
      DescribeChannelModeratedByAppInstanceUser: 1,
    });
  });

  it('refuses a malformed channel ARN naming it, with no call beyond the user', async () => {
    const result = await gateway.queryAs(
      user(1),
      'query ($id: ID!) { node(id: $id) { ... on AppInstanceUser { channelMembership(channelArn: "nope") { type } } } }',
      { id: userNodeId(user(1)) },
    );
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^channelArn must/),
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
    expect(Object.keys(await calls())).not.toContain('DescribeChannelMembershipForAppInstanceUser');
  });
});

describe('updateChannelReadMarker', () => {
  it("marks the channel read for the caller and reads back the caller's membership", async () => {
    const channelArn = await sdkChannel('Read', user(2));
    await gateway.resetStats();
    const result = await gateway.queryAs(
      user(2),
      `mutation ($input: UpdateChannelReadMarkerInput!) { updateChannelReadMarker(input: $input) {
        channel { channelArn }
        membership { readMarkerTimestamp appInstanceUser { appInstanceUserArn } }
        userErrors { code }
      } }`,
      { input: { channelArn } },
    );
    expect(result.errors).toBeUndefined();
    const payload = result.data!.updateChannelReadMarker;
    expect(payload.channel).toEqual({ channelArn });
    expect(payload.userErrors).toEqual([]);
    expect(payload.membership.appInstanceUser).toEqual({ appInstanceUserArn: user(2) });
    expect(Date.parse(payload.membership.readMarkerTimestamp)).not.toBeNaN();
    expect(await calls()).toMatchObject({
      UpdateChannelReadMarker: 1,
      DescribeChannelMembershipForAppInstanceUser: 1,
    });
    // From the channel's side, an AppInstanceAdmin sees the member's marker too.
    const fromChannel = await gateway.queryAs(
      app.adminArn,
      `query ($channelArn: String!) { channel(channelArn: $channelArn) {
        memberships { nodes { member { arn } readMarkerTimestamp } }
      } }`,
      { channelArn },
    );
    expect(fromChannel.errors).toBeUndefined();
    expect(fromChannel.data!.channel.memberships.nodes).toEqual([
      { member: { arn: user(2) }, readMarkerTimestamp: payload.membership.readMarkerTimestamp },
    ]);
  });

  it('answers FORBIDDEN as a user error for a caller who is not a member', async () => {
    const channelArn = await sdkChannel('Elsewhere');
    const result = await gateway.queryAs(
      user(3),
      'mutation ($input: UpdateChannelReadMarkerInput!) { updateChannelReadMarker(input: $input) { membership { type } userErrors { code } } }',
      { input: { channelArn } },
    );
    expect(result.data!.updateChannelReadMarker).toEqual({
      membership: null,
      userErrors: [{ code: 'FORBIDDEN' }],
    });
  });
});

const BATCH = `mutation ($input: BatchCreateChannelMembershipInput!) {
  batchCreateChannelMembership(input: $input) {
    memberships { member { arn } type }
    itemErrors { memberArn field code upstreamCode }
    channel { memberships { nodes { member { arn } } } }
    userErrors { field code message }
  }
}`;

describe('batchCreateChannelMembership', () => {
  it('adds the members it can and points an item error at each of the others', async () => {
    const channelArn = await sdkChannel('Batch', user(4));
    const unknown = `${app.appInstanceArn}/user/nobody`;
    await gateway.resetStats();
    const result = await gateway.queryAs(app.adminArn, BATCH, {
      input: { channelArn, memberArns: [user(5), user(4), unknown] },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.batchCreateChannelMembership).toEqual({
      memberships: [{ member: { arn: user(5) }, type: 'DEFAULT' }],
      itemErrors: [
        {
          memberArn: user(4),
          field: ['input', 'memberArns', '1'],
          code: 'CONFLICT',
          upstreamCode: 'Conflict',
        },
        {
          memberArn: unknown,
          field: ['input', 'memberArns', '2'],
          code: 'NOT_FOUND',
          upstreamCode: 'NotFound',
        },
      ],
      channel: { memberships: { nodes: [{ member: { arn: user(4) } }, { member: { arn: user(5) } }] } },
      userErrors: [],
    });
    expect(await calls()).toEqual({
      BatchCreateChannelMembership: 1,
      DescribeChannel: 1,
      ListChannelMemberships: 1,
    });
  });

  it.each([
    ['no members', [], 'at least 1'],
    [
      'more than 100',
      Array.from({ length: 101 }, (_, index) => `arn:aws:chime:us-east-1:1:app-instance/a/user/${index}`),
      'at most 100',
    ],
    ['a malformed ARN', ['nope'], 'memberArns[0]'],
  ])('refuses %s before any upstream call', async (_, memberArns, message) => {
    const channelArn = await sdkChannel('Refused');
    await gateway.resetStats();
    const result = await gateway.queryAs(app.adminArn, BATCH, { input: { channelArn, memberArns } });
    const payload = result.data!.batchCreateChannelMembership;
    expect(payload.memberships).toBeNull();
    expect(payload.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', message: expect.stringContaining(message) }),
    ]);
    expect((await gateway.stats()).total).toBe(0);
  });
});

describe('messagingSessionEndpoint', () => {
  it("answers the account's endpoint with one call", async () => {
    const result = await gateway.query('{ messagingSessionEndpoint { url } }');
    expect(result).toEqual({ data: { messagingSessionEndpoint: { url: LOCAL_MESSAGING_SESSION_URL } } });
    expect(await calls()).toEqual({ GetMessagingSessionEndpoint: 1 });
  });

  it('fails with FORBIDDEN and no upstream call for an identity without a bearer', async () => {
    const result = await gateway.queryAs(undefined, '{ messagingSessionEndpoint { url } }');
    expect(result.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await gateway.stats()).total).toBe(0);
  });
});
