import type { ChimeSDKIdentityClient } from '@aws-sdk/client-chime-sdk-identity';
import {
  type ChimeSDKMessagingClient,
  CreateChannelBanCommand,
  CreateChannelCommand,
  CreateChannelMembershipCommand,
  DescribeChannelBanCommand,
  NotFoundException,
} from '@aws-sdk/client-chime-sdk-messaging';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rejection } from '../chime-local/admin-helpers.ts';
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

const asAdmin = (document: string, variables?: Record<string, unknown>) =>
  gateway.queryAs(app.adminArn, document, variables);
const user = (index: number) => app.userArns[index]!;
const calls = async () => (await gateway.stats()).calls;

/** A channel made by the admin through the SDK, with `members` added. */
async function sdkChannel(...members: string[]): Promise<string> {
  const { ChannelArn } = await messaging.send(
    new CreateChannelCommand({ AppInstanceArn: app.appInstanceArn, Name: 'Room', ChimeBearer: app.adminArn }),
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

const sdkBan = (ChannelArn: string, MemberArn: string) =>
  messaging.send(new CreateChannelBanCommand({ ChannelArn, MemberArn, ChimeBearer: app.adminArn }));

beforeAll(async () => {
  gateway = await startTestGateway();
  identity = identityClient(gateway.local);
  messaging = messagingClient(gateway.local);
  app = await buildAppInstance(identity, 'GraphBans', 4);
});
afterAll(async () => {
  identity.destroy();
  messaging.destroy();
  await gateway.close();
});
beforeEach(() => gateway.resetStats());

/** createChannelBan, reading back the ban and whether `memberArn` is still a member. */
const createBan = (memberArn: string) => `mutation ($input: CreateChannelBanInput!) {
  createChannelBan(input: $input) {
    memberArn
    ban { member { arn name } createdBy { arn } createdTimestamp }
    channel { channelArn membership(memberArn: "${memberArn}") { member { arn } } }
    userErrors { field message code }
  }
}`;

describe('Channel.bans and Channel.ban', () => {
  it('lists the bans, reading DescribeChannelBan only for what the list lacks', async () => {
    const channelArn = await sdkChannel();
    await sdkBan(channelArn, user(0));
    await sdkBan(channelArn, user(1));
    await gateway.resetStats();
    const result = await asAdmin(
      `query ($channelArn: String!) { channel(channelArn: $channelArn) {
        bans { nodes { member { arn name } } }
        ban(memberArn: "${user(1)}") { member { arn } createdBy { arn } createdTimestamp }
      } }`,
      { channelArn },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.channel.bans.nodes).toEqual([
      { member: { arn: user(0), name: 'User 1' } },
      { member: { arn: user(1), name: 'User 2' } },
    ]);
    expect(result.data!.channel.ban).toEqual({
      member: { arn: user(1) },
      createdBy: { arn: app.adminArn },
      createdTimestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(await calls()).toEqual({ DescribeChannel: 1, ListChannelBans: 1, DescribeChannelBan: 1 });
  });

  it('answers null for a user who is not banned', async () => {
    const channelArn = await sdkChannel();
    const result = await asAdmin(
      `query ($channelArn: String!) { channel(channelArn: $channelArn) { ban(memberArn: "${user(2)}") { member { arn } } } }`,
      { channelArn },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.channel.ban).toBeNull();
  });
});

describe('createChannelBan and deleteChannelBan', () => {
  it('bans a member, who is no longer a member in the same request, without another read', async () => {
    const channelArn = await sdkChannel(user(0));
    await gateway.resetStats();
    const result = await asAdmin(createBan(user(0)), {
      input: { channelArn, memberArn: user(0) },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.createChannelBan).toEqual({
      memberArn: user(0),
      ban: {
        member: { arn: user(0), name: 'User 1' },
        createdBy: { arn: app.adminArn },
        createdTimestamp: expect.any(String),
      },
      channel: { channelArn, membership: null },
      userErrors: [],
    });
    // The membership the ban ended is known gone: no DescribeChannelMembership.
    expect(await calls()).toEqual({ CreateChannelBan: 1, DescribeChannelBan: 1, DescribeChannel: 1 });
  });

  it('lifts a ban, after which the user can be added again', async () => {
    const channelArn = await sdkChannel();
    await sdkBan(channelArn, user(3));
    const refused = await asAdmin(
      `mutation ($input: CreateChannelMembershipInput!) { createChannelMembership(input: $input) { userErrors { code } } }`,
      { input: { channelArn, memberArn: user(3) } },
    );
    expect(refused.data!.createChannelMembership.userErrors).toEqual([{ code: 'FORBIDDEN' }]);
    const lifted = await asAdmin(
      `mutation ($input: DeleteChannelBanInput!) { deleteChannelBan(input: $input) { memberArn channel { channelArn } userErrors { code } } }`,
      { input: { channelArn, memberArn: user(3) } },
    );
    expect(lifted.errors).toBeUndefined();
    expect(lifted.data!.deleteChannelBan).toEqual({
      memberArn: user(3),
      channel: { channelArn },
      userErrors: [],
    });
    const gone = await rejection(
      messaging.send(
        new DescribeChannelBanCommand({
          ChannelArn: channelArn,
          MemberArn: user(3),
          ChimeBearer: app.adminArn,
        }),
      ),
    );
    expect(gone).toBeInstanceOf(NotFoundException);
    const added = await asAdmin(
      `mutation ($input: CreateChannelMembershipInput!) { createChannelMembership(input: $input) { membership { member { arn } } userErrors { code } } }`,
      { input: { channelArn, memberArn: user(3) } },
    );
    expect(added.data!.createChannelMembership).toEqual({
      membership: { member: { arn: user(3) } },
      userErrors: [],
    });
  });

  it('refuses a malformed member ARN naming it, with no upstream call', async () => {
    const channelArn = await sdkChannel();
    await gateway.resetStats();
    const result = await asAdmin(
      `mutation ($input: CreateChannelBanInput!) { createChannelBan(input: $input) { ban { member { arn } } userErrors { field code message } } }`,
      { input: { channelArn, memberArn: 'not-an-arn' } },
    );
    expect(result.data!.createChannelBan).toEqual({
      ban: null,
      userErrors: [
        { field: ['input', 'memberArn'], code: 'INVALID', message: expect.stringContaining('memberArn') },
      ],
    });
    expect((await gateway.stats()).total).toBe(0);
  });

  it('answers FORBIDDEN as a user error for a caller who does not moderate the channel', async () => {
    const channelArn = await sdkChannel(user(1));
    const result = await gateway.queryAs(
      user(1),
      `mutation ($input: CreateChannelBanInput!) { createChannelBan(input: $input) { userErrors { code message } } }`,
      { input: { channelArn, memberArn: user(2) } },
    );
    expect(result.data!.createChannelBan.userErrors).toEqual([
      { code: 'FORBIDDEN', message: expect.stringContaining('moderator') },
    ]);
  });
});
