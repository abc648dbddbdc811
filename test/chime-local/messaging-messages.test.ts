import {
  BadRequestException,
  type ChannelMessageSummary,
  ConflictException,
  CreateChannelCommand,
  CreateChannelMembershipCommand,
  DeleteChannelMessageCommand,
  DescribeChannelCommand,
  ForbiddenException,
  GetChannelMessageCommand,
  ListChannelMessagesCommand,
  NotFoundException,
  paginateListChannelMessages,
  RedactChannelMessageCommand,
  SendChannelMessageCommand,
  type SendChannelMessageCommandInput,
  UpdateChannelMessageCommand,
} from '@aws-sdk/client-chime-sdk-messaging';
import { beforeAll, describe, expect, it } from 'vitest';
import { rejection } from './admin-helpers.ts';
import { buildAppInstance, type TestAppInstance, useMessagingLocal } from './messaging-helpers.ts';

const chime = useMessagingLocal();
let app: TestAppInstance;
let member: string;
let outsider: string;

beforeAll(async () => {
  app = await buildAppInstance(chime.identity, 'Messages', 2);
  [member, outsider] = app.userArns as [string, string];
});

/** A channel created by the admin, with `member` as a member. */
async function createChannel(Privacy: 'PUBLIC' | 'PRIVATE' = 'PUBLIC') {
  const { ChannelArn = '' } = await chime.messaging.send(
    new CreateChannelCommand({
      AppInstanceArn: app.appInstanceArn,
      Name: 'Chat',
      Privacy,
      ChimeBearer: app.adminArn,
    }),
  );
  await chime.messaging.send(
    new CreateChannelMembershipCommand({
      ChannelArn,
      MemberArn: member,
      Type: 'DEFAULT',
      ChimeBearer: app.adminArn,
    }),
  );
  return ChannelArn;
}

async function send(
  ChannelArn: string,
  Content: string,
  input: Partial<SendChannelMessageCommandInput> = {},
) {
  const sent = await chime.messaging.send(
    new SendChannelMessageCommand({
      ChannelArn,
      Content,
      Type: 'STANDARD',
      Persistence: 'PERSISTENT',
      ChimeBearer: member,
      ...input,
    }),
  );
  return sent.MessageId ?? '';
}

const getMessage = async (ChannelArn: string, MessageId: string, ChimeBearer = member) =>
  (await chime.messaging.send(new GetChannelMessageCommand({ ChannelArn, MessageId, ChimeBearer })))
    .ChannelMessage;

describe('sending and reading', () => {
  it('sends a message that GetChannelMessage returns whole, and moves LastMessageTimestamp', async () => {
    const channel = await createChannel();
    const sent = await chime.messaging.send(
      new SendChannelMessageCommand({
        ChannelArn: channel,
        Content: 'Hello, world',
        Metadata: '{"lang":"en"}',
        Type: 'STANDARD',
        Persistence: 'PERSISTENT',
        ChimeBearer: member,
      }),
    );
    expect(sent.$metadata.httpStatusCode).toBe(201);
    expect(sent.ChannelArn).toBe(channel);
    expect(sent.MessageId).toMatch(/^[-_a-zA-Z0-9]{1,128}$/);

    const message = await getMessage(channel, sent.MessageId ?? '');
    expect(message).toMatchObject({
      ChannelArn: channel,
      MessageId: sent.MessageId,
      Content: 'Hello, world',
      Metadata: '{"lang":"en"}',
      Type: 'STANDARD',
      Persistence: 'PERSISTENT',
      Redacted: false,
      Sender: { Arn: member, Name: 'User 1' },
    });
    expect(message?.CreatedTimestamp).toBeInstanceOf(Date);
    expect(message?.LastEditedTimestamp).toBeUndefined();

    const { Channel } = await chime.messaging.send(
      new DescribeChannelCommand({ ChannelArn: channel, ChimeBearer: member }),
    );
    expect(Channel?.LastMessageTimestamp?.getTime()).toBe(message?.CreatedTimestamp?.getTime());
  });

  it('answers the same MessageId when a ClientRequestToken is replayed, storing the message once', async () => {
    const channel = await createChannel();
    const first = await send(channel, 'once', { ClientRequestToken: 'retry-1' });
    const again = await send(channel, 'once', { ClientRequestToken: 'retry-1' });
    expect(again).toBe(first);
    const { ChannelMessages } = await chime.messaging.send(
      new ListChannelMessagesCommand({ ChannelArn: channel, ChimeBearer: member }),
    );
    expect(ChannelMessages?.map((message) => message.MessageId)).toEqual([first]);
  });

  it('does not store NON_PERSISTENT messages', async () => {
    const channel = await createChannel();
    const id = await send(channel, 'typing…', { Persistence: 'NON_PERSISTENT' });
    expect(await rejection(getMessage(channel, id))).toBeInstanceOf(NotFoundException);
  });

  it('lets only members send; anyone reads a PUBLIC channel, only members a PRIVATE one', async () => {
    const open = await createChannel();
    const closed = await createChannel('PRIVATE');
    expect(await rejection(send(open, 'hi', { ChimeBearer: outsider }))).toBeInstanceOf(ForbiddenException);
    const publicId = await send(open, 'public');
    const privateId = await send(closed, 'private');
    expect((await getMessage(open, publicId, outsider))?.Content).toBe('public');
    expect(await rejection(getMessage(closed, privateId, outsider))).toBeInstanceOf(ForbiddenException);
  });

  it('keeps CONTROL messages to 30 bytes and no metadata', async () => {
    const channel = await createChannel();
    const id = await send(channel, 'x'.repeat(30), { Type: 'CONTROL' });
    expect((await getMessage(channel, id))?.Type).toBe('CONTROL');
    const tooLong = await rejection(send(channel, 'x'.repeat(31), { Type: 'CONTROL' }));
    expect(tooLong).toBeInstanceOf(BadRequestException);
    expect(tooLong.message).toContain('Content');
    const withMetadata = await rejection(send(channel, 'ok', { Type: 'CONTROL', Metadata: 'm' }));
    expect(withMetadata).toBeInstanceOf(BadRequestException);
    expect(withMetadata.message).toContain('Metadata');
  });

  it('answers NotFoundException for an unknown message', async () => {
    const channel = await createChannel();
    expect(await rejection(getMessage(channel, 'no-such-message'))).toBeInstanceOf(NotFoundException);
  });
});

describe('ListChannelMessages', () => {
  let channel: string;
  const sent: string[] = [];

  beforeAll(async () => {
    channel = await createChannel();
    for (let index = 1; index <= 120; index += 1) sent.push(await send(channel, `Message ${index}`));
  });

  const listAll = async (SortOrder?: 'ASCENDING' | 'DESCENDING', pageSize?: number) => {
    const pages: ChannelMessageSummary[][] = [];
    for await (const page of paginateListChannelMessages(
      { client: chime.messaging, ...(pageSize ? { pageSize } : {}) },
      { ChannelArn: channel, ChimeBearer: outsider, SortOrder },
    )) {
      expect(page.ChannelArn).toBe(channel);
      pages.push(page.ChannelMessages ?? []);
    }
    return pages;
  };

  it('pages 120 messages newest first by default, 50 at a time, each exactly once', async () => {
    const pages = await listAll();
    expect(pages.map((page) => page.length)).toEqual([50, 50, 20]);
    expect(pages.flat().map((message) => message.MessageId)).toEqual([...sent].reverse());
  });

  it('pages them oldest first with sort-order ASCENDING', async () => {
    const pages = await listAll('ASCENDING', 40);
    expect(pages.map((page) => page.length)).toEqual([40, 40, 40]);
    expect(pages.flat().map((message) => message.MessageId)).toEqual(sent);
  });

  it('pages them newest first with sort-order DESCENDING', async () => {
    const pages = await listAll('DESCENDING', 50);
    expect(pages.flat().map((message) => message.MessageId)).toEqual([...sent].reverse());
  });

  it('summarizes each message', async () => {
    const [first] = (await listAll('ASCENDING')).flat();
    expect(first).toMatchObject({
      MessageId: sent[0],
      Content: 'Message 1',
      Type: 'STANDARD',
      Redacted: false,
      Sender: { Arn: member, Name: 'User 1' },
    });
    expect(first?.CreatedTimestamp).toBeInstanceOf(Date);
  });

  it('keeps only messages created within not-before and not-after', async () => {
    const all = (await listAll('ASCENDING')).flat();
    const from = all[30]?.CreatedTimestamp as Date;
    const to = all[80]?.CreatedTimestamp as Date;
    const expected = all
      .filter((message) => {
        const time = message.CreatedTimestamp?.getTime() ?? 0;
        return time >= from.getTime() && time <= to.getTime();
      })
      .map((message) => message.MessageId);
    const within: string[] = [];
    for await (const page of paginateListChannelMessages(
      { client: chime.messaging },
      { ChannelArn: channel, ChimeBearer: member, SortOrder: 'ASCENDING', NotBefore: from, NotAfter: to },
    ))
      within.push(...(page.ChannelMessages ?? []).map((message) => message.MessageId ?? ''));
    expect(within).toEqual(expected);
    expect(within).toContain(sent[30]);
    expect(within).toContain(sent[80]);
  });
});

describe('editing, redacting and deleting', () => {
  it('lets the sender edit a message, which then carries LastEditedTimestamp', async () => {
    const channel = await createChannel();
    const id = await send(channel, 'draft', { Metadata: 'v1' });
    const updated = await chime.messaging.send(
      new UpdateChannelMessageCommand({
        ChannelArn: channel,
        MessageId: id,
        Content: 'final',
        Metadata: 'v2',
        ChimeBearer: member,
      }),
    );
    expect(updated).toMatchObject({ ChannelArn: channel, MessageId: id });
    const message = await getMessage(channel, id);
    expect(message).toMatchObject({ Content: 'final', Metadata: 'v2' });
    expect(message?.LastEditedTimestamp).toBeInstanceOf(Date);
    expect(message?.LastUpdatedTimestamp?.getTime()).toBe(message?.LastEditedTimestamp?.getTime());

    const byOther = await rejection(
      chime.messaging.send(
        new UpdateChannelMessageCommand({
          ChannelArn: channel,
          MessageId: id,
          Content: 'x',
          ChimeBearer: app.adminArn,
        }),
      ),
    );
    expect(byOther).toBeInstanceOf(ForbiddenException);
  });

  it('redacts a message: its content is gone, its metadata stays, and it can no longer be edited', async () => {
    const channel = await createChannel();
    const id = await send(channel, 'secret', { Metadata: 'kept' });
    const redacted = await chime.messaging.send(
      new RedactChannelMessageCommand({ ChannelArn: channel, MessageId: id, ChimeBearer: app.adminArn }),
    );
    expect(redacted).toMatchObject({ ChannelArn: channel, MessageId: id });
    const message = await getMessage(channel, id);
    expect(message).toMatchObject({ Redacted: true, Metadata: 'kept' });
    expect(message?.Content).toBeUndefined();

    const { ChannelMessages } = await chime.messaging.send(
      new ListChannelMessagesCommand({ ChannelArn: channel, ChimeBearer: member }),
    );
    expect(ChannelMessages?.[0]).toMatchObject({ MessageId: id, Redacted: true });
    expect(ChannelMessages?.[0]?.Content).toBeUndefined();

    const edit = await rejection(
      chime.messaging.send(
        new UpdateChannelMessageCommand({
          ChannelArn: channel,
          MessageId: id,
          Content: 'again',
          ChimeBearer: member,
        }),
      ),
    );
    expect(edit).toBeInstanceOf(ConflictException);
  });

  it('lets only the sender or a moderator redact', async () => {
    const channel = await createChannel();
    await chime.messaging.send(
      new CreateChannelMembershipCommand({
        ChannelArn: channel,
        MemberArn: outsider,
        Type: 'DEFAULT',
        ChimeBearer: app.adminArn,
      }),
    );
    const id = await send(channel, 'mine');
    const error = await rejection(
      chime.messaging.send(
        new RedactChannelMessageCommand({ ChannelArn: channel, MessageId: id, ChimeBearer: outsider }),
      ),
    );
    expect(error).toBeInstanceOf(ForbiddenException);
    await chime.messaging.send(
      new RedactChannelMessageCommand({ ChannelArn: channel, MessageId: id, ChimeBearer: member }),
    );
    expect((await getMessage(channel, id))?.Redacted).toBe(true);
  });

  it('lets only an AppInstanceAdmin delete a message, which then is gone from reads and lists', async () => {
    const channel = await createChannel();
    const kept = await send(channel, 'kept');
    const id = await send(channel, 'doomed');
    const byMember = await rejection(
      chime.messaging.send(
        new DeleteChannelMessageCommand({ ChannelArn: channel, MessageId: id, ChimeBearer: member }),
      ),
    );
    expect(byMember).toBeInstanceOf(ForbiddenException);
    const deleted = await chime.messaging.send(
      new DeleteChannelMessageCommand({ ChannelArn: channel, MessageId: id, ChimeBearer: app.adminArn }),
    );
    expect(deleted.$metadata.httpStatusCode).toBe(204);
    expect(await rejection(getMessage(channel, id))).toBeInstanceOf(NotFoundException);
    const { ChannelMessages } = await chime.messaging.send(
      new ListChannelMessagesCommand({ ChannelArn: channel, ChimeBearer: member }),
    );
    expect(ChannelMessages?.map((message) => message.MessageId)).toEqual([kept]);
  });
});

describe('validation', () => {
  let channel: string;
  let messageId: string;

  beforeAll(async () => {
    channel = await createChannel();
    messageId = await send(channel, 'target');
  });

  const sendWith = (input: Record<string, unknown>) =>
    new SendChannelMessageCommand({
      ChannelArn: channel,
      Content: 'ok',
      Type: 'STANDARD',
      Persistence: 'PERSISTENT',
      ChimeBearer: member,
      ...input,
    } as never);
  const list = (input: Record<string, unknown>) =>
    new ListChannelMessagesCommand({ ChannelArn: channel, ChimeBearer: member, ...input } as never);

  it.each([
    ['Content', () => sendWith({ Content: '' })],
    ['Content', () => sendWith({ Content: 'x'.repeat(4097) })],
    ['Type', () => sendWith({ Type: 'LOUD' })],
    ['Type', () => sendWith({ Type: undefined })],
    ['Persistence', () => sendWith({ Persistence: 'FOREVER' })],
    ['Persistence', () => sendWith({ Persistence: undefined })],
    ['Metadata', () => sendWith({ Metadata: 'm'.repeat(1025) })],
    ['ClientRequestToken', () => sendWith({ ClientRequestToken: 'no/slashes' })],
    ['ChannelArn', () => sendWith({ ChannelArn: 'arn:aws:chime' })],
    ['ChimeBearer', () => sendWith({ ChimeBearer: undefined })],
    [
      'MessageId',
      () => new GetChannelMessageCommand({ ChannelArn: channel, MessageId: 'bad.id', ChimeBearer: member }),
    ],
    [
      'MessageId',
      () =>
        new GetChannelMessageCommand({
          ChannelArn: channel,
          MessageId: 'm'.repeat(129),
          ChimeBearer: member,
        }),
    ],
    [
      'Content',
      () =>
        new UpdateChannelMessageCommand({
          ChannelArn: channel,
          MessageId: messageId,
          Content: 'x'.repeat(4097),
          ChimeBearer: member,
        }),
    ],
    [
      'Metadata',
      () =>
        new UpdateChannelMessageCommand({
          ChannelArn: channel,
          MessageId: messageId,
          Content: 'x',
          Metadata: 'm'.repeat(1025),
          ChimeBearer: member,
        }),
    ],
    [
      'MessageId',
      () => new RedactChannelMessageCommand({ ChannelArn: channel, MessageId: 'a b', ChimeBearer: member }),
    ],
    [
      'MessageId',
      () =>
        new DeleteChannelMessageCommand({ ChannelArn: channel, MessageId: 'a+b', ChimeBearer: app.adminArn }),
    ],
    ['SortOrder', () => list({ SortOrder: 'RANDOM' })],
    ['MaxResults', () => list({ MaxResults: 0 })],
    ['MaxResults', () => list({ MaxResults: 51 })],
    [
      'NotBefore',
      () => list({ NotBefore: new Date(Date.UTC(2024, 1, 2)), NotAfter: new Date(Date.UTC(2024, 1, 1)) }),
    ],
    ['NextToken', () => list({ NextToken: 'bm90LW91cnM.forged' })],
  ])('refuses a bad %s with BadRequestException naming it', async (parameter, command) => {
    const error = await rejection(chime.messaging.send(command() as any));
    expect(error).toBeInstanceOf(BadRequestException);
    expect(error.message).toContain(parameter);
  });
});
