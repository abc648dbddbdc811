import {
  BadRequestException,
  BatchCreateChannelMembershipCommand,
  CreateChannelBanCommand,
  CreateChannelCommand,
  CreateChannelMembershipCommand,
  CreateChannelModeratorCommand,
  DescribeChannelMembershipForAppInstanceUserCommand,
  DescribeChannelModeratedByAppInstanceUserCommand,
  ForbiddenException,
  GetMessagingSessionEndpointCommand,
  ListChannelMembershipsCommand,
  ListChannelMembershipsForAppInstanceUserCommand,
  ListChannelsModeratedByAppInstanceUserCommand,
  NotFoundException,
  paginateListChannelMembershipsForAppInstanceUser,
  UpdateChannelReadMarkerCommand,
} from '@aws-sdk/client-chime-sdk-messaging';
import { beforeAll, describe, expect, it } from 'vitest';
import { rejection } from './admin-helpers.ts';
import { buildAppInstance, type TestAppInstance, useMessagingLocal } from './messaging-helpers.ts';

const chime = useMessagingLocal();
let app: TestAppInstance;

beforeAll(async () => {
  app = await buildAppInstance(chime.identity, 'UserChannels', 8);
});

const user = (index: number) => app.userArns[index]!;

async function createChannel(Name = 'Room', creator = app.adminArn): Promise<string> {
  const { ChannelArn } = await chime.messaging.send(
    new CreateChannelCommand({ AppInstanceArn: app.appInstanceArn, Name, ChimeBearer: creator }),
  );
  return ChannelArn ?? '';
}

const addMember = (ChannelArn: string, MemberArn: string) =>
  chime.messaging.send(
    new CreateChannelMembershipCommand({ ChannelArn, MemberArn, Type: 'DEFAULT', ChimeBearer: app.adminArn }),
  );

describe('BatchCreateChannelMembership', () => {
  it('adds the members it can and answers an error for each of the others', async () => {
    const channel = await createChannel();
    await addMember(channel, user(1));
    await chime.messaging.send(
      new CreateChannelBanCommand({ ChannelArn: channel, MemberArn: user(2), ChimeBearer: app.adminArn }),
    );
    const unknown = `${app.appInstanceArn}/user/nobody`;
    const out = await chime.messaging.send(
      new BatchCreateChannelMembershipCommand({
        ChannelArn: channel,
        MemberArns: [user(0), user(1), user(2), unknown, user(3)],
        Type: 'DEFAULT',
        ChimeBearer: app.adminArn,
      }),
    );
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(out.BatchChannelMemberships).toEqual({
      ChannelArn: channel,
      InvitedBy: { Arn: app.adminArn, Name: 'Admin' },
      Members: [
        { Arn: user(0), Name: 'User 1' },
        { Arn: user(3), Name: 'User 4' },
      ],
      Type: 'DEFAULT',
    });
    expect(out.Errors?.map(({ MemberArn, ErrorCode }) => [MemberArn, ErrorCode])).toEqual([
      [user(1), 'Conflict'],
      [user(2), 'Forbidden'],
      [unknown, 'NotFound'],
    ]);
    const listed = await chime.messaging.send(
      new ListChannelMembershipsCommand({ ChannelArn: channel, ChimeBearer: app.adminArn }),
    );
    expect(listed.ChannelMemberships?.map((summary) => summary.Member?.Arn)).toEqual([
      user(1),
      user(0),
      user(3),
    ]);
  });

  it('refuses an empty list or more than 100 members, naming MemberArns', async () => {
    const channel = await createChannel();
    for (const MemberArns of [[], Array.from({ length: 101 }, () => user(0))]) {
      const refused = await rejection(
        chime.messaging.send(
          new BatchCreateChannelMembershipCommand({
            ChannelArn: channel,
            MemberArns,
            ChimeBearer: app.adminArn,
          }),
        ),
      );
      expect(refused).toBeInstanceOf(BadRequestException);
      expect(refused.message).toContain('MemberArns');
    }
  });
});

describe('the channels of one app instance user', () => {
  it('lists and describes the memberships of a user, with the read marker it set', async () => {
    const first = await createChannel('First');
    const second = await createChannel('Second');
    await createChannel('Elsewhere');
    await addMember(first, user(4));
    await addMember(second, user(4));
    const marked = await chime.messaging.send(
      new UpdateChannelReadMarkerCommand({ ChannelArn: second, ChimeBearer: user(4) }),
    );
    expect(marked.ChannelArn).toBe(second);
    const listed = await chime.messaging.send(
      new ListChannelMembershipsForAppInstanceUserCommand({
        AppInstanceUserArn: user(4),
        ChimeBearer: user(4),
      }),
    );
    expect(listed.ChannelMemberships?.map((summary) => summary.ChannelSummary?.Name)).toEqual([
      'First',
      'Second',
    ]);
    expect(listed.ChannelMemberships?.[0]?.AppInstanceUserMembershipSummary).toEqual({ Type: 'DEFAULT' });
    const { ChannelMembership } = await chime.messaging.send(
      new DescribeChannelMembershipForAppInstanceUserCommand({
        ChannelArn: second,
        AppInstanceUserArn: user(4),
        ChimeBearer: app.adminArn,
      }),
    );
    expect(ChannelMembership?.ChannelSummary).toMatchObject({ ChannelArn: second, Name: 'Second' });
    expect(ChannelMembership?.AppInstanceUserMembershipSummary?.Type).toBe('DEFAULT');
    expect(ChannelMembership?.AppInstanceUserMembershipSummary?.ReadMarkerTimestamp).toBeInstanceOf(Date);
  });

  it('pages a user memberships with the SDK paginator', async () => {
    const channels: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      const channel = await createChannel(`Paged ${index}`);
      await addMember(channel, user(5));
      channels.push(channel);
    }
    const seen: string[] = [];
    for await (const page of paginateListChannelMembershipsForAppInstanceUser(
      { client: chime.messaging, pageSize: 2 },
      { AppInstanceUserArn: user(5), ChimeBearer: user(5) },
    ))
      seen.push(
        ...(page.ChannelMemberships ?? []).map((summary) => summary.ChannelSummary?.ChannelArn ?? ''),
      );
    expect(seen).toEqual(channels);
  });

  it('answers 404 for a channel the user is not a member or moderator of', async () => {
    const channel = await createChannel();
    for (const command of [
      new DescribeChannelMembershipForAppInstanceUserCommand({
        ChannelArn: channel,
        AppInstanceUserArn: user(6),
        ChimeBearer: app.adminArn,
      }),
      new DescribeChannelModeratedByAppInstanceUserCommand({
        ChannelArn: channel,
        AppInstanceUserArn: user(6),
        ChimeBearer: app.adminArn,
      }),
    ])
      expect(await rejection(chime.messaging.send(command as never))).toBeInstanceOf(NotFoundException);
  });

  it("refuses a plain user another user's channels", async () => {
    const refused = await rejection(
      chime.messaging.send(
        new ListChannelMembershipsForAppInstanceUserCommand({
          AppInstanceUserArn: user(0),
          ChimeBearer: user(1),
        }),
      ),
    );
    expect(refused).toBeInstanceOf(ForbiddenException);
  });

  it('lists and describes the channels a user moderates', async () => {
    const own = await createChannel('Own', user(7));
    const given = await createChannel('Given');
    await chime.messaging.send(
      new CreateChannelModeratorCommand({
        ChannelArn: given,
        ChannelModeratorArn: user(7),
        ChimeBearer: app.adminArn,
      }),
    );
    const { Channels } = await chime.messaging.send(
      new ListChannelsModeratedByAppInstanceUserCommand({
        AppInstanceUserArn: user(7),
        ChimeBearer: user(7),
      }),
    );
    expect(Channels?.map((summary) => summary.ChannelSummary?.ChannelArn)).toEqual([own, given]);
    const { Channel } = await chime.messaging.send(
      new DescribeChannelModeratedByAppInstanceUserCommand({
        ChannelArn: given,
        AppInstanceUserArn: user(7),
        ChimeBearer: user(7),
      }),
    );
    expect(Channel?.ChannelSummary).toMatchObject({ ChannelArn: given, Name: 'Given', Mode: 'UNRESTRICTED' });
  });
});

describe('UpdateChannelReadMarker', () => {
  it('is for members only', async () => {
    const channel = await createChannel();
    const refused = await rejection(
      chime.messaging.send(new UpdateChannelReadMarkerCommand({ ChannelArn: channel, ChimeBearer: user(0) })),
    );
    expect(refused).toBeInstanceOf(ForbiddenException);
  });
});

describe('GetMessagingSessionEndpoint', () => {
  it('answers an endpoint URL without a bearer', async () => {
    const { Endpoint } = await chime.messaging.send(new GetMessagingSessionEndpointCommand({}));
    expect(new URL(Endpoint?.Url ?? '').protocol).toBe('https:');
  });
});
