import {
  BadRequestException,
  ConflictException,
  CreateChannelCommand,
  CreateChannelMembershipCommand,
  CreateChannelModeratorCommand,
  DeleteChannelMembershipCommand,
  DeleteChannelModeratorCommand,
  DescribeChannelMembershipCommand,
  DescribeChannelModeratorCommand,
  ForbiddenException,
  ListChannelMembershipsCommand,
  ListChannelModeratorsCommand,
  NotFoundException,
  paginateListChannelMemberships,
} from '@aws-sdk/client-chime-sdk-messaging';
import { beforeAll, describe, expect, it } from 'vitest';
import { rejection } from './admin-helpers.ts';
import { buildAppInstance, type TestAppInstance, useMessagingLocal } from './messaging-helpers.ts';

const chime = useMessagingLocal();
let app: TestAppInstance;
let other: TestAppInstance;

beforeAll(async () => {
  app = await buildAppInstance(chime.identity, 'Memberships', 40);
  other = await buildAppInstance(chime.identity, 'Other', 1);
});

const user = (index: number) => app.userArns[index]!;

/** A channel of `app` created by `creator` (who becomes its moderator). */
async function createChannel(
  input: { Mode?: 'RESTRICTED' | 'UNRESTRICTED'; Privacy?: 'PUBLIC' | 'PRIVATE' } = {},
  creator = app.adminArn,
) {
  const { ChannelArn } = await chime.messaging.send(
    new CreateChannelCommand({
      AppInstanceArn: app.appInstanceArn,
      Name: 'Room',
      ChimeBearer: creator,
      ...input,
    }),
  );
  return ChannelArn ?? '';
}

const addMember = (
  ChannelArn: string,
  MemberArn: string,
  ChimeBearer: string,
  Type: 'DEFAULT' | 'HIDDEN' = 'DEFAULT',
) => chime.messaging.send(new CreateChannelMembershipCommand({ ChannelArn, MemberArn, Type, ChimeBearer }));

const addModerator = (ChannelArn: string, ChannelModeratorArn: string, ChimeBearer: string) =>
  chime.messaging.send(new CreateChannelModeratorCommand({ ChannelArn, ChannelModeratorArn, ChimeBearer }));

describe('memberships', () => {
  it('adds a member and describes the membership', async () => {
    const channel = await createChannel();
    const added = await addMember(channel, user(0), app.adminArn);
    expect(added.$metadata.httpStatusCode).toBe(201);
    expect(added).toMatchObject({ ChannelArn: channel, Member: { Arn: user(0), Name: 'User 1' } });

    const { ChannelMembership } = await chime.messaging.send(
      new DescribeChannelMembershipCommand({ ChannelArn: channel, MemberArn: user(0), ChimeBearer: user(0) }),
    );
    expect(ChannelMembership).toMatchObject({
      ChannelArn: channel,
      Member: { Arn: user(0), Name: 'User 1' },
      InvitedBy: { Arn: app.adminArn, Name: 'Admin' },
      Type: 'DEFAULT',
    });
    expect(ChannelMembership?.CreatedTimestamp).toBeInstanceOf(Date);
  });

  it('pages every member exactly once, in the order they joined', async () => {
    const channel = await createChannel();
    for (const arn of app.userArns) await addMember(channel, arn, app.adminArn);
    const pages: string[][] = [];
    for await (const page of paginateListChannelMemberships(
      { client: chime.messaging, pageSize: 15 },
      { ChannelArn: channel, ChimeBearer: user(3) },
    )) {
      expect(page.ChannelArn).toBe(channel);
      pages.push((page.ChannelMemberships ?? []).map((membership) => membership.Member?.Arn ?? ''));
    }
    expect(pages.map((page) => page.length)).toEqual([15, 15, 10]);
    expect(pages.flat()).toEqual(app.userArns);

    const firstPage = await chime.messaging.send(
      new ListChannelMembershipsCommand({ ChannelArn: channel, ChimeBearer: user(3) }),
    );
    expect(firstPage.ChannelMemberships).toHaveLength(40);
    expect(firstPage.ChannelMemberships?.[0]).toEqual({ Member: { Arn: user(0), Name: 'User 1' } });
  });

  it('lists HIDDEN members only when the type filter asks for HIDDEN; only moderators add them', async () => {
    const channel = await createChannel();
    await addMember(channel, user(0), app.adminArn);
    await addMember(channel, user(1), app.adminArn, 'HIDDEN');
    const members = async (Type?: 'DEFAULT' | 'HIDDEN') =>
      (
        await chime.messaging.send(
          new ListChannelMembershipsCommand({ ChannelArn: channel, ChimeBearer: app.adminArn, Type }),
        )
      ).ChannelMemberships?.map((membership) => membership.Member?.Arn);
    expect(await members()).toEqual([user(0)]);
    expect(await members('DEFAULT')).toEqual([user(0)]);
    expect(await members('HIDDEN')).toEqual([user(0), user(1)]);

    expect(await rejection(addMember(channel, user(2), user(0), 'HIDDEN'))).toBeInstanceOf(
      ForbiddenException,
    );
  });

  it('lets members add others to an UNRESTRICTED channel and users join a PUBLIC one themselves', async () => {
    const channel = await createChannel();
    await addMember(channel, user(0), app.adminArn);
    await addMember(channel, user(1), user(0));
    await addMember(channel, user(2), user(2));
    expect(await rejection(addMember(channel, user(4), user(3)))).toBeInstanceOf(ForbiddenException);
  });

  it('lets only moderators add members to a RESTRICTED channel', async () => {
    const channel = await createChannel({ Mode: 'RESTRICTED' });
    await addMember(channel, user(0), app.adminArn);
    expect(await rejection(addMember(channel, user(1), user(0)))).toBeInstanceOf(ForbiddenException);
    expect(await rejection(addMember(channel, user(1), user(1)))).toBeInstanceOf(ForbiddenException);
    await addModerator(channel, user(0), app.adminArn);
    const added = await addMember(channel, user(1), user(0));
    expect(added.Member?.Arn).toBe(user(1));
  });

  it('keeps a PRIVATE channel closed to outsiders', async () => {
    const channel = await createChannel({ Privacy: 'PRIVATE' });
    expect(await rejection(addMember(channel, user(0), user(0)))).toBeInstanceOf(ForbiddenException);
    expect(
      await rejection(
        chime.messaging.send(
          new ListChannelMembershipsCommand({ ChannelArn: channel, ChimeBearer: user(0) }),
        ),
      ),
    ).toBeInstanceOf(ForbiddenException);
  });

  it('answers ConflictException for a second membership and NotFoundException for unknown members', async () => {
    const channel = await createChannel();
    await addMember(channel, user(0), app.adminArn);
    expect(await rejection(addMember(channel, user(0), app.adminArn))).toBeInstanceOf(ConflictException);
    expect(
      await rejection(addMember(channel, `${app.appInstanceArn}/user/ghost`, app.adminArn)),
    ).toBeInstanceOf(NotFoundException);
    expect(await rejection(addMember(channel, other.adminArn, app.adminArn))).toBeInstanceOf(
      NotFoundException,
    );
    expect(
      await rejection(
        chime.messaging.send(
          new DescribeChannelMembershipCommand({
            ChannelArn: channel,
            MemberArn: user(1),
            ChimeBearer: app.adminArn,
          }),
        ),
      ),
    ).toBeInstanceOf(NotFoundException);
  });

  it('lets members leave and moderators remove others', async () => {
    const channel = await createChannel();
    for (const index of [0, 1, 2]) await addMember(channel, user(index), app.adminArn);
    const remove = (MemberArn: string, ChimeBearer: string) =>
      chime.messaging.send(
        new DeleteChannelMembershipCommand({ ChannelArn: channel, MemberArn, ChimeBearer }),
      );

    expect(await rejection(remove(user(1), user(0)))).toBeInstanceOf(ForbiddenException);
    expect((await remove(user(0), user(0))).$metadata.httpStatusCode).toBe(204);
    await remove(user(1), app.adminArn);
    expect(await rejection(remove(user(1), app.adminArn))).toBeInstanceOf(NotFoundException);

    const { ChannelMemberships } = await chime.messaging.send(
      new ListChannelMembershipsCommand({ ChannelArn: channel, ChimeBearer: app.adminArn }),
    );
    expect(ChannelMemberships?.map((membership) => membership.Member?.Arn)).toEqual([user(2)]);
  });
});

describe('moderators', () => {
  it('makes the creator the first moderator; moderators add and remove others', async () => {
    const channel = await createChannel({}, user(0));
    const moderators = async () =>
      (
        await chime.messaging.send(
          new ListChannelModeratorsCommand({ ChannelArn: channel, ChimeBearer: user(5) }),
        )
      ).ChannelModerators?.map((moderator) => moderator.Moderator);
    expect(await moderators()).toEqual([{ Arn: user(0), Name: 'User 1' }]);

    const added = await addModerator(channel, user(1), user(0));
    expect(added.$metadata.httpStatusCode).toBe(201);
    expect(added).toMatchObject({ ChannelArn: channel, ChannelModerator: { Arn: user(1), Name: 'User 2' } });
    await addModerator(channel, user(2), app.adminArn);
    expect(await moderators()).toEqual([
      { Arn: user(0), Name: 'User 1' },
      { Arn: user(1), Name: 'User 2' },
      { Arn: user(2), Name: 'User 3' },
    ]);

    const deleted = await chime.messaging.send(
      new DeleteChannelModeratorCommand({
        ChannelArn: channel,
        ChannelModeratorArn: user(0),
        ChimeBearer: user(1),
      }),
    );
    expect(deleted.$metadata.httpStatusCode).toBe(204);
    expect((await moderators())?.map((moderator) => moderator?.Arn)).toEqual([user(1), user(2)]);
  });

  it('describes a moderator: who made them one and when; NotFoundException for a non-moderator', async () => {
    const channel = await createChannel({}, user(0));
    await addModerator(channel, user(1), user(0));
    const describe = (ChannelModeratorArn: string) =>
      chime.messaging.send(
        new DescribeChannelModeratorCommand({
          ChannelArn: channel,
          ChannelModeratorArn,
          ChimeBearer: user(5),
        }),
      );
    const { ChannelModerator } = await describe(user(1));
    expect(ChannelModerator).toMatchObject({
      ChannelArn: channel,
      Moderator: { Arn: user(1), Name: 'User 2' },
      CreatedBy: { Arn: user(0), Name: 'User 1' },
    });
    expect(ChannelModerator?.CreatedTimestamp).toBeInstanceOf(Date);
    expect(await rejection(describe(user(2)))).toBeInstanceOf(NotFoundException);
  });

  it('pages moderators with MaxResults', async () => {
    const channel = await createChannel();
    for (const index of [0, 1, 2, 3]) await addModerator(channel, user(index), app.adminArn);
    const arns: string[] = [];
    let NextToken: string | undefined;
    do {
      const page = await chime.messaging.send(
        new ListChannelModeratorsCommand({
          ChannelArn: channel,
          ChimeBearer: app.adminArn,
          MaxResults: 2,
          NextToken,
        }),
      );
      expect(page.ChannelModerators?.length).toBeLessThanOrEqual(2);
      arns.push(...(page.ChannelModerators ?? []).map((moderator) => moderator.Moderator?.Arn ?? ''));
      NextToken = page.NextToken;
    } while (NextToken);
    expect(arns).toEqual([app.adminArn, user(0), user(1), user(2), user(3)]);
  });

  it('refuses non-moderators, duplicates and strangers', async () => {
    const channel = await createChannel();
    await addMember(channel, user(0), app.adminArn);
    expect(await rejection(addModerator(channel, user(0), user(0)))).toBeInstanceOf(ForbiddenException);
    await addModerator(channel, user(0), app.adminArn);
    expect(await rejection(addModerator(channel, user(0), app.adminArn))).toBeInstanceOf(ConflictException);
    expect(
      await rejection(addModerator(channel, `${app.appInstanceArn}/user/ghost`, app.adminArn)),
    ).toBeInstanceOf(NotFoundException);
    const removeAs = (ChannelModeratorArn: string, ChimeBearer: string) =>
      chime.messaging.send(
        new DeleteChannelModeratorCommand({ ChannelArn: channel, ChannelModeratorArn, ChimeBearer }),
      );
    expect(await rejection(removeAs(user(0), user(1)))).toBeInstanceOf(ForbiddenException);
    expect(await rejection(removeAs(user(1), app.adminArn))).toBeInstanceOf(NotFoundException);
  });
});

describe('validation', () => {
  let channel: string;

  beforeAll(async () => {
    channel = await createChannel();
  });

  it.each([
    [
      'MemberArn',
      () =>
        new CreateChannelMembershipCommand({
          ChannelArn: channel,
          MemberArn: 'member',
          Type: 'DEFAULT',
          ChimeBearer: app.adminArn,
        }),
    ],
    [
      'Type',
      () =>
        new CreateChannelMembershipCommand({
          ChannelArn: channel,
          MemberArn: user(0),
          Type: 'VIP' as never,
          ChimeBearer: app.adminArn,
        }),
    ],
    [
      'Type',
      () =>
        new CreateChannelMembershipCommand({
          ChannelArn: channel,
          MemberArn: user(0),
          Type: undefined as never,
          ChimeBearer: app.adminArn,
        }),
    ],
    [
      'ChannelArn',
      () =>
        new CreateChannelMembershipCommand({
          ChannelArn: 'channel',
          MemberArn: user(0),
          Type: 'DEFAULT',
          ChimeBearer: app.adminArn,
        }),
    ],
    [
      'MemberArn',
      () =>
        new DescribeChannelMembershipCommand({
          ChannelArn: channel,
          MemberArn: 'arn:aws',
          ChimeBearer: app.adminArn,
        }),
    ],
    [
      'MemberArn',
      () =>
        new DeleteChannelMembershipCommand({
          ChannelArn: channel,
          MemberArn: 'arn:aws',
          ChimeBearer: app.adminArn,
        }),
    ],
    [
      'Type',
      () =>
        new ListChannelMembershipsCommand({
          ChannelArn: channel,
          Type: 'ALL' as never,
          ChimeBearer: app.adminArn,
        }),
    ],
    [
      'MaxResults',
      () =>
        new ListChannelMembershipsCommand({ ChannelArn: channel, MaxResults: 51, ChimeBearer: app.adminArn }),
    ],
    [
      'ChannelModeratorArn',
      () =>
        new CreateChannelModeratorCommand({
          ChannelArn: channel,
          ChannelModeratorArn: 'x',
          ChimeBearer: app.adminArn,
        }),
    ],
    [
      'ChannelModeratorArn',
      () =>
        new DeleteChannelModeratorCommand({
          ChannelArn: channel,
          ChannelModeratorArn: 'x',
          ChimeBearer: app.adminArn,
        }),
    ],
    [
      'MaxResults',
      () =>
        new ListChannelModeratorsCommand({ ChannelArn: channel, MaxResults: 0, ChimeBearer: app.adminArn }),
    ],
    [
      'ChimeBearer',
      () => new ListChannelModeratorsCommand({ ChannelArn: channel, ChimeBearer: undefined as never }),
    ],
  ])('refuses a bad %s with BadRequestException naming it', async (parameter, command) => {
    const error = await rejection(chime.messaging.send(command() as any));
    expect(error).toBeInstanceOf(BadRequestException);
    expect(error.message).toContain(parameter);
  });
});
