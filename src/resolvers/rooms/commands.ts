import {
  BatchCreateRoomMembership,
  CreateRoom,
  CreateRoomMembership,
  DeleteRoom,
  DeleteRoomMembership,
  RedactConversationMessage,
  RedactRoomMessage,
  UpdateRoom,
  UpdateRoomMembership,
} from '../../chime/operations/rooms.ts';
import { PARAMETERS, parameterRule } from '../../chime/parameters.ts';
import type { Room, RoomMembershipRole } from '../../chime/shapes/room.ts';
import type { RequestContext } from '../../context.ts';
import { type RoomKey, type RoomMembershipModel, toRoom, toRoomMembership } from '../../loaders/rooms.ts';
import { CLIENT_REQUEST_TOKEN_RULE, MAX_BATCH_ROOM_MEMBERS, ROOM_NAME_RULE } from '../shared/admin-rules.ts';
import { type BatchItemErrorModel, toRoomMembershipErrors } from '../shared/batch-item-errors.ts';
import { checkListSize, checkText, validateThenRun } from '../shared/input-rules.ts';
import { checkAccountInScope } from '../shared/tenancy.ts';
import type { MutationResult, UserErrorModel } from '../shared/user-errors.ts';

/**
 * What a room mutation answers: the room it changed. The payload's `room` is read through the
 * request's loader, which the mutation has updated.
 */
export type RoomMutationResult = MutationResult<{ roomKey: RoomKey }>;

/** Input of `createRoom`. */
export interface CreateRoomInput {
  accountId: string;
  name: string;
  clientRequestToken?: string | null;
}

/** Input of `updateRoom`. */
export interface UpdateRoomInput extends RoomKey {
  name?: string | null;
}

/** Input of `createRoomMembership` and `updateRoomMembership`. */
export interface RoomMembershipInput extends RoomKey {
  memberId: string;
  role?: RoomMembershipRole | null;
}

/** Input of `deleteRoomMembership`. */
export interface RoomMemberInput extends RoomKey {
  memberId: string;
}

/** Input of `batchCreateRoomMembership`. */
export interface BatchCreateRoomMembershipInput extends RoomKey {
  items: { memberId: string; role?: RoomMembershipRole | null }[];
}

/** Input of `redactRoomMessage`. */
export interface RedactRoomMessageInput extends RoomKey {
  messageId: string;
}

/** Input of `redactConversationMessage`. */
export interface RedactConversationMessageInput {
  accountId: string;
  conversationId: string;
  messageId: string;
}

const noRoom = { roomKey: null };

const keyOf = (input: RoomKey): RoomKey => ({ accountId: input.accountId, roomId: input.roomId });

/** The account id of a mutation's input, and its scope: a room of an account out of scope does not exist for the caller. */
const checkAccount = (ctx: RequestContext, accountId: string): UserErrorModel[] => [
  ...checkText(accountId, ['input', 'accountId'], PARAMETERS.AccountId),
  ...checkAccountInScope(ctx.identity, accountId),
];

/** The rules on the `accountId` and `roomId` that address one room in a mutation's input. */
const checkRoomKey = (ctx: RequestContext, input: RoomKey): UserErrorModel[] => [
  ...checkAccount(ctx, input.accountId),
  ...checkText(input.roomId, ['input', 'roomId'], PARAMETERS.RoomId),
];

/** The room as the upstream just answered it replaces whatever the request had loaded. */
function replaceRoom(ctx: RequestContext, accountId: string, room: Room): RoomKey {
  const model = toRoom(accountId, room);
  ctx.loaders.replaceRoom(model);
  return { accountId: model.accountId, roomId: model.roomId };
}

/** CreateRoom. Changes: the new room (replaced with the upstream's answer). */
export function createRoom(ctx: RequestContext, input: CreateRoomInput): Promise<RoomMutationResult> {
  return validateThenRun(
    [
      ...checkAccount(ctx, input.accountId),
      ...checkText(input.name, ['input', 'name'], ROOM_NAME_RULE),
      ...checkText(input.clientRequestToken, ['input', 'clientRequestToken'], CLIENT_REQUEST_TOKEN_RULE),
    ],
    noRoom,
    async () => {
      const { Room } = await ctx.client.send(CreateRoom, {
        AccountId: input.accountId,
        Name: input.name,
        ClientRequestToken: input.clientRequestToken ?? undefined,
      });
      return { roomKey: replaceRoom(ctx, input.accountId, Room) };
    },
  );
}

/** UpdateRoom: renames a room. Changes: the room (replaced with the upstream's answer). */
export function updateRoom(ctx: RequestContext, input: UpdateRoomInput): Promise<RoomMutationResult> {
  return validateThenRun(
    [...checkRoomKey(ctx, input), ...checkText(input.name, ['input', 'name'], ROOM_NAME_RULE)],
    noRoom,
    async () => {
      const { Room } = await ctx.client.send(UpdateRoom, {
        AccountId: input.accountId,
        RoomId: input.roomId,
        Name: input.name ?? undefined,
      });
      return { roomKey: replaceRoom(ctx, input.accountId, Room) };
    },
  );
}

/** What `deleteRoom` answers: the room that is gone. */
export type DeleteRoomResult = MutationResult<{ deletedRoomKey: RoomKey }>;

/** DeleteRoom, with its memberships. Changes: the room (now known not to exist). */
export function deleteRoom(ctx: RequestContext, input: RoomKey): Promise<DeleteRoomResult> {
  const key = keyOf(input);
  return validateThenRun(checkRoomKey(ctx, input), { deletedRoomKey: null }, async () => {
    await ctx.client.send(DeleteRoom, { AccountId: key.accountId, RoomId: key.roomId });
    ctx.loaders.forgetRoom(key);
    return { deletedRoomKey: key };
  });
}

/** What a single-membership mutation answers: the room, and the membership as the upstream answered it. */
export type RoomMembershipMutationResult = MutationResult<{
  roomKey: RoomKey;
  membership: RoomMembershipModel;
}>;

const noMembership = { roomKey: null, membership: null };

const checkMember = (ctx: RequestContext, input: RoomMemberInput): UserErrorModel[] => [
  ...checkRoomKey(ctx, input),
  ...checkText(input.memberId, ['input', 'memberId'], PARAMETERS.MemberId),
];

/**
 * CreateRoomMembership: adds a user or bot of the account to the room, as a member unless
 * `role` says Administrator. Changes: the room's memberships (its lists are read afresh).
 */
export function createRoomMembership(
  ctx: RequestContext,
  input: RoomMembershipInput,
): Promise<RoomMembershipMutationResult> {
  const key = keyOf(input);
  return validateThenRun(checkMember(ctx, input), noMembership, async () => {
    const { RoomMembership } = await ctx.client.send(CreateRoomMembership, {
      AccountId: key.accountId,
      RoomId: key.roomId,
      MemberId: input.memberId,
      Role: input.role ?? undefined,
    });
    ctx.loaders.roomMembersChanged(key);
    return { roomKey: key, membership: toRoomMembership(key, RoomMembership) };
  });
}

/**
 * UpdateRoomMembership: a member's role (user members only, the upstream says). Changes: the
 * room's memberships.
 */
export function updateRoomMembership(
  ctx: RequestContext,
  input: RoomMembershipInput,
): Promise<RoomMembershipMutationResult> {
  const key = keyOf(input);
  return validateThenRun(checkMember(ctx, input), noMembership, async () => {
    const { RoomMembership } = await ctx.client.send(UpdateRoomMembership, {
      AccountId: key.accountId,
      RoomId: key.roomId,
      MemberId: input.memberId,
      Role: input.role ?? undefined,
    });
    ctx.loaders.roomMembersChanged(key);
    return { roomKey: key, membership: toRoomMembership(key, RoomMembership) };
  });
}

/** What `deleteRoomMembership` answers: the room, and the member that left it. */
export type DeleteRoomMembershipResult = MutationResult<{ roomKey: RoomKey; memberId: string }>;

/** DeleteRoomMembership. Changes: the room's memberships. */
export function deleteRoomMembership(
  ctx: RequestContext,
  input: RoomMemberInput,
): Promise<DeleteRoomMembershipResult> {
  const key = keyOf(input);
  return validateThenRun(checkMember(ctx, input), { roomKey: null, memberId: null }, async () => {
    await ctx.client.send(DeleteRoomMembership, {
      AccountId: key.accountId,
      RoomId: key.roomId,
      MemberId: input.memberId,
    });
    ctx.loaders.roomMembersChanged(key);
    return { roomKey: key, memberId: input.memberId };
  });
}

/** What `batchCreateRoomMembership` answers: the members added, and an item error for each one refused. */
export type BatchRoomMembershipResult = MutationResult<{
  roomKey: RoomKey;
  addedMemberIds: string[];
  itemErrors: BatchItemErrorModel[];
}>;

/**
 * BatchCreateRoomMembership: up to 50 members at once; those the upstream refuses come back as
 * item errors, each pointing at its input item. Changes: the room's memberships.
 */
export function batchCreateRoomMembership(
  ctx: RequestContext,
  input: BatchCreateRoomMembershipInput,
): Promise<BatchRoomMembershipResult> {
  const key = keyOf(input);
  const { items } = input;
  return validateThenRun(
    [
      ...checkRoomKey(ctx, input),
      ...checkListSize(items, ['input', 'items'], MAX_BATCH_ROOM_MEMBERS),
      ...items.flatMap((item, index) =>
        checkText(item.memberId, ['input', 'items', String(index), 'memberId'], PARAMETERS.MemberId),
      ),
    ],
    { roomKey: null, addedMemberIds: null, itemErrors: null },
    async () => {
      const { Errors } = await ctx.client.send(BatchCreateRoomMembership, {
        AccountId: key.accountId,
        RoomId: key.roomId,
        MembershipItemList: items.map((item) => ({ MemberId: item.memberId, Role: item.role ?? undefined })),
      });
      ctx.loaders.roomMembersChanged(key);
      const memberIds = items.map((item) => item.memberId);
      const itemErrors = toRoomMembershipErrors(Errors, memberIds, ['input', 'items']);
      const failed = new Set(itemErrors.map((error) => error.id));
      return {
        roomKey: key,
        addedMemberIds: [...new Set(memberIds)].filter((memberId) => !failed.has(memberId)),
        itemErrors,
      };
    },
  );
}

/** What `redactRoomMessage` answers: the room, and the message redacted. */
export type RedactRoomMessageResult = MutationResult<{ roomKey: RoomKey; messageId: string }>;

/** RedactRoomMessage. Changes: the message's content (the graph does not read room messages). */
export function redactRoomMessage(
  ctx: RequestContext,
  input: RedactRoomMessageInput,
): Promise<RedactRoomMessageResult> {
  const key = keyOf(input);
  return validateThenRun(
    [
      ...checkRoomKey(ctx, input),
      ...checkText(
        input.messageId,
        ['input', 'messageId'],
        parameterRule(RedactRoomMessage.name, 'MessageId')!,
      ),
    ],
    { roomKey: null, messageId: null },
    async () => {
      await ctx.client.send(RedactRoomMessage, {
        AccountId: key.accountId,
        RoomId: key.roomId,
        MessageId: input.messageId,
      });
      return { roomKey: key, messageId: input.messageId };
    },
  );
}

/** What `redactConversationMessage` answers: the account, conversation and message redacted. */
export type RedactConversationMessageResult = MutationResult<{
  accountId: string;
  conversationId: string;
  messageId: string;
}>;

/** RedactConversationMessage. Changes: the message's content (the graph does not read conversations). */
export function redactConversationMessage(
  ctx: RequestContext,
  input: RedactConversationMessageInput,
): Promise<RedactConversationMessageResult> {
  return validateThenRun(
    [
      ...checkAccount(ctx, input.accountId),
      ...checkText(input.conversationId, ['input', 'conversationId'], PARAMETERS.ConversationId),
      ...checkText(
        input.messageId,
        ['input', 'messageId'],
        parameterRule(RedactConversationMessage.name, 'MessageId')!,
      ),
    ],
    { accountId: null, conversationId: null, messageId: null },
    async () => {
      await ctx.client.send(RedactConversationMessage, {
        AccountId: input.accountId,
        ConversationId: input.conversationId,
        MessageId: input.messageId,
      });
      return { accountId: input.accountId, conversationId: input.conversationId, messageId: input.messageId };
    },
  );
}
