import type { AccountModel } from '../../loaders/accounts.ts';
import type { RoomKey, RoomMembershipModel, RoomModel } from '../../loaders/rooms.ts';
import type { UserModel } from '../../loaders/users.ts';
import { getAccount } from '../../resolvers/accounts/reads.ts';
import { getRoom, listRoomMemberships, listRooms } from '../../resolvers/rooms/reads.ts';
import { getUser } from '../../resolvers/users/reads.ts';
import { AccountRef } from '../accounts/refs.ts';
import { builder } from '../builder.ts';
import { forwardPageArgs } from '../shared/connection.ts';
import { compoundId, splitCompoundId } from '../shared/ids.ts';
import { byIdOfParent, fromParent, fromParentId } from '../shared/look-ahead.ts';
import { UserRef } from '../users/refs.ts';
import { MemberTypeEnum, RoomConnection, RoomMembershipRoleEnum, RoomRef } from './refs.ts';

/** The upstream key behind a Room node id; null when the id is not one. */
const toRoomKey = (id: string): RoomKey | null => {
  const [accountId, roomId] = splitCompoundId(id, 2) ?? [];
  return accountId && roomId ? { accountId, roomId } : null;
};

export const RoomMembershipRef = builder.objectRef<RoomMembershipModel>('RoomMembership');
RoomMembershipRef.implement({
  description: 'A member of a chat room (a user or a bot of its account) and its role there.',
  fields: (t) => ({
    memberId: t.exposeString('memberId', { nullable: true, description: 'A user id or a bot id.' }),
    memberType: t.expose('memberType', { type: MemberTypeEnum, nullable: true }),
    email: t.exposeString('email', { nullable: true }),
    fullName: t.exposeString('fullName', { nullable: true }),
    role: t.expose('role', { type: RoomMembershipRoleEnum, nullable: true }),
    invitedBy: t.exposeString('invitedBy', { nullable: true, description: 'Who added the member.' }),
    updatedTimestamp: t.expose('updatedTimestamp', { type: 'DateTime', nullable: true }),
    user: t.field({
      type: UserRef,
      nullable: true,
      description: 'The member as a user of the account; null for bots and webhooks.',
      // The users of one account are read a ListUsers page at a time, not one GetUser each.
      ...fromParent((membership: RoomMembershipModel, _args, ctx) =>
        membership.memberType === 'User' && membership.memberId
          ? getUser(ctx, { accountId: membership.accountId, userId: membership.memberId })
          : null,
      ),
    }),
  }),
});

const RoomMembershipConnection = builder.connectionObject({
  type: RoomMembershipRef,
  name: 'RoomMembershipConnection',
});

builder.node(RoomRef, {
  description: 'A chat room of an Amazon Chime account (legacy Amazon Chime only).',
  id: { resolve: (room) => compoundId(room.accountId, room.roomId) },
  loadMany: (ids, ctx) =>
    Promise.all(
      ids.map((id) => {
        const key = toRoomKey(id);
        return key && getRoom(ctx, key);
      }),
    ),
  fields: (t) => ({
    roomId: t.exposeString('roomId'),
    accountId: t.exposeString('accountId'),
    account: t.field({
      type: AccountRef,
      nullable: true,
      ...byIdOfParent(
        (room: RoomModel) => room.accountId,
        (accountId, ctx) => getAccount(ctx, accountId),
      ),
    }),
    name: t.exposeString('name', { nullable: true }),
    createdBy: t.exposeString('createdBy', { nullable: true, description: 'Who created the room.' }),
    createdTimestamp: t.expose('createdTimestamp', { type: 'DateTime', nullable: true }),
    updatedTimestamp: t.expose('updatedTimestamp', { type: 'DateTime', nullable: true }),
    memberships: t.field({
      type: RoomMembershipConnection,
      nullable: true,
      description: "The room's members and their roles.",
      args: forwardPageArgs,
      ...fromParent((room: RoomModel, page, ctx, ahead) =>
        listRoomMemberships(
          ctx,
          { accountId: room.accountId, roomId: room.roomId },
          { ...page, onItems: ahead.items },
        ),
      ),
    }),
  }),
});

builder.objectFields(AccountRef, (t) => ({
  rooms: t.field({
    type: RoomConnection,
    nullable: true,
    description: "The account's chat rooms.",
    args: forwardPageArgs,
    ...fromParentId(
      (account: AccountModel) => account.accountId,
      (accountId, page, ctx, ahead) => listRooms(ctx, accountId, { ...page, onItems: ahead.items }),
    ),
  }),
  room: t.field({
    type: RoomRef,
    nullable: true,
    args: { roomId: t.arg.string({ required: true }) },
    ...fromParentId(
      (account: AccountModel) => account.accountId,
      (accountId, { roomId }, ctx) => getRoom(ctx, { accountId, roomId }),
    ),
  }),
}));

builder.objectFields(UserRef, (t) => ({
  rooms: t.field({
    type: RoomConnection,
    nullable: true,
    description: 'The chat rooms the user is a member of.',
    args: forwardPageArgs,
    ...fromParent((user: UserModel, page, ctx, ahead) =>
      listRooms(ctx, user.accountId, { ...page, onItems: ahead.items }, user.userId),
    ),
  }),
}));
