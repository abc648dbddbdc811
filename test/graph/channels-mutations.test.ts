import type { ChimeSDKIdentityClient } from '@aws-sdk/client-chime-sdk-identity';
import {
  type ChimeSDKMessagingClient,
  CreateChannelCommand,
  CreateChannelMembershipCommand,
  DescribeChannelCommand,
  DescribeChannelMembershipCommand,
  GetChannelMessageCommand,
  ListChannelMembershipsCommand,
  ListChannelModeratorsCommand,
  NotFoundException,
  SendChannelMessageCommand,
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

/** A GraphQL request as the app instance admin the test created. */
const asAdmin = (document: string, variables?: Record<string, unknown>) =>
  gateway.queryAs(app.adminArn, document, variables);

const user = (index: number) => app.userArns[index]!;

/** A fresh channel made by the admin through the official SDK. */
async function sdkChannel(Name = 'Room'): Promise<string> {
  const { ChannelArn } = await messaging.send(
    new CreateChannelCommand({ AppInstanceArn: app.appInstanceArn, Name, ChimeBearer: app.adminArn }),
  );
  return ChannelArn!;
}

/** Upstream calls since the last reset. */
const calls = async () => (await gateway.stats()).calls;

beforeAll(async () => {
  gateway = await startTestGateway();
  identity = identityClient(gateway.local);
  messaging = messagingClient(gateway.local);
  app = await buildAppInstance(identity, 'Mutations', 3);
});
afterAll(async () => {
  identity.destroy();
  messaging.destroy();
  await gateway.close();
});
beforeEach(() => gateway.resetStats());

const PUT_EXPIRATION = `mutation ($input: PutChannelExpirationSettingsInput!) {
  putChannelExpirationSettings(input: $input) {
    channel { channelArn expirationSettings { expirationDays expirationCriterion } }
    expirationSettings { expirationDays expirationCriterion }
    userErrors { field message code }
  }
}`;

describe('putChannelExpirationSettings', () => {
  it.each(['CREATED_TIMESTAMP', 'LAST_MESSAGE_TIMESTAMP'] as const)(
    'sets an expiration counted from %s, as a fresh request and the SDK read it back',
    async (criterion) => {
      const channelArn = await sdkChannel();
      const settings = { expirationDays: 5475, expirationCriterion: criterion };
      const result = await asAdmin(PUT_EXPIRATION, { input: { channelArn, expirationSettings: settings } });
      expect(result.errors).toBeUndefined();
      expect(result.data!.putChannelExpirationSettings).toEqual({
        channel: { channelArn, expirationSettings: settings },
        expirationSettings: settings,
        userErrors: [],
      });
      const fresh = await asAdmin(
        'query ($channelArn: String!) { channel(channelArn: $channelArn) { expirationSettings { expirationDays expirationCriterion } } }',
        { channelArn },
      );
      expect(fresh.data!.channel.expirationSettings).toEqual(settings);
      const { Channel } = await messaging.send(
        new DescribeChannelCommand({ ChannelArn: channelArn, ChimeBearer: app.adminArn }),
      );
      expect(Channel?.ExpirationSettings).toEqual({ ExpirationDays: 5475, ExpirationCriterion: criterion });
    },
  );

  it('removes the expiration when expirationSettings is null', async () => {
    const channelArn = await sdkChannel();
    await asAdmin(PUT_EXPIRATION, {
      input: {
        channelArn,
        expirationSettings: { expirationDays: 1, expirationCriterion: 'CREATED_TIMESTAMP' },
      },
    });
    const result = await asAdmin(PUT_EXPIRATION, { input: { channelArn, expirationSettings: null } });
    expect(result.data!.putChannelExpirationSettings).toEqual({
      channel: { channelArn, expirationSettings: null },
      expirationSettings: null,
      userErrors: [],
    });
    const { Channel } = await messaging.send(
      new DescribeChannelCommand({ ChannelArn: channelArn, ChimeBearer: app.adminArn }),
    );
    expect(Channel?.ExpirationSettings).toBeUndefined();
  });

  it('shows later fields of the same operation the new state, even when an earlier one read the old', async () => {
    const channelArn = await sdkChannel();
    await gateway.resetStats();
    const result = await asAdmin(
      `mutation ($channelArn: String!) {
        first: putChannelExpirationSettings(input: { channelArn: $channelArn, expirationSettings: { expirationDays: 10, expirationCriterion: CREATED_TIMESTAMP } }) {
          channel { expirationSettings { expirationDays } lastUpdatedTimestamp }
        }
        second: putChannelExpirationSettings(input: { channelArn: $channelArn, expirationSettings: { expirationDays: 20, expirationCriterion: LAST_MESSAGE_TIMESTAMP } }) {
          channel { expirationSettings { expirationDays expirationCriterion } }
        }
        third: putChannelExpirationSettings(input: { channelArn: $channelArn }) { channel { expirationSettings { expirationDays } } }
      }`,
      { channelArn },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.first.channel.expirationSettings).toEqual({ expirationDays: 10 });
    expect(result.data!.second.channel.expirationSettings).toEqual({
      expirationDays: 20,
      expirationCriterion: 'LAST_MESSAGE_TIMESTAMP',
    });
    expect(result.data!.third.channel.expirationSettings).toBeNull();
    expect(await calls()).toEqual({ PutChannelExpirationSettings: 3, DescribeChannel: 3 });
  });

  it.each([
    [
      'expirationSettings.expirationDays must be from 1 to 5475, got 0',
      { expirationDays: 0 },
      ['input', 'expirationSettings', 'expirationDays'],
    ],
    [
      'expirationSettings.expirationDays must be from 1 to 5475, got 5476',
      { expirationDays: 5476 },
      ['input', 'expirationSettings', 'expirationDays'],
    ],
    ['channelArn must match the pattern arn:', { channelArn: 'channel-42' }, ['input', 'channelArn']],
    ['channelArn must be at least 5 characters long, got 4', { channelArn: 'arn:' }, ['input', 'channelArn']],
    [
      'channelArn must be at most 1600 characters long',
      { channelArn: `arn:aws:chime:us-east-1:111122223333:${'x'.repeat(1600)}` },
      ['input', 'channelArn'],
    ],
  ])(
    'refuses input breaking “%s” with a user error naming the rule, before any upstream call',
    async (message, bad, field) => {
      const channelArn = await sdkChannel();
      await gateway.resetStats();
      const { expirationDays = 30, ...rest } = bad as { expirationDays?: number; channelArn?: string };
      const result = await asAdmin(PUT_EXPIRATION, {
        input: {
          channelArn,
          expirationSettings: { expirationDays, expirationCriterion: 'CREATED_TIMESTAMP' },
          ...rest,
        },
      });
      expect(result.data!.putChannelExpirationSettings).toMatchObject({
        channel: null,
        expirationSettings: null,
        userErrors: [{ field, code: 'INVALID', message: expect.stringContaining(message) }],
      });
      expect((await gateway.stats()).total).toBe(0);
    },
  );

  it('refuses an unknown criterion in GraphQL validation, before any upstream call', async () => {
    const result = await asAdmin(PUT_EXPIRATION, {
      input: {
        channelArn: `${app.appInstanceArn}/channel/x`,
        expirationSettings: { expirationDays: 3, expirationCriterion: 'NEVER' },
      },
    });
    expect(result.errors![0]!.message).toMatch(/ExpirationCriterion/);
    expect((await gateway.stats()).total).toBe(0);
  });

  it('answers NOT_FOUND for an unknown channel and FORBIDDEN for a user who does not moderate it', async () => {
    const channelArn = await sdkChannel();
    const input = { expirationSettings: { expirationDays: 7, expirationCriterion: 'CREATED_TIMESTAMP' } };
    const missing = await asAdmin(PUT_EXPIRATION, {
      input: { ...input, channelArn: `${app.appInstanceArn}/channel/no-such-channel` },
    });
    expect(missing.data!.putChannelExpirationSettings.userErrors).toEqual([
      { field: null, code: 'NOT_FOUND', message: expect.stringContaining('does not exist') },
    ]);
    const forbidden = await gateway.queryAs(user(0), PUT_EXPIRATION, { input: { ...input, channelArn } });
    expect(forbidden.data!.putChannelExpirationSettings.userErrors).toEqual([
      { field: null, code: 'FORBIDDEN', message: expect.stringContaining('moderator') },
    ]);
  });

  it('fails with FORBIDDEN and no upstream call when the identity has no bearer', async () => {
    const result = await gateway.queryAs(undefined, PUT_EXPIRATION, {
      input: { channelArn: `${app.appInstanceArn}/channel/x` },
    });
    expect(result.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await gateway.stats()).total).toBe(0);
  });
});

describe('createChannel, updateChannel, deleteChannel', () => {
  const CREATE = `mutation ($input: CreateChannelInput!) {
    createChannel(input: $input) {
      channel { channelArn name mode privacy metadata createdBy { arn } }
      userErrors { field message code }
    }
  }`;

  it('creates a channel that a fresh request and the SDK read back; a replayed token creates nothing new', async () => {
    const input = {
      appInstanceArn: app.appInstanceArn,
      name: 'Launch',
      mode: 'RESTRICTED',
      privacy: 'PRIVATE',
      metadata: '{"team":"rockets"}',
      tags: [{ key: 'team', value: 'rockets' }],
      clientRequestToken: 'launch-1',
    };
    const result = await asAdmin(CREATE, { input });
    expect(result.errors).toBeUndefined();
    const { channel, userErrors } = result.data!.createChannel;
    expect(userErrors).toEqual([]);
    expect(channel).toMatchObject({
      name: 'Launch',
      mode: 'RESTRICTED',
      privacy: 'PRIVATE',
      metadata: '{"team":"rockets"}',
      createdBy: { arn: app.adminArn },
    });
    const again = await asAdmin(CREATE, { input });
    expect(again.data!.createChannel.channel.channelArn).toBe(channel.channelArn);

    const fresh = await asAdmin(
      'query ($channelArn: String!) { channel(channelArn: $channelArn) { name privacy moderators { nodes { moderator { arn } } } } }',
      { channelArn: channel.channelArn },
    );
    expect(fresh.data!.channel).toEqual({
      name: 'Launch',
      privacy: 'PRIVATE',
      moderators: { nodes: [{ moderator: { arn: app.adminArn } }] },
    });
    const { Channel } = await messaging.send(
      new DescribeChannelCommand({ ChannelArn: channel.channelArn, ChimeBearer: app.adminArn }),
    );
    expect(Channel).toMatchObject({ Name: 'Launch', Mode: 'RESTRICTED', Privacy: 'PRIVATE' });
  });

  it.each([
    ['name must be at least 1 character long, got 0', { name: '' }, ['input', 'name']],
    ['name must be at most 256 characters long, got 257', { name: 'n'.repeat(257) }, ['input', 'name']],
    ['name must match the pattern', { name: 'bell\u0007' }, ['input', 'name']],
    ['metadata must be at most 1024 characters long', { metadata: 'm'.repeat(1025) }, ['input', 'metadata']],
    [
      'appInstanceArn must match the pattern',
      { appInstanceArn: 'app-instance' },
      ['input', 'appInstanceArn'],
    ],
    [
      'must match the pattern [-_a-zA-Z0-9]*',
      { clientRequestToken: 'no spaces' },
      ['input', 'clientRequestToken'],
    ],
    ['at least 2 characters long, got 1', { clientRequestToken: 'x' }, ['input', 'clientRequestToken']],
    ['tags must have at least 1 item, got 0', { tags: [] }, ['input', 'tags']],
    [
      'tags must have at most 50 items, got 51',
      { tags: Array.from({ length: 51 }, (_, index) => ({ key: `k${index}`, value: 'v' })) },
      ['input', 'tags'],
    ],
    [
      'tags[0].key must be at least 1 character',
      { tags: [{ key: '', value: 'v' }] },
      ['input', 'tags', '0', 'key'],
    ],
    [
      'tags[0].value must be at most 256 characters',
      { tags: [{ key: 'k', value: 'v'.repeat(257) }] },
      ['input', 'tags', '0', 'value'],
    ],
  ])('refuses input breaking “%s” before any upstream call', async (message, bad, field) => {
    const result = await asAdmin(CREATE, {
      input: { appInstanceArn: app.appInstanceArn, name: 'Ok', ...bad },
    });
    expect(result.data!.createChannel).toEqual({
      channel: null,
      userErrors: [{ field, code: 'INVALID', message: expect.stringContaining(message) }],
    });
    expect((await gateway.stats()).total).toBe(0);
  });

  it('updates a channel; each later mutation of the operation sees the state the one before left', async () => {
    const channelArn = await sdkChannel('Before');
    const result = await asAdmin(
      `mutation ($channelArn: String!) {
        first: updateChannel(input: { channelArn: $channelArn, name: "Middle", mode: RESTRICTED }) { channel { name mode metadata } }
        second: updateChannel(input: { channelArn: $channelArn, name: "After", mode: UNRESTRICTED, metadata: "m" }) {
          channel { name mode metadata lastUpdatedTimestamp }
          userErrors { code }
        }
      }`,
      { channelArn },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.first.channel).toEqual({ name: 'Middle', mode: 'RESTRICTED', metadata: null });
    expect(result.data!.second.channel).toMatchObject({ name: 'After', mode: 'UNRESTRICTED', metadata: 'm' });
    const { Channel } = await messaging.send(
      new DescribeChannelCommand({ ChannelArn: channelArn, ChimeBearer: app.adminArn }),
    );
    expect(Channel).toMatchObject({ Name: 'After', Mode: 'UNRESTRICTED', Metadata: 'm' });
  });

  it('deletes a channel: later fields find it gone, a failed mutation does not stop the next', async () => {
    const channelArn = await sdkChannel('Doomed');
    const other = await sdkChannel('Survivor');
    const result = await asAdmin(
      `mutation ($channelArn: String!, $other: String!) {
        before: updateChannel(input: { channelArn: $channelArn, name: "Doomed!", mode: UNRESTRICTED }) { channel { name } }
        delete: deleteChannel(input: { channelArn: $channelArn }) { deletedChannelArn userErrors { code } }
        after: updateChannel(input: { channelArn: $channelArn, name: "Ghost", mode: UNRESTRICTED }) {
          channel { name }
          userErrors { code message }
        }
        next: updateChannel(input: { channelArn: $other, name: "Survivor!", mode: UNRESTRICTED }) { channel { name } }
      }`,
      { channelArn, other },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      before: { channel: { name: 'Doomed!' } },
      delete: { deletedChannelArn: channelArn, userErrors: [] },
      after: {
        channel: null,
        userErrors: [{ code: 'NOT_FOUND', message: expect.stringContaining(channelArn) }],
      },
      next: { channel: { name: 'Survivor!' } },
    });
    const fresh = await asAdmin(
      'query ($channelArn: String!) { channel(channelArn: $channelArn) { name } }',
      {
        channelArn,
      },
    );
    expect(fresh).toEqual({ data: { channel: null } });
    expect(
      await rejection(
        messaging.send(new DescribeChannelCommand({ ChannelArn: channelArn, ChimeBearer: app.adminArn })),
      ),
    ).toBeInstanceOf(NotFoundException);
  });
});

describe('memberships and moderators', () => {
  it('adds a member, then removes them; the same operation sees both', async () => {
    const channelArn = await sdkChannel();
    const result = await asAdmin(
      `mutation ($channelArn: String!, $memberArn: String!) {
        add: createChannelMembership(input: { channelArn: $channelArn, memberArn: $memberArn }) {
          memberArn
          membership { member { arn name } type invitedBy { arn } createdTimestamp }
          userErrors { code }
        }
        again: createChannelMembership(input: { channelArn: $channelArn, memberArn: $memberArn }) {
          membership { type }
          userErrors { code message }
        }
      }`,
      { channelArn, memberArn: user(0) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.add).toMatchObject({
      memberArn: user(0),
      membership: {
        member: { arn: user(0), name: 'User 1' },
        type: 'DEFAULT',
        invitedBy: { arn: app.adminArn },
      },
      userErrors: [],
    });
    expect(result.data!.again).toEqual({
      membership: null,
      userErrors: [{ code: 'CONFLICT', message: expect.stringContaining('already a member') }],
    });
    const fresh = await asAdmin(
      'query ($channelArn: String!) { channel(channelArn: $channelArn) { memberships { nodes { member { arn } } } } }',
      { channelArn },
    );
    expect(fresh.data!.channel.memberships.nodes).toEqual([{ member: { arn: user(0) } }]);
    const { ChannelMembership } = await messaging.send(
      new DescribeChannelMembershipCommand({
        ChannelArn: channelArn,
        MemberArn: user(0),
        ChimeBearer: app.adminArn,
      }),
    );
    expect(ChannelMembership?.Type).toBe('DEFAULT');

    const removed = await asAdmin(
      `mutation ($channelArn: String!, $memberArn: String!) {
        before: createChannelMembership(input: { channelArn: $channelArn, memberArn: $memberArn, type: HIDDEN }) {
          membership { type }
        }
        remove: deleteChannelMembership(input: { channelArn: $channelArn, memberArn: $memberArn }) {
          memberArn
          channel { membership(memberArn: $memberArn) { type } }
          userErrors { code }
        }
      }`,
      { channelArn, memberArn: user(1) },
    );
    expect(removed.data).toEqual({
      before: { membership: { type: 'HIDDEN' } },
      remove: { memberArn: user(1), channel: { membership: null }, userErrors: [] },
    });
    const { ChannelMemberships } = await messaging.send(
      new ListChannelMembershipsCommand({
        ChannelArn: channelArn,
        ChimeBearer: app.adminArn,
        Type: 'HIDDEN',
      }),
    );
    expect(ChannelMemberships?.map((membership) => membership.Member?.Arn)).toEqual([user(0)]);
  });

  it('refuses a malformed member or channel ARN before any upstream call', async () => {
    const result = await asAdmin(
      `mutation ($channelArn: String!) {
        a: createChannelMembership(input: { channelArn: $channelArn, memberArn: "user-1" }) { userErrors { field message code } }
        b: deleteChannelMembership(input: { channelArn: "x", memberArn: "arn:aws:chime:us-east-1:1:u" }) { userErrors { field code } }
        c: createChannelModerator(input: { channelArn: $channelArn, channelModeratorArn: "" }) { userErrors { field code } }
      }`,
      { channelArn: `${app.appInstanceArn}/channel/x` },
    );
    expect(result.data!.a.userErrors).toEqual([
      {
        field: ['input', 'memberArn'],
        code: 'INVALID',
        message: expect.stringContaining('memberArn must match'),
      },
    ]);
    expect(result.data!.b.userErrors).toEqual([{ field: ['input', 'channelArn'], code: 'INVALID' }]);
    expect(result.data!.c.userErrors).toEqual([{ field: ['input', 'channelModeratorArn'], code: 'INVALID' }]);
    expect((await gateway.stats()).total).toBe(0);
  });

  it('makes a moderator and takes the role away; a non-moderator is FORBIDDEN', async () => {
    const channelArn = await sdkChannel();
    const result = await asAdmin(
      `mutation ($channelArn: String!, $userArn: String!) {
        add: createChannelModerator(input: { channelArn: $channelArn, channelModeratorArn: $userArn }) {
          channelModeratorArn
          moderator { moderator { arn } createdBy { arn } createdTimestamp }
          channel { moderators { nodes { moderator { arn } } } }
          userErrors { code }
        }
      }`,
      { channelArn, userArn: user(2) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.add).toMatchObject({
      channelModeratorArn: user(2),
      moderator: { moderator: { arn: user(2) }, createdBy: { arn: app.adminArn } },
      channel: {
        moderators: { nodes: [{ moderator: { arn: app.adminArn } }, { moderator: { arn: user(2) } }] },
      },
      userErrors: [],
    });
    const { ChannelModerators } = await messaging.send(
      new ListChannelModeratorsCommand({ ChannelArn: channelArn, ChimeBearer: app.adminArn }),
    );
    expect(ChannelModerators?.map((moderator) => moderator.Moderator?.Arn)).toEqual([app.adminArn, user(2)]);

    const refused = await gateway.queryAs(
      user(0),
      `mutation ($channelArn: String!, $userArn: String!) {
        createChannelModerator(input: { channelArn: $channelArn, channelModeratorArn: $userArn }) { userErrors { code } }
      }`,
      { channelArn, userArn: user(1) },
    );
    expect(refused.data!.createChannelModerator.userErrors).toEqual([{ code: 'FORBIDDEN' }]);

    const removed = await asAdmin(
      `mutation ($channelArn: String!, $userArn: String!) {
        before: createChannelModerator(input: { channelArn: $channelArn, channelModeratorArn: $userArn }) { userErrors { code } }
        remove: deleteChannelModerator(input: { channelArn: $channelArn, channelModeratorArn: $userArn }) {
          channel { moderator(moderatorArn: $userArn) { createdTimestamp } }
          userErrors { code }
        }
      }`,
      { channelArn, userArn: user(2) },
    );
    expect(removed.data!.before.userErrors).toEqual([{ code: 'CONFLICT' }]);
    expect(removed.data!.remove).toEqual({ channel: { moderator: null }, userErrors: [] });
    const after = await messaging.send(
      new ListChannelModeratorsCommand({ ChannelArn: channelArn, ChimeBearer: app.adminArn }),
    );
    expect(after.ChannelModerators?.map((moderator) => moderator.Moderator?.Arn)).toEqual([app.adminArn]);
  });
});

describe('messages', () => {
  /** A channel with user(0) as a member, so that they may send. */
  async function channelWithMember(): Promise<string> {
    const channelArn = await sdkChannel();
    await messaging.send(
      new CreateChannelMembershipCommand({
        ChannelArn: channelArn,
        MemberArn: user(0),
        Type: 'DEFAULT',
        ChimeBearer: app.adminArn,
      }),
    );
    return channelArn;
  }

  const SEND = `mutation ($input: SendChannelMessageInput!) {
    sendChannelMessage(input: $input) {
      messageId
      message { messageId content metadata type persistence sender { arn } redacted }
      channel { lastMessageTimestamp }
      userErrors { field message code }
    }
  }`;

  it('sends a message that the payload, a fresh request and the SDK read back', async () => {
    const channelArn = await channelWithMember();
    const result = await gateway.queryAs(user(0), SEND, {
      input: { channelArn, content: 'hello', metadata: '{"n":1}' },
    });
    expect(result.errors).toBeUndefined();
    const payload = result.data!.sendChannelMessage;
    expect(payload).toMatchObject({
      message: {
        content: 'hello',
        metadata: '{"n":1}',
        type: 'STANDARD',
        persistence: 'PERSISTENT',
        sender: { arn: user(0) },
        redacted: false,
      },
      channel: { lastMessageTimestamp: expect.stringMatching(/^\d{4}-/) },
      userErrors: [],
    });
    expect(payload.message.messageId).toBe(payload.messageId);
    const fresh = await asAdmin(
      'query ($channelArn: String!) { channel(channelArn: $channelArn) { messages { nodes { messageId content } } } }',
      { channelArn },
    );
    expect(fresh.data!.channel.messages.nodes).toEqual([{ messageId: payload.messageId, content: 'hello' }]);
    const { ChannelMessage } = await messaging.send(
      new GetChannelMessageCommand({
        ChannelArn: channelArn,
        MessageId: payload.messageId,
        ChimeBearer: user(0),
      }),
    );
    expect(ChannelMessage).toMatchObject({ Content: 'hello', Metadata: '{"n":1}', Sender: { Arn: user(0) } });
  });

  it('sends a NON_PERSISTENT CONTROL message, which is delivered but not kept', async () => {
    const channelArn = await channelWithMember();
    const result = await asAdmin(SEND, {
      input: { channelArn, content: 'typing', type: 'CONTROL', persistence: 'NON_PERSISTENT' },
    });
    expect(result.data!.sendChannelMessage).toMatchObject({
      messageId: expect.any(String),
      message: null,
      userErrors: [],
    });
  });

  it.each([
    ['content must be at least 1 character long, got 0', { content: '' }, ['input', 'content']],
    [
      'content of a STANDARD message must be at most 4096 bytes, got 4098',
      { content: 'é'.repeat(2049) },
      ['input', 'content'],
    ],
    ['at most 30 bytes, got 31', { type: 'CONTROL', content: 'c'.repeat(31) }, ['input', 'content']],
    [
      'metadata is not allowed on a CONTROL message',
      { type: 'CONTROL', metadata: 'm' },
      ['input', 'metadata'],
    ],
    ['metadata must be at most 1024 characters', { metadata: 'm'.repeat(1025) }, ['input', 'metadata']],
    ['must match the pattern', { clientRequestToken: 'tok en' }, ['input', 'clientRequestToken']],
    ['channelArn must be at least 5 characters', { channelArn: 'nope' }, ['input', 'channelArn']],
  ])('refuses input breaking “%s” before any upstream call', async (message, bad, field) => {
    const result = await asAdmin(SEND, {
      input: { channelArn: `${app.appInstanceArn}/channel/x`, content: 'ok', ...bad },
    });
    expect(result.data!.sendChannelMessage).toMatchObject({
      messageId: null,
      message: null,
      userErrors: [{ field, code: 'INVALID', message: expect.stringContaining(message) }],
    });
    expect((await gateway.stats()).total).toBe(0);
  });

  it('edits a message twice in one operation, each payload showing its own edit; only its sender may', async () => {
    const channelArn = await channelWithMember();
    const { MessageId } = await messaging.send(
      new SendChannelMessageCommand({
        ChannelArn: channelArn,
        Content: 'draft',
        Type: 'STANDARD',
        Persistence: 'PERSISTENT',
        ChimeBearer: user(0),
      }),
    );
    const result = await gateway.queryAs(
      user(0),
      `mutation ($channelArn: String!, $messageId: String!) {
        first: updateChannelMessage(input: { channelArn: $channelArn, messageId: $messageId, content: "second" }) {
          message { content lastEditedTimestamp }
        }
        second: updateChannelMessage(input: { channelArn: $channelArn, messageId: $messageId, content: "final", metadata: "x" }) {
          message { content metadata }
          userErrors { code }
        }
      }`,
      { channelArn, messageId: MessageId },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.first.message).toEqual({
      content: 'second',
      lastEditedTimestamp: expect.any(String),
    });
    expect(result.data!.second).toEqual({ message: { content: 'final', metadata: 'x' }, userErrors: [] });
    const { ChannelMessage } = await messaging.send(
      new GetChannelMessageCommand({ ChannelArn: channelArn, MessageId, ChimeBearer: user(0) }),
    );
    expect(ChannelMessage).toMatchObject({ Content: 'final', Metadata: 'x' });

    const notSender = await asAdmin(
      `mutation ($channelArn: String!, $messageId: String!) {
        updateChannelMessage(input: { channelArn: $channelArn, messageId: $messageId, content: "hijack" }) { userErrors { code } }
      }`,
      { channelArn, messageId: MessageId },
    );
    expect(notSender.data!.updateChannelMessage.userErrors).toEqual([{ code: 'FORBIDDEN' }]);
  });

  it('redacts, then deletes a message; later fields see each change; the SDK agrees', async () => {
    const channelArn = await channelWithMember();
    const { MessageId } = await messaging.send(
      new SendChannelMessageCommand({
        ChannelArn: channelArn,
        Content: 'oops',
        Metadata: 'kept',
        Type: 'STANDARD',
        Persistence: 'PERSISTENT',
        ChimeBearer: user(0),
      }),
    );
    const result = await asAdmin(
      `mutation ($channelArn: String!, $messageId: String!) {
        redact: redactChannelMessage(input: { channelArn: $channelArn, messageId: $messageId }) {
          message { content metadata redacted }
          userErrors { code }
        }
        edit: updateChannelMessage(input: { channelArn: $channelArn, messageId: $messageId, content: "again" }) {
          userErrors { code }
        }
        delete: deleteChannelMessage(input: { channelArn: $channelArn, messageId: $messageId }) {
          messageId
          channel { message(messageId: $messageId) { content } messages { nodes { messageId } } }
          userErrors { code }
        }
      }`,
      { channelArn, messageId: MessageId },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      redact: { message: { content: null, metadata: 'kept', redacted: true }, userErrors: [] },
      // The admin did not send it: editing is its sender's call.
      edit: { userErrors: [{ code: 'FORBIDDEN' }] },
      delete: { messageId: MessageId, channel: { message: null, messages: { nodes: [] } }, userErrors: [] },
    });
    expect(
      await rejection(
        messaging.send(
          new GetChannelMessageCommand({ ChannelArn: channelArn, MessageId, ChimeBearer: user(0) }),
        ),
      ),
    ).toBeInstanceOf(NotFoundException);
  });

  it('refuses a malformed message id before any upstream call, and answers NOT_FOUND for an unknown one', async () => {
    const channelArn = await channelWithMember();
    await gateway.resetStats();
    const bad = await asAdmin(
      `mutation ($channelArn: String!) {
        redactChannelMessage(input: { channelArn: $channelArn, messageId: "not an id!" }) { userErrors { field message code } }
      }`,
      { channelArn },
    );
    expect(bad.data!.redactChannelMessage.userErrors).toEqual([
      {
        field: ['input', 'messageId'],
        code: 'INVALID',
        message: 'messageId must match the pattern [-_a-zA-Z0-9]*, got "not an id!"',
      },
    ]);
    expect((await gateway.stats()).total).toBe(0);
    const unknown = await asAdmin(
      `mutation ($channelArn: String!) {
        deleteChannelMessage(input: { channelArn: $channelArn, messageId: "no-such-message" }) { userErrors { code } }
      }`,
      { channelArn },
    );
    expect(unknown.data!.deleteChannelMessage.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
  });
});
