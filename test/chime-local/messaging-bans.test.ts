import {
  ConflictException,
  CreateChannelBanCommand,
  CreateChannelCommand,
  CreateChannelMembershipCommand,
  DeleteChannelBanCommand,
  DescribeChannelBanCommand,
  DescribeChannelMembershipCommand,
  ForbiddenException,
  ListChannelBansCommand,
  NotFoundException,
  paginateListChannelBans,
} from '@aws-sdk/client-chime-sdk-messaging';
import { beforeAll, describe, expect, it } from 'vitest';
import { rejection } from './admin-helpers.ts';
import { buildAppInstance, type TestAppInstance, useMessagingLocal } from './messaging-helpers.ts';

const chime = useMessagingLocal();
let app: TestAppInstance;

beforeAll(async () => {
  app = await buildAppInstance(chime.identity, 'Bans', 60);
});

const user = (index: number) => app.userArns[index]!;

async function createChannel(): Promise<string> {
  const { ChannelArn } = await chime.messaging.send(
    new CreateChannelCommand({ AppInstanceArn: app.appInstanceArn, Name: 'Room', ChimeBearer: app.adminArn }),
  );
  return ChannelArn ?? '';
}

const ban = (ChannelArn: string, MemberArn: string, ChimeBearer = app.adminArn) =>
  chime.messaging.send(new CreateChannelBanCommand({ ChannelArn, MemberArn, ChimeBearer }));

const addMember = (ChannelArn: string, MemberArn: string, ChimeBearer = app.adminArn) =>
  chime.messaging.send(
    new CreateChannelMembershipCommand({ ChannelArn, MemberArn, Type: 'DEFAULT', ChimeBearer }),
  );

describe('channel bans', () => {
  it('bans a member, who is removed from the channel, and describes the ban', async () => {
    const channel = await createChannel();
    await addMember(channel, user(0));
    const created = await ban(channel, user(0));
    expect(created.$metadata.httpStatusCode).toBe(201);
    expect(created.ChannelArn).toBe(channel);
    expect(created.Member).toEqual({ Arn: user(0), Name: 'User 1' });
    const gone = await rejection(
      chime.messaging.send(
        new DescribeChannelMembershipCommand({
          ChannelArn: channel,
          MemberArn: user(0),
          ChimeBearer: app.adminArn,
        }),
      ),
    );
    expect(gone).toBeInstanceOf(NotFoundException);
    const { ChannelBan } = await chime.messaging.send(
      new DescribeChannelBanCommand({ ChannelArn: channel, MemberArn: user(0), ChimeBearer: app.adminArn }),
    );
    expect(ChannelBan).toMatchObject({
      ChannelArn: channel,
      Member: { Arn: user(0), Name: 'User 1' },
      CreatedBy: { Arn: app.adminArn, Name: 'Admin' },
    });
    expect(ChannelBan?.CreatedTimestamp).toBeInstanceOf(Date);
  });

  it('refuses to add a banned user until the ban is deleted', async () => {
    const channel = await createChannel();
    await ban(channel, user(1));
    expect(await rejection(addMember(channel, user(1)))).toBeInstanceOf(ForbiddenException);
    const deleted = await chime.messaging.send(
      new DeleteChannelBanCommand({ ChannelArn: channel, MemberArn: user(1), ChimeBearer: app.adminArn }),
    );
    expect(deleted.$metadata.httpStatusCode).toBe(204);
    await addMember(channel, user(1));
    const missing = await rejection(
      chime.messaging.send(
        new DescribeChannelBanCommand({ ChannelArn: channel, MemberArn: user(1), ChimeBearer: app.adminArn }),
      ),
    );
    expect(missing).toBeInstanceOf(NotFoundException);
  });

  it('answers 409 for a second ban of the same user and 404 for a user of no app instance', async () => {
    const channel = await createChannel();
    await ban(channel, user(2));
    expect(await rejection(ban(channel, user(2)))).toBeInstanceOf(ConflictException);
    expect(await rejection(ban(channel, `${app.appInstanceArn}/user/nobody`))).toBeInstanceOf(
      NotFoundException,
    );
  });

  it('leaves bans to moderators', async () => {
    const channel = await createChannel();
    await addMember(channel, user(3));
    const refused = await rejection(ban(channel, user(4), user(3)));
    expect(refused).toBeInstanceOf(ForbiddenException);
    expect(refused.message).toContain('CreateChannelBan needs a moderator');
    const listing = await rejection(
      chime.messaging.send(new ListChannelBansCommand({ ChannelArn: channel, ChimeBearer: user(3) })),
    );
    expect(listing).toBeInstanceOf(ForbiddenException);
  });

  it('lists the bans in pages of at most 50, in the order they were made', async () => {
    const channel = await createChannel();
    const banned = app.userArns.slice(5, 57);
    for (const arn of banned) await ban(channel, arn);
    const first = await chime.messaging.send(
      new ListChannelBansCommand({ ChannelArn: channel, ChimeBearer: app.adminArn }),
    );
    expect(first.ChannelArn).toBe(channel);
    expect(first.ChannelBans).toHaveLength(50);
    expect(first.NextToken).toBeTruthy();
    const seen: string[] = [];
    for await (const page of paginateListChannelBans(
      { client: chime.messaging, pageSize: 20 },
      { ChannelArn: channel, ChimeBearer: app.adminArn },
    ))
      seen.push(...(page.ChannelBans ?? []).map((summary) => summary.Member?.Arn ?? ''));
    expect(seen).toEqual(banned);
  });
});
