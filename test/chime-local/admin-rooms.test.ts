import {
  BadRequestException,
  BatchCreateRoomMembershipCommand,
  ConflictException,
  CreateAccountCommand,
  CreateRoomCommand,
  CreateRoomMembershipCommand,
  CreateUserCommand,
  DeleteRoomCommand,
  DeleteRoomMembershipCommand,
  GetRoomCommand,
  ListRoomMembershipsCommand,
  ListRoomsCommand,
  NotFoundException,
  RedactConversationMessageCommand,
  RedactRoomMessageCommand,
  UpdateRoomCommand,
  UpdateRoomMembershipCommand,
} from '@aws-sdk/client-chime';
import { beforeAll, describe, expect, it } from 'vitest';
import { addChatMessage, addConversation, roomMessagesOf } from '../../src/chime-local/admin/records.ts';
import { rejection, useAdminLocal } from './admin-helpers.ts';

const chime = useAdminLocal();
let accountId: string;
let otherAccountId: string;
const userIds: string[] = [];

beforeAll(async () => {
  accountId = (await chime.admin.send(new CreateAccountCommand({ Name: 'Rooms' }))).Account!.AccountId!;
  otherAccountId = (await chime.admin.send(new CreateAccountCommand({ Name: 'Elsewhere' }))).Account!
    .AccountId!;
  for (let i = 0; i < 5; i += 1) {
    const { User } = await chime.admin.send(
      new CreateUserCommand({
        AccountId: accountId,
        Email: `member${i}@rooms.example.com`,
        Username: `M ${i}`,
      }),
    );
    userIds.push(User!.UserId!);
  }
});

const createRoom = async (name: string, token?: string) =>
  (
    await chime.admin.send(
      new CreateRoomCommand({ AccountId: accountId, Name: name, ClientRequestToken: token }),
    )
  ).Room!;

async function expectError(
  call: Promise<unknown>,
  type: abstract new (...args: never[]) => Error,
  status: number,
  text: string,
) {
  const error = await rejection(call);
  expect(error).toBeInstanceOf(type);
  expect(error.$metadata?.httpStatusCode).toBe(status);
  expect(error.message).toContain(text);
}

describe('rooms', () => {
  it('creates, reads, renames and deletes a room', async () => {
    const room = await createRoom('Planning');
    expect(room).toMatchObject({ AccountId: accountId, Name: 'Planning' });
    expect(room.CreatedBy).toMatch(/^arn:aws:iam::/);
    expect(room.CreatedTimestamp).toBeInstanceOf(Date);
    const read = await chime.admin.send(new GetRoomCommand({ AccountId: accountId, RoomId: room.RoomId }));
    expect(read.Room).toEqual(room);
    const updated = await chime.admin.send(
      new UpdateRoomCommand({ AccountId: accountId, RoomId: room.RoomId, Name: 'Roadmap' }),
    );
    expect(updated.Room).toMatchObject({ RoomId: room.RoomId, Name: 'Roadmap' });
    const deleted = await chime.admin.send(
      new DeleteRoomCommand({ AccountId: accountId, RoomId: room.RoomId }),
    );
    expect(deleted.$metadata.httpStatusCode).toBe(204);
    await expectError(
      chime.admin.send(new GetRoomCommand({ AccountId: accountId, RoomId: room.RoomId })),
      NotFoundException,
      404,
      room.RoomId!,
    );
  });

  it('answers the same room for the same ClientRequestToken', async () => {
    const first = await createRoom('Once', 'token-1');
    const again = await createRoom('Once', 'token-1');
    expect(again.RoomId).toBe(first.RoomId);
    await expectError(createRoom('Twice', 'token-1'), ConflictException, 409, 'ClientRequestToken');
    await expectError(createRoom('Bad', 'x'), BadRequestException, 400, 'ClientRequestToken');
  });

  it('refuses a blank name and a room of another account', async () => {
    await expectError(createRoom('   '), BadRequestException, 400, 'Name');
    const room = await createRoom('Mine');
    await expectError(
      chime.admin.send(new GetRoomCommand({ AccountId: otherAccountId, RoomId: room.RoomId })),
      NotFoundException,
      404,
      'does not exist',
    );
  });

  it('pages ListRooms with NextToken and filters by member', async () => {
    const fresh = (await chime.admin.send(new CreateAccountCommand({ Name: 'Paging rooms' }))).Account!
      .AccountId!;
    const names = ['a', 'b', 'c', 'd', 'e'];
    for (const name of names) await chime.admin.send(new CreateRoomCommand({ AccountId: fresh, Name: name }));
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const page = await chime.admin.send(
        new ListRoomsCommand({ AccountId: fresh, MaxResults: 2, NextToken: token }),
      );
      expect(page.Rooms!.length).toBeLessThanOrEqual(2);
      seen.push(...page.Rooms!.map((room) => room.Name!));
      token = page.NextToken;
    } while (token);
    expect(seen).toEqual(names);
    await expectError(
      chime.admin.send(new ListRoomsCommand({ AccountId: fresh, MaxResults: 100 })),
      BadRequestException,
      400,
      'MaxResults',
    );
    await expectError(
      chime.admin.send(new ListRoomsCommand({ AccountId: fresh, NextToken: 'forged' })),
      BadRequestException,
      400,
      'NextToken',
    );

    const room = await createRoom('Filtered');
    await chime.admin.send(
      new CreateRoomMembershipCommand({ AccountId: accountId, RoomId: room.RoomId, MemberId: userIds[4] }),
    );
    const { Rooms } = await chime.admin.send(
      new ListRoomsCommand({ AccountId: accountId, MemberId: userIds[4] }),
    );
    expect(Rooms!.map((item) => item.RoomId)).toEqual([room.RoomId]);
  });
});

describe('room memberships', () => {
  it('adds, lists, updates and removes members who are users of the account', async () => {
    const room = await createRoom('Members');
    const key = { AccountId: accountId, RoomId: room.RoomId };
    const created = await chime.admin.send(
      new CreateRoomMembershipCommand({ ...key, MemberId: userIds[0], Role: 'Administrator' }),
    );
    expect(created.RoomMembership).toMatchObject({
      RoomId: room.RoomId,
      Role: 'Administrator',
      Member: {
        MemberId: userIds[0],
        MemberType: 'User',
        Email: 'member0@rooms.example.com',
        FullName: 'M 0',
      },
    });
    await expectError(
      chime.admin.send(new CreateRoomMembershipCommand({ ...key, MemberId: userIds[0] })),
      ConflictException,
      409,
      'already',
    );
    await expectError(
      chime.admin.send(new CreateRoomMembershipCommand({ ...key, MemberId: 'no-such-user' })),
      NotFoundException,
      404,
      'no-such-user',
    );

    const batch = await chime.admin.send(
      new BatchCreateRoomMembershipCommand({
        ...key,
        MembershipItemList: [
          { MemberId: userIds[1], Role: 'Member' },
          { MemberId: 'ghost' },
          { MemberId: userIds[0] },
          { MemberId: userIds[2] },
        ],
      }),
    );
    expect(batch.$metadata.httpStatusCode).toBe(201);
    expect(batch.Errors).toEqual([
      { MemberId: 'ghost', ErrorCode: 'NotFound', ErrorMessage: expect.stringContaining('ghost') },
      { MemberId: userIds[0], ErrorCode: 'Conflict', ErrorMessage: expect.stringContaining('already') },
    ]);

    const first = await chime.admin.send(new ListRoomMembershipsCommand({ ...key, MaxResults: 2 }));
    expect(first.RoomMemberships!.map((item) => item.Member!.MemberId)).toEqual([userIds[0], userIds[1]]);
    const rest = await chime.admin.send(
      new ListRoomMembershipsCommand({ ...key, NextToken: first.NextToken }),
    );
    expect(rest.RoomMemberships!.map((item) => item.Member!.MemberId)).toEqual([userIds[2]]);
    expect(rest.NextToken).toBeUndefined();

    const updated = await chime.admin.send(
      new UpdateRoomMembershipCommand({ ...key, MemberId: userIds[1], Role: 'Administrator' }),
    );
    expect(updated.RoomMembership).toMatchObject({ Role: 'Administrator', Member: { MemberId: userIds[1] } });
    await expectError(
      chime.admin.send(new UpdateRoomMembershipCommand({ ...key, MemberId: userIds[3], Role: 'Member' })),
      NotFoundException,
      404,
      userIds[3]!,
    );

    await chime.admin.send(new DeleteRoomMembershipCommand({ ...key, MemberId: userIds[1] }));
    const after = await chime.admin.send(new ListRoomMembershipsCommand(key));
    expect(after.RoomMemberships!.map((item) => item.Member!.MemberId)).toEqual([userIds[0], userIds[2]]);
    await expectError(
      chime.admin.send(new DeleteRoomMembershipCommand({ ...key, MemberId: userIds[1] })),
      NotFoundException,
      404,
      userIds[1]!,
    );
  });

  it('refuses a user of another account, a bad role and more than 50 items', async () => {
    const room = await createRoom('Strict');
    const key = { AccountId: accountId, RoomId: room.RoomId };
    const { User } = await chime.admin.send(
      new CreateUserCommand({ AccountId: otherAccountId, Email: 'outsider@elsewhere.example.com' }),
    );
    await expectError(
      chime.admin.send(new CreateRoomMembershipCommand({ ...key, MemberId: User!.UserId })),
      NotFoundException,
      404,
      'is not a user of account',
    );
    await expectError(
      chime.admin.send(
        new CreateRoomMembershipCommand({ ...key, MemberId: userIds[0], Role: 'Owner' as never }),
      ),
      BadRequestException,
      400,
      'Role',
    );
    await expectError(
      chime.admin.send(
        new BatchCreateRoomMembershipCommand({
          ...key,
          MembershipItemList: Array.from({ length: 51 }, (_, i) => ({ MemberId: `m${i}` })),
        }),
      ),
      BadRequestException,
      400,
      'MembershipItemList',
    );
  });
});

describe('redactions', () => {
  it('redacts a room message and a conversation message, 404 for unknown ones', async () => {
    const room = await createRoom('Redactions');
    const message = addChatMessage(
      chime.local.store,
      roomMessagesOf(chime.local.store, room.RoomId!),
      'oops',
    );
    const redacted = await chime.admin.send(
      new RedactRoomMessageCommand({
        AccountId: accountId,
        RoomId: room.RoomId,
        MessageId: message.MessageId,
      }),
    );
    expect(redacted.$metadata.httpStatusCode).toBe(200);
    expect(message).toMatchObject({ Redacted: true, Content: '' });
    await expectError(
      chime.admin.send(
        new RedactRoomMessageCommand({ AccountId: accountId, RoomId: room.RoomId, MessageId: 'nope' }),
      ),
      NotFoundException,
      404,
      'nope',
    );

    const account = chime.local.store.admin.accounts.get(accountId)!;
    const conversation = addConversation(chime.local.store, account);
    const said = addChatMessage(chime.local.store, conversation.messages, 'secret plan');
    await chime.admin.send(
      new RedactConversationMessageCommand({
        AccountId: accountId,
        ConversationId: conversation.ConversationId,
        MessageId: said.MessageId,
      }),
    );
    expect(said.Redacted).toBe(true);
    await expectError(
      chime.admin.send(
        new RedactConversationMessageCommand({
          AccountId: otherAccountId,
          ConversationId: conversation.ConversationId,
          MessageId: said.MessageId,
        }),
      ),
      NotFoundException,
      404,
      'Conversation',
    );
  });
});
