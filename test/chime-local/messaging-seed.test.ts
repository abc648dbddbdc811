import {
  DescribeAppInstanceCommand,
  DescribeAppInstanceUserCommand,
  paginateListAppInstanceUsers,
} from '@aws-sdk/client-chime-sdk-identity';
import {
  type ChannelMessageSummary,
  type ChannelSummary,
  type ChimeSDKMessagingClient,
  DescribeChannelCommand,
  ListChannelModeratorsCommand,
  paginateListChannelMemberships,
  paginateListChannelMessages,
  paginateListChannels,
} from '@aws-sdk/client-chime-sdk-messaging';
import { describe, expect, it } from 'vitest';
import {
  DEMO_APP_INSTANCE_ARN,
  DEMO_BEARER_ARN,
  DEMO_GENERAL_CHANNEL_ARN,
} from '../../src/chime-local/messaging/seed.ts';
import { startChimeLocal } from '../../src/chime-local/server.ts';
import { messagingClient, useMessagingLocal } from './messaging-helpers.ts';

const chime = useMessagingLocal('demo');

async function channelPages(client: ChimeSDKMessagingClient): Promise<ChannelSummary[][]> {
  const pages: ChannelSummary[][] = [];
  for await (const page of paginateListChannels(
    { client },
    { AppInstanceArn: DEMO_APP_INSTANCE_ARN, ChimeBearer: DEMO_BEARER_ARN },
  ))
    pages.push(page.Channels ?? []);
  return pages;
}

async function generalMessagePages(client: ChimeSDKMessagingClient): Promise<ChannelMessageSummary[][]> {
  const pages: ChannelMessageSummary[][] = [];
  for await (const page of paginateListChannelMessages(
    { client },
    { ChannelArn: DEMO_GENERAL_CHANNEL_ARN, ChimeBearer: DEMO_BEARER_ARN },
  ))
    pages.push(page.ChannelMessages ?? []);
  return pages;
}

describe('the demo seed', () => {
  it('names fixed ARNs for the demo app instance and its admin bearer', () => {
    expect(DEMO_APP_INSTANCE_ARN).toBe('arn:aws:chime:us-east-1:111122223333:app-instance/demo-app');
    expect(DEMO_BEARER_ARN).toBe(`${DEMO_APP_INSTANCE_ARN}/user/demo-admin`);
  });

  it('has the app instance "Demo App" with 30 users, Demo Admin first', async () => {
    const { AppInstance } = await chime.identity.send(
      new DescribeAppInstanceCommand({ AppInstanceArn: DEMO_APP_INSTANCE_ARN }),
    );
    expect(AppInstance?.Name).toBe('Demo App');
    const { AppInstanceUser } = await chime.identity.send(
      new DescribeAppInstanceUserCommand({ AppInstanceUserArn: DEMO_BEARER_ARN }),
    );
    expect(AppInstanceUser?.Name).toBe('Demo Admin');
    const users: string[] = [];
    for await (const page of paginateListAppInstanceUsers(
      { client: chime.identity },
      { AppInstanceArn: DEMO_APP_INSTANCE_ARN },
    ))
      users.push(...(page.AppInstanceUsers ?? []).map((user) => user.AppInstanceUserArn ?? ''));
    expect(users).toHaveLength(30);
    expect(users[0]).toBe(DEMO_BEARER_ARN);
  });

  it('has 60 channels (two ListChannels pages) mixing modes and privacy, a few expiring', async () => {
    const pages = await channelPages(chime.messaging);
    expect(pages.map((page) => page.length)).toEqual([50, 10]);
    const channels = pages.flat();
    expect(new Set(channels.map((channel) => channel.ChannelArn)).size).toBe(60);
    expect(new Set(channels.map((channel) => channel.Mode))).toEqual(new Set(['UNRESTRICTED', 'RESTRICTED']));
    expect(new Set(channels.map((channel) => channel.Privacy))).toEqual(new Set(['PUBLIC', 'PRIVATE']));

    let expiring = 0;
    for (const summary of channels) {
      const { Channel } = await chime.messaging.send(
        new DescribeChannelCommand({ ChannelArn: summary.ChannelArn, ChimeBearer: DEMO_BEARER_ARN }),
      );
      expect(Channel?.CreatedBy?.Arn).toBe(DEMO_BEARER_ARN);
      if (Channel?.ExpirationSettings) expiring += 1;
    }
    expect(expiring).toBeGreaterThanOrEqual(2);
    expect(expiring).toBeLessThan(60);
  });

  it('has "General" with 30 members, 3 moderators and 120 messages, some edited, some redacted', async () => {
    const { Channel } = await chime.messaging.send(
      new DescribeChannelCommand({ ChannelArn: DEMO_GENERAL_CHANNEL_ARN, ChimeBearer: DEMO_BEARER_ARN }),
    );
    expect(Channel?.Name).toBe('General');

    const members: string[] = [];
    for await (const page of paginateListChannelMemberships(
      { client: chime.messaging, pageSize: 20 },
      { ChannelArn: DEMO_GENERAL_CHANNEL_ARN, ChimeBearer: DEMO_BEARER_ARN },
    ))
      members.push(...(page.ChannelMemberships ?? []).map((membership) => membership.Member?.Arn ?? ''));
    expect(new Set(members).size).toBe(30);

    const { ChannelModerators } = await chime.messaging.send(
      new ListChannelModeratorsCommand({
        ChannelArn: DEMO_GENERAL_CHANNEL_ARN,
        ChimeBearer: DEMO_BEARER_ARN,
      }),
    );
    expect(ChannelModerators).toHaveLength(3);

    const pages = await generalMessagePages(chime.messaging);
    expect(pages.map((page) => page.length)).toEqual([50, 50, 20]);
    const messages = pages.flat();
    expect(messages.some((message) => message.Redacted && message.Content === undefined)).toBe(true);
    expect(messages.some((message) => message.LastEditedTimestamp instanceof Date)).toBe(true);
    expect(
      messages.filter((message) => !message.Redacted && !message.LastEditedTimestamp).length,
    ).toBeGreaterThan(100);
    expect(Channel?.LastMessageTimestamp?.getTime()).toBe(messages[0]?.CreatedTimestamp?.getTime());
  });

  it('is the same on every start: fixed ids and timestamps', async () => {
    const again = await startChimeLocal({ port: 0, seed: 'demo' });
    const client = messagingClient(again);
    try {
      expect(await channelPages(client)).toEqual(await channelPages(chime.messaging));
      expect(await generalMessagePages(client)).toEqual(await generalMessagePages(chime.messaging));
    } finally {
      client.destroy();
      await again.close();
    }
  });
});
