import {
  BadRequestException,
  CreateChannelCommand,
  type CreateChannelCommandInput,
  CreateChannelMembershipCommand,
  DeleteChannelCommand,
  DescribeChannelCommand,
  ForbiddenException,
  ListChannelsCommand,
  NotFoundException,
  PutChannelExpirationSettingsCommand,
  paginateListChannels,
  UpdateChannelCommand,
} from '@aws-sdk/client-chime-sdk-messaging';
import { beforeAll, describe, expect, it } from 'vitest';
import { rejection } from './admin-helpers.ts';
import { buildAppInstance, type TestAppInstance, useMessagingLocal } from './messaging-helpers.ts';

const chime = useMessagingLocal();
let app: TestAppInstance;
let other: TestAppInstance;

beforeAll(async () => {
  app = await buildAppInstance(chime.identity, 'Channels', 3);
  other = await buildAppInstance(chime.identity, 'Other', 1);
});

/** Creates a channel of `app` as `bearer` (default: the admin) and answers its ARN. */
async function createChannel(input: Partial<CreateChannelCommandInput> = {}, bearer = app.adminArn) {
  const { ChannelArn } = await chime.messaging.send(
    new CreateChannelCommand({
      AppInstanceArn: app.appInstanceArn,
      Name: 'Channel',
      ChimeBearer: bearer,
      ...input,
    }),
  );
  if (!ChannelArn) throw new Error('CreateChannel answered no ChannelArn');
  return ChannelArn;
}

const describeChannel = async (ChannelArn: string, ChimeBearer = app.adminArn) =>
  (await chime.messaging.send(new DescribeChannelCommand({ ChannelArn, ChimeBearer }))).Channel;

describe('channels', () => {
  it('creates a channel (UNRESTRICTED and PUBLIC by default) whose ARN round-trips as a path label', async () => {
    const creator = app.userArns[0]!;
    const created = await chime.messaging.send(
      new CreateChannelCommand({
        AppInstanceArn: app.appInstanceArn,
        Name: 'Lobby',
        Metadata: '{"floor":1}',
        ChimeBearer: creator,
      }),
    );
    expect(created.$metadata.httpStatusCode).toBe(201);
    const arn = created.ChannelArn ?? '';
    // The ARN carries ':' and '/', which the SDK sends percent-encoded in the path.
    expect(arn).toMatch(new RegExp(`^${app.appInstanceArn}/channel/[0-9a-f-]{36}$`));

    const channel = await describeChannel(arn, creator);
    expect(channel).toMatchObject({
      ChannelArn: arn,
      Name: 'Lobby',
      Metadata: '{"floor":1}',
      Mode: 'UNRESTRICTED',
      Privacy: 'PUBLIC',
      CreatedBy: { Arn: creator, Name: 'User 1' },
    });
    expect(channel?.CreatedTimestamp).toBeInstanceOf(Date);
    expect(channel?.LastMessageTimestamp).toBeUndefined();
    expect(channel?.ExpirationSettings).toBeUndefined();
  });

  it('answers the same ChannelArn when a ClientRequestToken is replayed', async () => {
    const first = await createChannel({ ClientRequestToken: 'same-token' });
    const again = await createChannel({ ClientRequestToken: 'same-token' });
    expect(again).toBe(first);
  });

  it('updates name, mode and metadata for a moderator; others are refused', async () => {
    const arn = await createChannel({ Name: 'Before', Metadata: 'old' });
    const before = await describeChannel(arn);
    const updated = await chime.messaging.send(
      new UpdateChannelCommand({
        ChannelArn: arn,
        Name: 'After',
        Mode: 'RESTRICTED',
        Metadata: 'new',
        ChimeBearer: app.adminArn,
      }),
    );
    expect(updated.ChannelArn).toBe(arn);
    const after = await describeChannel(arn);
    expect(after).toMatchObject({ Name: 'After', Mode: 'RESTRICTED', Metadata: 'new', Privacy: 'PUBLIC' });
    expect(after?.LastUpdatedTimestamp?.getTime()).toBeGreaterThanOrEqual(
      before?.LastUpdatedTimestamp?.getTime() ?? Number.POSITIVE_INFINITY,
    );

    const error = await rejection(
      chime.messaging.send(
        new UpdateChannelCommand({
          ChannelArn: arn,
          Name: 'Hijack',
          Mode: 'RESTRICTED',
          ChimeBearer: app.userArns[1],
        }),
      ),
    );
    expect(error).toBeInstanceOf(ForbiddenException);
  });

  it('sets expiration settings that DescribeChannel then shows, and removes them', async () => {
    const arn = await createChannel();
    const put = await chime.messaging.send(
      new PutChannelExpirationSettingsCommand({
        ChannelArn: arn,
        ChimeBearer: app.adminArn,
        ExpirationSettings: { ExpirationDays: 5475, ExpirationCriterion: 'LAST_MESSAGE_TIMESTAMP' },
      }),
    );
    expect(put).toMatchObject({
      ChannelArn: arn,
      ExpirationSettings: { ExpirationDays: 5475, ExpirationCriterion: 'LAST_MESSAGE_TIMESTAMP' },
    });
    expect((await describeChannel(arn))?.ExpirationSettings).toEqual({
      ExpirationDays: 5475,
      ExpirationCriterion: 'LAST_MESSAGE_TIMESTAMP',
    });

    await chime.messaging.send(
      new PutChannelExpirationSettingsCommand({ ChannelArn: arn, ChimeBearer: app.adminArn }),
    );
    expect((await describeChannel(arn))?.ExpirationSettings).toBeUndefined();

    const error = await rejection(
      chime.messaging.send(
        new PutChannelExpirationSettingsCommand({
          ChannelArn: arn,
          ChimeBearer: app.userArns[0],
          ExpirationSettings: { ExpirationDays: 1, ExpirationCriterion: 'CREATED_TIMESTAMP' },
        }),
      ),
    );
    expect(error).toBeInstanceOf(ForbiddenException);
  });

  it('accepts expiration settings on CreateChannel', async () => {
    const arn = await createChannel({
      ExpirationSettings: { ExpirationDays: 1, ExpirationCriterion: 'CREATED_TIMESTAMP' },
    });
    expect((await describeChannel(arn))?.ExpirationSettings).toEqual({
      ExpirationDays: 1,
      ExpirationCriterion: 'CREATED_TIMESTAMP',
    });
  });

  it('deletes a channel for a moderator; it is then NotFoundException', async () => {
    const arn = await createChannel();
    expect(
      await rejection(
        chime.messaging.send(new DeleteChannelCommand({ ChannelArn: arn, ChimeBearer: app.userArns[0] })),
      ),
    ).toBeInstanceOf(ForbiddenException);
    const deleted = await chime.messaging.send(
      new DeleteChannelCommand({ ChannelArn: arn, ChimeBearer: app.adminArn }),
    );
    expect(deleted.$metadata.httpStatusCode).toBe(204);
    expect(await rejection(describeChannel(arn))).toBeInstanceOf(NotFoundException);
  });

  it('answers NotFoundException for a channel that never existed', async () => {
    const error = await rejection(describeChannel(`${app.appInstanceArn}/channel/missing`));
    expect(error).toBeInstanceOf(NotFoundException);
  });
});

describe('ListChannels', () => {
  let listing: TestAppInstance;
  const created: string[] = [];

  beforeAll(async () => {
    listing = await buildAppInstance(chime.identity, 'Listing', 2);
    for (let index = 0; index < 60; index += 1) {
      const { ChannelArn } = await chime.messaging.send(
        new CreateChannelCommand({
          AppInstanceArn: listing.appInstanceArn,
          Name: `Channel ${index}`,
          Privacy: index % 6 === 5 ? 'PRIVATE' : 'PUBLIC',
          Mode: index % 2 === 0 ? 'UNRESTRICTED' : 'RESTRICTED',
          ChimeBearer: listing.adminArn,
        }),
      );
      created.push(ChannelArn ?? '');
    }
  });

  const listAll = async (bearer: string, Privacy?: 'PUBLIC' | 'PRIVATE', pageSize?: number) => {
    const pages: string[][] = [];
    for await (const page of paginateListChannels(
      { client: chime.messaging, ...(pageSize ? { pageSize } : {}) },
      { AppInstanceArn: listing.appInstanceArn, ChimeBearer: bearer, Privacy },
    ))
      pages.push((page.Channels ?? []).map((channel) => channel.ChannelArn ?? ''));
    return pages;
  };

  it('pages 60 channels 50 at a time, each exactly once, in creation order', async () => {
    const pages = await listAll(listing.adminArn);
    expect(pages.map((page) => page.length)).toEqual([50, 10]);
    expect(pages.flat()).toEqual(created);
  });

  it('honours a smaller MaxResults', async () => {
    const pages = await listAll(listing.adminArn, undefined, 25);
    expect(pages.map((page) => page.length)).toEqual([25, 25, 10]);
    expect(pages.flat()).toEqual(created);
  });

  it('summarizes each channel', async () => {
    const { Channels } = await chime.messaging.send(
      new ListChannelsCommand({
        AppInstanceArn: listing.appInstanceArn,
        ChimeBearer: listing.adminArn,
        MaxResults: 2,
      }),
    );
    expect(Channels).toEqual([
      { ChannelArn: created[0], Name: 'Channel 0', Mode: 'UNRESTRICTED', Privacy: 'PUBLIC' },
      { ChannelArn: created[1], Name: 'Channel 1', Mode: 'RESTRICTED', Privacy: 'PUBLIC' },
    ]);
  });

  it('shows a private channel only to its members, the PUBLIC filter only public ones', async () => {
    const [member, outsider] = listing.userArns as [string, string];
    const privateArns = created.filter((_, index) => index % 6 === 5);
    const publicArns = created.filter((_, index) => index % 6 !== 5);
    await chime.messaging.send(
      new CreateChannelMembershipCommand({
        ChannelArn: privateArns[0],
        MemberArn: member,
        Type: 'DEFAULT',
        ChimeBearer: listing.adminArn,
      }),
    );
    expect((await listAll(outsider)).flat()).toEqual(publicArns);
    expect((await listAll(member)).flat()).toEqual(
      created.filter((arn) => publicArns.includes(arn) || arn === privateArns[0]),
    );
    expect((await listAll(member, 'PUBLIC')).flat()).toEqual(publicArns);
    expect((await listAll(listing.adminArn, 'PRIVATE')).flat()).toEqual(privateArns);

    expect(await rejection(listAll(member, 'PRIVATE'))).toBeInstanceOf(ForbiddenException);
    expect(
      await rejection(
        chime.messaging.send(new DescribeChannelCommand({ ChannelArn: privateArns[1], ChimeBearer: member })),
      ),
    ).toBeInstanceOf(ForbiddenException);
  });
});

describe('the chime bearer', () => {
  let channelArn: string;

  beforeAll(async () => {
    channelArn = await createChannel();
  });

  it('is required: BadRequestException naming ChimeBearer', async () => {
    const error = await rejection(
      chime.messaging.send(
        new DescribeChannelCommand({ ChannelArn: channelArn, ChimeBearer: undefined as never }),
      ),
    );
    expect(error).toBeInstanceOf(BadRequestException);
    expect(error.message).toContain('ChimeBearer');
  });

  it('must be an ARN: BadRequestException naming ChimeBearer', async () => {
    const error = await rejection(describeChannel(channelArn, 'not-an-arn'));
    expect(error).toBeInstanceOf(BadRequestException);
    expect(error.message).toContain('ChimeBearer');
  });

  it('must be an existing app instance user: ForbiddenException', async () => {
    const error = await rejection(describeChannel(channelArn, `${app.appInstanceArn}/user/ghost`));
    expect(error).toBeInstanceOf(ForbiddenException);
  });

  it('must belong to the channel’s app instance: ForbiddenException', async () => {
    expect(await rejection(describeChannel(channelArn, other.adminArn))).toBeInstanceOf(ForbiddenException);
    expect(await rejection(createChannel({}, other.adminArn))).toBeInstanceOf(ForbiddenException);
    expect(
      await rejection(
        chime.messaging.send(
          new ListChannelsCommand({ AppInstanceArn: app.appInstanceArn, ChimeBearer: other.adminArn }),
        ),
      ),
    ).toBeInstanceOf(ForbiddenException);
  });
});

describe('validation', () => {
  let channelArn: string;

  beforeAll(async () => {
    channelArn = await createChannel();
  });

  const create = (input: Record<string, unknown>) =>
    new CreateChannelCommand({
      AppInstanceArn: app.appInstanceArn,
      Name: 'Valid',
      ChimeBearer: app.adminArn,
      ...input,
    } as CreateChannelCommandInput);
  const update = (input: Record<string, unknown>) =>
    new UpdateChannelCommand({
      ChannelArn: channelArn,
      Name: 'Valid',
      Mode: 'UNRESTRICTED',
      ChimeBearer: app.adminArn,
      ...input,
    } as never);
  const expire = (settings: Record<string, unknown>) =>
    new PutChannelExpirationSettingsCommand({
      ChannelArn: channelArn,
      ChimeBearer: app.adminArn,
      ExpirationSettings: settings as never,
    });
  const list = (input: Record<string, unknown>) =>
    new ListChannelsCommand({ AppInstanceArn: app.appInstanceArn, ChimeBearer: app.adminArn, ...input });

  it.each([
    ['Name', () => create({ Name: 'n'.repeat(257) })],
    ['Name', () => create({ Name: '' })],
    ['Name', () => create({ Name: 'bell\u0007' })],
    ['Mode', () => create({ Mode: 'OPEN' })],
    ['Privacy', () => create({ Privacy: 'SECRET' })],
    ['Metadata', () => create({ Metadata: 'm'.repeat(1025) })],
    ['ClientRequestToken', () => create({ ClientRequestToken: 'bad token!' })],
    ['AppInstanceArn', () => create({ AppInstanceArn: 'arn:x' })],
    ['Tags', () => create({ Tags: [] })],
    [
      'ExpirationSettings.ExpirationDays',
      () => create({ ExpirationSettings: { ExpirationDays: 0, ExpirationCriterion: 'CREATED_TIMESTAMP' } }),
    ],
    ['Name', () => update({ Name: undefined })],
    ['Mode', () => update({ Mode: undefined })],
    ['Mode', () => update({ Mode: 'CLOSED' })],
    ['Metadata', () => update({ Metadata: 'm'.repeat(1025) })],
    ['ChannelArn', () => update({ ChannelArn: 'not-an-arn' })],
    [
      'ChannelArn',
      () => new DescribeChannelCommand({ ChannelArn: `arn:${'a'.repeat(1600)}`, ChimeBearer: app.adminArn }),
    ],
    [
      'ExpirationSettings.ExpirationDays',
      () => expire({ ExpirationDays: 0, ExpirationCriterion: 'CREATED_TIMESTAMP' }),
    ],
    [
      'ExpirationSettings.ExpirationDays',
      () => expire({ ExpirationDays: 5476, ExpirationCriterion: 'CREATED_TIMESTAMP' }),
    ],
    [
      'ExpirationSettings.ExpirationCriterion',
      () => expire({ ExpirationDays: 7, ExpirationCriterion: 'NEVER' }),
    ],
    ['ExpirationSettings.ExpirationCriterion', () => expire({ ExpirationDays: 7 })],
    ['MaxResults', () => list({ MaxResults: 0 })],
    ['MaxResults', () => list({ MaxResults: 51 })],
    ['Privacy', () => list({ Privacy: 'HIDDEN' })],
    ['AppInstanceArn', () => list({ AppInstanceArn: undefined })],
    ['NextToken', () => list({ NextToken: 'x'.repeat(2049) })],
  ])('refuses a bad %s with BadRequestException naming it', async (parameter, command) => {
    const error = await rejection(chime.messaging.send(command() as any));
    expect(error).toBeInstanceOf(BadRequestException);
    expect(error.message).toContain(parameter);
  });
});
