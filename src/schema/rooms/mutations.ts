import type { RoomKey } from '../../loaders/rooms.ts';
import { getAccount } from '../../resolvers/accounts/reads.ts';
import {
  type BatchRoomMembershipResult,
  batchCreateRoomMembership,
  createRoom,
  createRoomMembership,
  type DeleteRoomMembershipResult,
  type DeleteRoomResult,
  deleteRoom,
  deleteRoomMembership,
  type RedactConversationMessageResult,
  type RedactRoomMessageResult,
  type RoomMembershipMutationResult,
  type RoomMutationResult,
  redactConversationMessage,
  redactRoomMessage,
  updateRoom,
  updateRoomMembership,
} from '../../resolvers/rooms/commands.ts';
import { getRoom } from '../../resolvers/rooms/reads.ts';
import type { UserErrorModel } from '../../resolvers/shared/user-errors.ts';
import { AccountRef } from '../accounts/refs.ts';
import { builder } from '../builder.ts';
import { writeInAccounts } from '../shared/access.ts';
import { RoomMembershipErrorRef } from '../shared/batch-item-errors.ts';
import { compoundId } from '../shared/ids.ts';
import { UserErrorRef } from '../shared/user-error.ts';
import { RoomMembershipRoleEnum, RoomRef } from './refs.ts';
import { RoomMembershipRef } from './room.ts';

// Payloads are nullable on purpose: GraphQL runs a document's mutations one after the other and
// stops at the first failed non-null field, so a payload that can be null lets an upstream
// outage in one mutation leave the next ones running.

/**
 * A payload whose `room` is read through the request's loader (updated by the mutation); add a
 * mutation's own fields with `builder.objectFields`.
 */
function roomPayload<T extends { roomKey: RoomKey | null; userErrors: UserErrorModel[] }>(
  name: string,
  description: string,
) {
  const ref = builder.objectRef<T>(name);
  ref.implement({
    description,
    fields: (t) => ({
      room: t.field({
        type: RoomRef,
        nullable: true,
        resolve: (payload, _args, ctx) => payload.roomKey && getRoom(ctx, payload.roomKey),
      }),
      userErrors: t.field({ type: [UserErrorRef], resolve: (payload) => payload.userErrors }),
    }),
  });
  return ref;
}

type InputFieldBuilder = PothosSchemaTypes.InputFieldBuilder<
  typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never,
  'InputObject'
>;

/** The account and room every room mutation starts from. */
const roomKeyFields = (t: InputFieldBuilder) => ({
  accountId: t.string({ required: true }),
  roomId: t.string({ required: true }),
});

const CreateRoomInput = builder.inputType('CreateRoomInput', {
  fields: (t) => ({
    accountId: t.string({ required: true }),
    name: t.string({ required: true, description: 'Not blank.' }),
    clientRequestToken: t.string({
      description: 'Idempotency token (2-64 of [-_a-zA-Z0-9]): the same token again answers the same room.',
    }),
  }),
});

const UpdateRoomInput = builder.inputType('UpdateRoomInput', {
  fields: (t) => ({ ...roomKeyFields(t), name: t.string({ description: 'Not blank.' }) }),
});

const RoomKeyInput = (name: string) => builder.inputType(name, { fields: (t) => roomKeyFields(t) });

const memberFields = (t: InputFieldBuilder) => ({
  ...roomKeyFields(t),
  memberId: t.string({ required: true, description: 'A user id (or bot id) of the account.' }),
});

const RoomMembershipInput = (name: string, roleDescription: string) =>
  builder.inputType(name, {
    fields: (t) => ({
      ...memberFields(t),
      role: t.field({ type: RoomMembershipRoleEnum, description: roleDescription }),
    }),
  });

const MembershipItemInput = builder.inputType('RoomMembershipItemInput', {
  fields: (t) => ({
    memberId: t.string({ required: true, description: 'A user id (or bot id) of the account.' }),
    role: t.field({ type: RoomMembershipRoleEnum, description: 'MEMBER unless said.' }),
  }),
});

const BatchCreateRoomMembershipInput = builder.inputType('BatchCreateRoomMembershipInput', {
  fields: (t) => ({
    ...roomKeyFields(t),
    items: t.field({ type: [MembershipItemInput], required: true, description: 'At most 50 members.' }),
  }),
});

const RedactRoomMessageInput = builder.inputType('RedactRoomMessageInput', {
  fields: (t) => ({ ...roomKeyFields(t), messageId: t.string({ required: true }) }),
});

const RedactConversationMessageInput = builder.inputType('RedactConversationMessageInput', {
  fields: (t) => ({
    accountId: t.string({ required: true }),
    conversationId: t.string({ required: true }),
    messageId: t.string({ required: true }),
  }),
});

const DeleteRoomPayload = builder.objectRef<DeleteRoomResult>('DeleteRoomPayload');
DeleteRoomPayload.implement({
  fields: (t) => ({
    deletedRoomId: t.string({
      nullable: true,
      resolve: (payload) => payload.deletedRoomKey?.roomId ?? null,
    }),
    deletedId: t.globalID({
      nullable: true,
      description: 'The global id of the deleted room, for clients to drop it from their caches.',
      resolve: (payload) => {
        const key = payload.deletedRoomKey;
        return key && { type: 'Room', id: compoundId(key.accountId, key.roomId) };
      },
    }),
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
  }),
});

const membershipPayload = (name: string, description: string) => {
  const ref = roomPayload<RoomMembershipMutationResult>(name, description);
  builder.objectFields(ref, (t) => ({
    membership: t.expose('membership', {
      type: RoomMembershipRef,
      nullable: true,
      description: 'The membership as the upstream answered it.',
    }),
  }));
  return ref;
};

const DeleteRoomMembershipPayload = roomPayload<DeleteRoomMembershipResult>(
  'DeleteRoomMembershipPayload',
  'The room the member left.',
);
builder.objectFields(DeleteRoomMembershipPayload, (t) => ({
  memberId: t.exposeString('memberId', { nullable: true }),
}));

const BatchCreateRoomMembershipPayload = roomPayload<BatchRoomMembershipResult>(
  'BatchCreateRoomMembershipPayload',
  'The members BatchCreateRoomMembership added, and the ones it could not add.',
);
builder.objectFields(BatchCreateRoomMembershipPayload, (t) => ({
  addedMemberIds: t.exposeStringList('addedMemberIds', {
    nullable: true,
    description: 'The members added, in input order; the room lists their memberships.',
  }),
  itemErrors: t.expose('itemErrors', {
    type: [RoomMembershipErrorRef],
    nullable: true,
    description: 'One per member the upstream did not add; the others were added.',
  }),
}));

const RedactRoomMessagePayload = roomPayload<RedactRoomMessageResult>(
  'RedactRoomMessagePayload',
  'The room whose message was redacted.',
);
builder.objectFields(RedactRoomMessagePayload, (t) => ({
  messageId: t.exposeString('messageId', { nullable: true }),
}));

const RedactConversationMessagePayload = builder.objectRef<RedactConversationMessageResult>(
  'RedactConversationMessagePayload',
);
RedactConversationMessagePayload.implement({
  description: 'The conversation message redacted.',
  fields: (t) => ({
    account: t.field({
      type: AccountRef,
      nullable: true,
      resolve: (payload, _args, ctx) =>
        payload.accountId === null ? null : getAccount(ctx, payload.accountId),
    }),
    conversationId: t.exposeString('conversationId', { nullable: true }),
    messageId: t.exposeString('messageId', { nullable: true }),
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
  }),
});

builder.mutationFields((t) => ({
  createRoom: t.field({
    authScopes: writeInAccounts,
    type: roomPayload<RoomMutationResult>('CreateRoomPayload', 'The room created.'),
    nullable: true,
    description: 'Creates a chat room in an account (CreateRoom; legacy Amazon Chime only).',
    args: { input: t.arg({ type: CreateRoomInput, required: true }) },
    resolve: (_root, { input }, ctx) => createRoom(ctx, input),
  }),
  updateRoom: t.field({
    authScopes: writeInAccounts,
    type: roomPayload<RoomMutationResult>('UpdateRoomPayload', 'The room as it now is.'),
    nullable: true,
    description: 'Renames a chat room (UpdateRoom).',
    args: { input: t.arg({ type: UpdateRoomInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateRoom(ctx, input),
  }),
  deleteRoom: t.field({
    authScopes: writeInAccounts,
    type: DeleteRoomPayload,
    nullable: true,
    description: 'Deletes a chat room and its memberships (DeleteRoom).',
    args: { input: t.arg({ type: RoomKeyInput('DeleteRoomInput'), required: true }) },
    resolve: (_root, { input }, ctx) => deleteRoom(ctx, input),
  }),
  createRoomMembership: t.field({
    authScopes: writeInAccounts,
    type: membershipPayload('CreateRoomMembershipPayload', 'The room and its new member.'),
    nullable: true,
    description: 'Adds a user (or bot) of the account to a chat room (CreateRoomMembership).',
    args: {
      input: t.arg({
        type: RoomMembershipInput('CreateRoomMembershipInput', 'MEMBER unless said.'),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) => createRoomMembership(ctx, input),
  }),
  batchCreateRoomMembership: t.field({
    authScopes: writeInAccounts,
    type: BatchCreateRoomMembershipPayload,
    nullable: true,
    description: 'Adds up to 50 members to a chat room at once (BatchCreateRoomMembership).',
    args: { input: t.arg({ type: BatchCreateRoomMembershipInput, required: true }) },
    resolve: (_root, { input }, ctx) => batchCreateRoomMembership(ctx, input),
  }),
  updateRoomMembership: t.field({
    authScopes: writeInAccounts,
    type: membershipPayload('UpdateRoomMembershipPayload', 'The room and the membership as it now is.'),
    nullable: true,
    description: "Changes a user member's role in a chat room (UpdateRoomMembership).",
    args: {
      input: t.arg({
        type: RoomMembershipInput('UpdateRoomMembershipInput', 'Left out: the role stays.'),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) => updateRoomMembership(ctx, input),
  }),
  deleteRoomMembership: t.field({
    authScopes: writeInAccounts,
    type: DeleteRoomMembershipPayload,
    nullable: true,
    description: 'Removes a member from a chat room (DeleteRoomMembership).',
    args: {
      input: t.arg({
        type: builder.inputType('DeleteRoomMembershipInput', { fields: (f) => memberFields(f) }),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) => deleteRoomMembership(ctx, input),
  }),
  redactRoomMessage: t.field({
    authScopes: writeInAccounts,
    type: RedactRoomMessagePayload,
    nullable: true,
    description: 'Redacts a message of a chat room (RedactRoomMessage).',
    args: { input: t.arg({ type: RedactRoomMessageInput, required: true }) },
    resolve: (_root, { input }, ctx) => redactRoomMessage(ctx, input),
  }),
  redactConversationMessage: t.field({
    authScopes: writeInAccounts,
    type: RedactConversationMessagePayload,
    nullable: true,
    description: 'Redacts a message of a conversation (RedactConversationMessage).',
    args: { input: t.arg({ type: RedactConversationMessageInput, required: true }) },
    resolve: (_root, { input }, ctx) => redactConversationMessage(ctx, input),
  }),
}));
